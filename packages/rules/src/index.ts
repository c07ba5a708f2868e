export * from './matching/criteria.js';
