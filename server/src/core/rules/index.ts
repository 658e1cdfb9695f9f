import type { Rule } from '../types';

/** Every rule, in the order they run. Add a new rule here (explicit list: bundlers cannot glob). */
export const allRules: Rule[] = [];
