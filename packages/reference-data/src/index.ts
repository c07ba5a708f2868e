export * from './labels.js';
export * from './target-groups.js';
export * from './themes.js';
