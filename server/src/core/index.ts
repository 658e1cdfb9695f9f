// The public API of the pure core.
export { check, type CheckOptions } from './check';
export { buildModel } from './recognise';
export { resolveConfig, defaultConfig, type ConfigLayer } from './config';
export { allRules } from './rules';
export { isPrfaqFileName, hasPrfaqFrontMatter, isPrfaqDocument } from './detect';
export * from './types';
export { readabilityOf, scoreText, type ReadabilityScores, type ReadabilityUnit } from './style/readability';
export { documentStage, stageSeverity, type Stage } from './stages';
