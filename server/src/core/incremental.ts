// Checking a document that is edited again and again: only the blocks that changed since the last
// check are parsed again (see blocks.ts); the model and the rules then run on the stitched tree, so the
// result is exactly that of a full check of the text.
import { BlockParser } from './blocks';
import { checkSteps, finish, type CheckOptions, type CheckSteps } from './check';
import type { CheckResult } from './types';

export class IncrementalChecker {
  private readonly parser = new BlockParser();

  check(text: string, options: Omit<CheckOptions, 'tree'> = {}): CheckResult {
    return finish(this.steps(text, options));
  }

  /** The check in steps (see checkSteps): a caller may stop after any step; the parsed blocks stay cached. */
  steps(text: string, options: Omit<CheckOptions, 'tree'> = {}): CheckSteps {
    return checkSteps(text, options, (t) => this.parser.parse(t));
  }
}
