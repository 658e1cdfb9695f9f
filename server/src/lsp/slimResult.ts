// What crosses between the main thread and a check worker (checkWorker.ts): results without the syntax
// tree and the text. Copying a large tree between threads costs more than the check it moves away; the
// receiving side has the text already and re-parses the tree only if something reads it (the preview).
import type { Root } from 'mdast';
import { parseBlockwise } from '../core/blocks';
import type { CheckOptions } from '../core/check';
import type { CheckResult } from '../core/types';

export type WorkerRequest = { id: number; uri: string; text: string; options: Omit<CheckOptions, 'tree'> } | { forget: string };
export type WorkerReply = { id: number; result: SlimResult } | { id: number; error: string };
/** A CheckResult whose model has no `tree` and no `text`. */
export type SlimResult = Omit<CheckResult, 'model'> & { model: Omit<CheckResult['model'], 'tree' | 'text'> };

export function toSlim(result: CheckResult): SlimResult {
  const { model, ...rest } = result;
  const { tree, text, ...slimModel } = model;
  void tree;
  void text;
  return { ...rest, model: slimModel };
}

/** Puts the text back and gives the model its tree on first use. */
export function fromSlim(slim: SlimResult, text: string): CheckResult {
  const model = { ...slim.model, text } as CheckResult['model'];
  let tree: Root | undefined;
  Object.defineProperty(model, 'tree', { enumerable: true, configurable: true, get: () => (tree ??= parseBlockwise(text)) });
  return { ...slim, model };
}
