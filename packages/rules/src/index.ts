export * from './calls/budget.js';
export * from './calls/rubric.js';
export * from './matching/criteria.js';
