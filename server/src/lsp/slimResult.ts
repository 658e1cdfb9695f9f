// What crosses between the main thread and a check worker (checkWorker.ts): results without the syntax
// tree and the text. Copying a large tree between threads costs more than the check it moves away; the
// receiving side has the text already and re-parses the tree only if something reads it (the preview).
import type { Root } from 'mdast';
import { parseBlockwise } from '../core/blocks';
import type { CheckOptions } from '../core/check';
import type { CheckResult } from '../core/types';

/**
 * To the worker: a check (cancellable: it may be stopped between its steps by a later `cancel` with its
 * id), a cancellation, or forgetting a closed document's cached blocks.
 */
export type WorkerRequest =
  | { id: number; uri: string; text: string; options: Omit<CheckOptions, 'tree'>; cancellable?: boolean }
  | { cancel: number }
  | { forget: string };
/**
 * The `workerData` a check worker is started with. There is no separate worker file: the bundle that starts
 * the worker (dist/server.js, dist/cli.js) is started again on the thread and, seeing this, serves checks
 * (checkWorker.ts) instead of starting a server or a command. One copy of the checker in the .vsix, not two.
 */
export const CHECK_WORKER_DATA = 'prfaq:check-worker';
/** The file a check worker runs: the bundle this code is part of, or none when the sources run (tests, ts runners). */
export function ownBundle(file: string | undefined): string | undefined {
  return file && file.endsWith('.js') ? file : undefined;
}
export type WorkerReply = { id: number; packed: Packed } | { id: number; error: string } | { id: number; cancelled: true };
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

// A 600-page document's lists of sections, headings, FAQ entries and findings hold ~10 MB; decoding
// them in one message would hold the main thread ~60 ms. They travel as separately encoded pieces that
// the receiver decodes a few at a time, giving other requests their turn in between.
const LISTS = ['findings', 'sections', 'headings', 'faq.external', 'faq.internal'] as const;
type ListName = (typeof LISTS)[number];
const PIECE_ITEMS = 100;

type V8 = { serialize(value: unknown): Uint8Array; deserialize(data: Uint8Array): unknown };
// Loaded on first use with a computed require: workers exist only in Node, and this module is also
// bundled for VS Code for the Web, where there is no node:v8.
let v8: V8 | undefined;
const loadV8 = (): V8 => (v8 ??= require(['node', 'v8'].join(':')) as V8);

export interface Packed {
  /** The result with the long lists empty. */
  result: SlimResult;
  pieces: Array<{ list: ListName; data: Uint8Array }>;
}

function listOf(slim: SlimResult, name: ListName): unknown[] {
  if (name === 'findings') return slim.findings;
  if (name === 'faq.external') return slim.model.faq.external;
  if (name === 'faq.internal') return slim.model.faq.internal;
  return slim.model[name];
}

function withEmptyLists(slim: SlimResult): SlimResult {
  const faq = { ...slim.model.faq, external: [], internal: [] };
  return { ...slim, findings: [], model: { ...slim.model, sections: [], headings: [], faq } };
}

export function pack(slim: SlimResult): Packed {
  const pieces: Packed['pieces'] = [];
  for (const list of LISTS) {
    const items = listOf(slim, list);
    for (let i = 0; i < items.length; i += PIECE_ITEMS) pieces.push({ list, data: loadV8().serialize(items.slice(i, i + PIECE_ITEMS)) });
  }
  return { result: withEmptyLists(slim), pieces };
}

/** Decodes the pieces back into the lists, yielding to other work between pieces. */
export async function unpack(packed: Packed): Promise<SlimResult> {
  const slim = packed.result;
  for (const piece of packed.pieces) {
    listOf(slim, piece.list).push(...(loadV8().deserialize(piece.data) as unknown[]));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return slim;
}
