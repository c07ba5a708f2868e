export * from './calls/budget.js';
export * from './calls/rubric.js';
export * from './matching/call-initiative.js';
export * from './matching/criteria.js';
export * from './matching/format.js';
export * from './matching/fund-initiative.js';
export * from './matching/need-offer.js';
