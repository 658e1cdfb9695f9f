// Worker thread (dist/checkWorker.js) that checks large documents off the server's main thread, so a
// 600-page PR/FAQ never keeps the server from answering other requests. It keeps one incremental checker
// per document, and sends results back without the syntax tree and the text: copying a huge tree between
// threads would block the main thread longer than the check it saves (the main thread re-attaches both).
import { parentPort } from 'node:worker_threads';
import { IncrementalChecker } from '../core/incremental';
import type { CheckOptions } from '../core/check';
import type { CheckResult } from '../core/types';

export type WorkerRequest = { id: number; uri: string; text: string; options: Omit<CheckOptions, 'tree'> } | { forget: string };
export type WorkerReply = { id: number; result: SlimResult } | { id: number; error: string };
/** A CheckResult whose model has no `tree` and no `text`. */
export type SlimResult = Omit<CheckResult, 'model'> & { model: Omit<CheckResult['model'], 'tree' | 'text'> };

const checkers = new Map<string, IncrementalChecker>();

parentPort?.on('message', (request: WorkerRequest) => {
  if ('forget' in request) {
    checkers.delete(request.forget);
    return;
  }
  try {
    let checker = checkers.get(request.uri);
    if (!checker) checkers.set(request.uri, (checker = new IncrementalChecker()));
    const { model, ...rest } = checker.check(request.text, request.options);
    const { tree, text, ...slimModel } = model;
    void tree;
    void text;
    parentPort!.postMessage({ id: request.id, result: { ...rest, model: slimModel } } satisfies WorkerReply);
  } catch (e) {
    parentPort!.postMessage({ id: request.id, error: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
  }
});
