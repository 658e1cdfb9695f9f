// Checking a document that is edited again and again: only the blocks that changed since the last
// check are parsed again (see blocks.ts); the model and the rules then run on the stitched tree, so the
// result is exactly that of a full check of the text.
import { BlockParser } from './blocks';
import { check, type CheckOptions } from './check';
import type { CheckResult } from './types';

export class IncrementalChecker {
  private readonly parser = new BlockParser();

  check(text: string, options: Omit<CheckOptions, 'tree'> = {}): CheckResult {
    return check(text, { ...options, tree: this.parser.parse(text) });
  }
}
