// Where a document is checked: small documents on the main thread with an incremental checker (a
// re-check after an edit takes a few milliseconds), large ones in a worker thread (dist/checkWorker.js),
// because a full check of a long document takes far longer than the 50 ms other requests may wait.
// Without the worker file (tests running the sources) or without Node (VS Code for the Web, which bundles
// this module too) everything is checked on the main thread.
import type { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../core/check';
import { IncrementalChecker } from '../core/incremental';
import type { CheckResult } from '../core/types';
import { fromSlim, unpack, type WorkerReply, type WorkerRequest } from './slimResult';

/** Above this many characters (about 15 pages) a check runs in the worker. */
export const WORKER_THRESHOLD_CHARS = 60_000;

type NodeModules = { Worker: typeof Worker; existsSync: (file: string) => boolean; join: (...parts: string[]) => string };

/** Node's worker_threads, fs and path, loaded only when running in Node (a computed require: not bundled for the web). */
function nodeModules(): NodeModules | null {
  if (typeof __dirname !== 'string' || typeof require !== 'function') return null;
  const load = (id: string) => require(['node', id].join(':'));
  return { Worker: load('worker_threads').Worker, existsSync: load('fs').existsSync, join: load('path').join };
}

type Options = Omit<CheckOptions, 'tree'>;
interface Waiter {
  resolve: (result: CheckResult | null) => void;
  reject: (e: Error) => void;
}
interface Job {
  text: string;
  options: Options;
  waiters: Waiter[];
}

export class CheckRunner {
  private readonly local = new Map<string, IncrementalChecker>();
  private worker: Worker | null = null;
  private workerBroken = false;
  private nextId = 1;
  private readonly inFlight = new Map<number, { uri: string; job: Job }>();
  private readonly busy = new Set<string>();
  private readonly queued = new Map<string, Job>();

  constructor(private readonly workerFile?: string) {}

  /**
   * The result for this text, or null when a newer text of the same document was submitted before this
   * one was checked (the caller's version is stale; only the newest is worth checking).
   */
  check(uri: string, text: string, options: Options): Promise<CheckResult | null> {
    if (text.length < WORKER_THRESHOLD_CHARS || !this.ensureWorker()) return Promise.resolve(this.checkHere(uri, text, options));
    return new Promise((resolve, reject) => {
      const superseded = this.queued.get(uri);
      superseded?.waiters.forEach((w) => w.resolve(null));
      this.queued.set(uri, { text, options, waiters: [{ resolve, reject }] });
      if (!this.busy.has(uri)) this.sendNext(uri);
    });
  }

  /** Whether a worker thread is running (for tests and figures). */
  get usesWorker(): boolean {
    return this.worker !== null;
  }

  forget(uri: string): void {
    this.local.delete(uri);
    this.worker?.postMessage({ forget: uri } satisfies WorkerRequest);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = null;
  }

  private checkHere(uri: string, text: string, options: Options): CheckResult {
    let checker = this.local.get(uri);
    if (!checker) this.local.set(uri, (checker = new IncrementalChecker()));
    return checker.check(text, options);
  }

  private ensureWorker(): boolean {
    if (this.worker) return true;
    const node = this.workerBroken ? null : nodeModules();
    const file = node && (this.workerFile ?? node.join(__dirname, 'checkWorker.js'));
    if (!node || !file || !node.existsSync(file)) {
      this.workerBroken = true;
      return false;
    }
    const worker = new node.Worker(file);
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.receive(reply));
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', (code) => this.fail(new Error(`check worker exited with code ${code}`)));
    this.worker = worker;
    return true;
  }

  private sendNext(uri: string): void {
    const job = this.queued.get(uri);
    if (!job) return;
    this.queued.delete(uri);
    this.busy.add(uri);
    const id = this.nextId++;
    this.inFlight.set(id, { uri, job });
    try {
      this.worker!.postMessage({ id, uri, text: job.text, options: job.options } satisfies WorkerRequest);
    } catch (e) {
      this.fail(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private receive(reply: WorkerReply): void {
    const entry = this.inFlight.get(reply.id);
    if (!entry) return;
    this.inFlight.delete(reply.id);
    this.busy.delete(entry.uri);
    const { waiters, text } = entry.job;
    if ('error' in reply) waiters.forEach((w) => w.reject(new Error(reply.error)));
    else {
      unpack(reply.packed).then(
        (slim) => waiters.forEach((w) => w.resolve(fromSlim(slim, text))),
        (e: Error) => waiters.forEach((w) => w.reject(e)),
      );
    }
    this.sendNext(entry.uri);
  }

  /** A dead worker: check what it held on the main thread from now on, rather than lose the results. */
  private fail(e: Error): void {
    if (!this.worker) return;
    this.worker = null;
    this.workerBroken = true;
    const jobs = [...this.inFlight.values(), ...[...this.queued].map(([uri, job]) => ({ uri, job }))];
    this.inFlight.clear();
    this.queued.clear();
    this.busy.clear();
    for (const { uri, job } of jobs) {
      try {
        const result = this.checkHere(uri, job.text, job.options);
        job.waiters.forEach((w) => w.resolve(result));
      } catch (err) {
        job.waiters.forEach((w) => w.reject(err instanceof Error ? err : e));
      }
    }
  }
}
