// Worker thread (dist/checkWorker.js) that checks documents off the main thread: large documents for the
// language server (checkRunner.ts), many files for the CLI (node/pool.ts). One incremental checker per
// document URI; results travel without tree and text (slimResult.ts).
import { parentPort } from 'node:worker_threads';
import { IncrementalChecker } from '../core/incremental';
import { pack, toSlim, type WorkerReply, type WorkerRequest } from './slimResult';

const checkers = new Map<string, IncrementalChecker>();

parentPort?.on('message', (request: WorkerRequest) => {
  if ('forget' in request) {
    checkers.delete(request.forget);
    return;
  }
  try {
    let checker = checkers.get(request.uri);
    if (!checker) checkers.set(request.uri, (checker = new IncrementalChecker()));
    const result = checker.check(request.text, request.options);
    parentPort!.postMessage({ id: request.id, packed: pack(toSlim(result)) } satisfies WorkerReply);
  } catch (e) {
    parentPort!.postMessage({ id: request.id, error: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
  }
});
