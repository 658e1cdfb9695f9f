// Checks many files on worker threads (the CLI over a folder of PR/FAQs). The main thread reads each
// file and its configuration as the CLI does; the checks, which cost far more than the reading, run on
// one worker per core (the CLI's own bundle started again, see lsp/checkWorker.ts); results come back without their tree (lsp/slimResult.ts).
import os from 'node:os';
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { CHECK_WORKER_DATA, ownBundle, unpack, type SlimResult, type WorkerReply, type WorkerRequest } from '../lsp/slimResult';
import { loadRcForFile } from './rcfile';
import { readTextFile } from './readText';

/** Fewer files than this are checked faster on the main thread than it takes to start workers. */
export const MIN_FILES_FOR_WORKERS = 24;

export interface PrecheckOptions {
  configPath?: string;
  maxBytes: number;
  /** Worker count; default: PRFAQ_WORKERS, else one per core (at most 4). */
  workers?: number;
  workerFile?: string;
}

export interface Prechecked {
  /** SHA-1 of the text that was checked: the caller re-reads the file and uses the result only if it is unchanged. */
  digest: string;
  /** The result without the syntax tree and the text, so 100,000 results fit in memory. */
  result: SlimResult;
}

export function textDigest(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * Checks the readable files on worker threads; returns what it checked by absolute path. Files it could
 * not read or check are left out (the caller checks those itself and reports their problems). Returns an
 * empty map when workers would not pay (few files, one core) or cannot run (the sources, not a bundle, are running).
 */
export async function precheckFiles(files: string[], options: PrecheckOptions): Promise<Map<string, Prechecked>> {
  const done = new Map<string, Prechecked>();
  const count = Math.min(options.workers ?? defaultWorkers(), Math.ceil(files.length / 8));
  const workerFile = options.workerFile ?? ownBundle(__filename);
  if (files.length < MIN_FILES_FOR_WORKERS || count < 2 || !workerFile || !fs.existsSync(workerFile)) return done;
  // Files are read as workers ask for them, not all at once: memory stays bounded for huge globs.
  let next = 0;
  const decoding: Promise<void>[] = [];
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(workerFile, { workerData: CHECK_WORKER_DATA });
      let current: { file: string; digest: string } | null = null;
      const feed = () => {
        let file: string | undefined;
        let read: ReturnType<typeof readTextFile> | undefined;
        while ((file = files[next++]) !== undefined) {
          read = readTextFile(file, options.maxBytes);
          if (read.ok) break;
        }
        if (file === undefined || !read || !read.ok) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const rc = loadRcForFile(file, { configPath: options.configPath });
        current = { file, digest: textDigest(read.text) };
        const request: WorkerRequest = { id: next, uri: '', text: read.text, options: rc.layer ? { rcFile: rc.layer } : {} };
        worker.postMessage(request);
      };
      worker.on('message', (reply: WorkerReply) => {
        const checked = current;
        current = null;
        if (checked && 'packed' in reply) {
          // Decoding is quick for files of a few pages: no need to wait for it before feeding the worker.
          decoding.push(unpack(reply.packed).then((slim) => void done.set(checked.file, { digest: checked.digest, result: slim })));
        }
        feed();
      });
      // A worker that fails leaves its files to the caller.
      worker.on('error', () => resolve());
      feed();
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  await Promise.all(decoding);
  return done;
}

/**
 * One worker per core (at most 4) on a machine with two or more. On a busy machine too: two threads get a
 * larger share of the cores than one (measured on a loaded two-core machine: 1,000 files in 20–25 s with
 * two workers, 28–30 s on one thread), and a worker's start-up (~30 ms) and the copying of results back
 * cost little next to the checks. PRFAQ_WORKERS=n sets the count (0: none, everything on the main thread).
 */
function defaultWorkers(): number {
  const forced = process.env.PRFAQ_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Number(forced);
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return cores >= 2 ? Math.min(cores, 4) : 0;
}
