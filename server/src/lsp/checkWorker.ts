// Worker thread that checks documents off the main thread: large documents for the language server
// (checkRunner.ts), many files for the CLI (node/pool.ts). The thread runs the bundle that started it
// (dist/server.js or dist/cli.js), whose entry calls serveChecks() when isCheckWorker() says so. One incremental checker per
// document URI; results travel without tree and text (slimResult.ts). Checks run one at a time in the
// order they came; a cancellable one lets the thread read its messages between steps and stops when a
// `cancel` for it has arrived (the language server's document changed again meanwhile).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { IncrementalChecker } from '../core/incremental';
import { CHECK_WORKER_DATA, pack, toSlim, type WorkerReply, type WorkerRequest } from './slimResult';

type CheckRequest = Extract<WorkerRequest, { text: string }>;

const checkers = new Map<string, IncrementalChecker>();
const queue: CheckRequest[] = [];
const cancelled = new Set<number>();
let running = false;

/** Whether this thread was started to check documents (by checkRunner.ts or node/pool.ts). */
export function isCheckWorker(): boolean {
  return !isMainThread && workerData === CHECK_WORKER_DATA;
}

/** Answers the check requests of the thread that started this one. */
export function serveChecks(): void {
  parentPort?.on('message', (request: WorkerRequest) => {
    if ('forget' in request) checkers.delete(request.forget);
    else if ('cancel' in request) cancelled.add(request.cancel);
    else {
      queue.push(request);
      if (!running) void drain();
    }
  });
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function drain(): Promise<void> {
  running = true;
  for (let request = queue.shift(); request; request = queue.shift()) {
    const reply = await run(request);
    cancelled.delete(request.id);
    parentPort!.postMessage(reply);
  }
  running = false;
}

async function run(request: CheckRequest): Promise<WorkerReply> {
  try {
    let checker = checkers.get(request.uri);
    if (!checker) checkers.set(request.uri, (checker = new IncrementalChecker()));
    const steps = checker.steps(request.text, request.options);
    for (;;) {
      if (cancelled.has(request.id)) return { id: request.id, cancelled: true };
      const step = steps.next();
      if (step.done) return { id: request.id, packed: pack(toSlim(step.value)) };
      if (request.cancellable) await nextTurn();
    }
  } catch (e) {
    return { id: request.id, error: e instanceof Error ? e.message : String(e) };
  }
}
