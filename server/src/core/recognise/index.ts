// The recogniser, as a pipeline read left to right:
//   blocks.ts (mdast → blocks) → features.ts (what each block says) → structure.ts (pre / release /
//   FAQ / other) → decode.ts (which block is which release part) → faq.ts (FAQ entries) → model.ts.
// The words it recognises are data, in ../vocabulary/.
export { buildModel } from './model';
export { classifyName, type NameClass } from './names';
