// Where a document is checked: small documents on the main thread with an incremental checker (a
// re-check after an edit takes a few milliseconds), large ones in a worker thread (the server's own bundle
// started again, see checkWorker.ts),
// because a full check of a long document takes far longer than the 50 ms other requests may wait.
// Without a bundle (tests running the sources, unless they name one) or without Node (VS Code for the Web, which bundles
// this module too) everything is checked on the main thread.
//
// A check may be cancellable (the checks whose findings are published): it then runs in steps, lets the
// connection handle what it has read between them, and stops as soon as `cancel(uri)` says a newer
// version exists, here or in the worker. A request (hover, code action…) needs an answer for the version
// it was asked about, so its check is never cancelled.
import type { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../core/check';
import { IncrementalChecker } from '../core/incremental';
import type { CheckResult } from '../core/types';
import { afterPendingMessages } from './pending';
import { CHECK_WORKER_DATA, fromSlim, ownBundle, unpack, type WorkerReply, type WorkerRequest } from './slimResult';

/** Above this many characters (about 15 pages) a check runs in the worker. */
export const WORKER_THRESHOLD_CHARS = 60_000;

type NodeModules = { Worker: typeof Worker; existsSync: (file: string) => boolean };

/** Node's worker_threads and fs, loaded only when running in Node (a computed require: not bundled for the web). */
function nodeModules(): NodeModules | null {
  if (typeof __dirname !== 'string' || typeof require !== 'function') return null;
  const load = (id: string) => require(['node', id].join(':'));
  return { Worker: load('worker_threads').Worker, existsSync: load('fs').existsSync };
}

type Options = Omit<CheckOptions, 'tree'>;
interface Waiter {
  resolve: (result: CheckResult | null) => void;
  reject: (e: Error) => void;
  cancellable: boolean;
}
interface Job {
  text: string;
  options: Options;
  waiters: Waiter[];
}

/** How many checks of one document ran to the end, and how many were stopped because a newer version came. */
export interface CheckCounts {
  finished: number;
  dropped: number;
}

export class CheckRunner {
  private readonly local = new Map<string, IncrementalChecker>();
  private worker: Worker | null = null;
  private workerBroken = false;
  private nextId = 1;
  private readonly inFlight = new Map<number, { uri: string; job: Job; cancelled: boolean }>();
  private readonly busy = new Set<string>();
  private readonly queued = new Map<string, Job>();
  /** Bumped by cancel(uri): a cancellable check on the main thread compares it after each step. */
  private readonly generations = new Map<string, number>();
  private readonly tallies = new Map<string, CheckCounts>();

  constructor(private readonly workerFile?: string) {}

  /**
   * The result for this text, or null when it is not worth finishing: a newer text of the same document
   * was submitted before this one was checked, or (for a cancellable check) `cancel(uri)` was called.
   */
  check(uri: string, text: string, options: Options, cancellable = false): Promise<CheckResult | null> {
    if (text.length < WORKER_THRESHOLD_CHARS || !this.ensureWorker()) {
      return cancellable ? this.checkHereInSteps(uri, text, options) : Promise.resolve(this.checkHere(uri, text, options));
    }
    return new Promise((resolve, reject) => {
      const superseded = this.queued.get(uri);
      superseded?.waiters.forEach((w) => w.resolve(null));
      this.queued.set(uri, { text, options, waiters: [{ resolve, reject, cancellable }] });
      if (!this.busy.has(uri)) this.sendNext(uri);
    });
  }

  /** A newer version of the document exists: cancellable checks of the older ones stop, wherever they run. */
  cancel(uri: string): void {
    this.generations.set(uri, (this.generations.get(uri) ?? 0) + 1);
    const queued = this.queued.get(uri);
    if (queued) {
      queued.waiters = dropCancellable(queued.waiters);
      if (!queued.waiters.length) this.queued.delete(uri);
    }
    for (const [id, entry] of this.inFlight) {
      if (entry.uri !== uri || entry.cancelled) continue;
      entry.job.waiters = dropCancellable(entry.job.waiters);
      if (entry.job.waiters.length) continue;
      entry.cancelled = true;
      this.worker?.postMessage({ cancel: id } satisfies WorkerRequest);
    }
  }

  /** Checks of this document since it was opened (reported with the figures, `prfaq/stats`). */
  counts(uri: string): CheckCounts {
    return { ...this.tally(uri) };
  }

  /** Whether a worker thread is running (for tests and figures). */
  get usesWorker(): boolean {
    return this.worker !== null;
  }

  forget(uri: string): void {
    this.local.delete(uri);
    // The generation stays: a check of the closed document still under way must see it moved on.
    this.tallies.delete(uri);
    this.worker?.postMessage({ forget: uri } satisfies WorkerRequest);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = null;
  }

  private tally(uri: string): CheckCounts {
    let tally = this.tallies.get(uri);
    if (!tally) this.tallies.set(uri, (tally = { finished: 0, dropped: 0 }));
    return tally;
  }

  private checkerFor(uri: string): IncrementalChecker {
    let checker = this.local.get(uri);
    if (!checker) this.local.set(uri, (checker = new IncrementalChecker()));
    return checker;
  }

  private checkHere(uri: string, text: string, options: Options): CheckResult {
    const result = this.checkerFor(uri).check(text, options);
    this.tally(uri).finished++;
    return result;
  }

  /** A cancellable check on this thread: between its steps the connection handles what it has read. */
  private async checkHereInSteps(uri: string, text: string, options: Options): Promise<CheckResult | null> {
    const generation = this.generations.get(uri) ?? 0;
    const steps = this.checkerFor(uri).steps(text, options);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        this.tally(uri).finished++;
        return step.value;
      }
      await afterPendingMessages();
      if ((this.generations.get(uri) ?? 0) !== generation) {
        this.tally(uri).dropped++;
        return null;
      }
    }
  }

  private ensureWorker(): boolean {
    if (this.worker) return true;
    const node = this.workerBroken ? null : nodeModules();
    const file = node && (this.workerFile ?? ownBundle(__filename));
    if (!node || !file || !node.existsSync(file)) {
      this.workerBroken = true;
      return false;
    }
    const worker = new node.Worker(file, { workerData: CHECK_WORKER_DATA });
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
    this.inFlight.set(id, { uri, job, cancelled: false });
    const cancellable = job.waiters.every((w) => w.cancellable);
    try {
      this.worker!.postMessage({ id, uri, text: job.text, options: job.options, cancellable } satisfies WorkerRequest);
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
    else if ('cancelled' in reply) {
      this.tally(entry.uri).dropped++;
      waiters.forEach((w) => w.resolve(null));
    } else {
      this.tally(entry.uri).finished++;
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
      if (!job.waiters.length) continue;
      try {
        const result = this.checkHere(uri, job.text, job.options);
        job.waiters.forEach((w) => w.resolve(result));
      } catch (err) {
        job.waiters.forEach((w) => w.reject(err instanceof Error ? err : e));
      }
    }
  }
}

/** Resolves the cancellable waiters with null (nobody wants their result) and keeps the others. */
function dropCancellable(waiters: Waiter[]): Waiter[] {
  for (const w of waiters) if (w.cancellable) w.resolve(null);
  return waiters.filter((w) => !w.cancellable);
}
