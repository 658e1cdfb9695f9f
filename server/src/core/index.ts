// The public API of the pure core.
export { check, type CheckOptions } from './check';
export { buildModel } from './model';
export { resolveConfig, defaultConfig, type ConfigLayer } from './config';
export { allRules } from './rules';
export { isPrfaqFileName, hasPrfaqFrontMatter, isPrfaqDocument } from './detect';
export * from './types';
