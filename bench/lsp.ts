// The real language server (dist/server.js) over stdio, started as the editor starts it: start-up,
// didChange → publishDiagnostics with incremental text sync and debounce 0, memory with a document open and
// after many edits, a burst of changes, and how long other requests wait while a huge document is checked.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, type MessageConnection } from 'vscode-jsonrpc/node';
import { FramedWriter } from '../test/server/framedWriter';
import { median, percentile } from './stats';

/** How the server is started and configured: node flags (as the editor passes them) and the debounce. */
export interface ServerSetup {
  nodeArgs?: string[];
  debounceMs?: number;
  /** measureBurst: a hover after every this many changes (0: none). */
  hoverEvery?: number;
}

interface Server {
  child: ChildProcess;
  connection: MessageConnection;
  writer: FramedWriter;
  diagnostics: (uri: string, version: number) => Promise<void>;
}

function startServer(serverJs: string, setup: ServerSetup = {}): Server {
  const child = spawn(process.execPath, [...(setup.nodeArgs ?? []), serverJs, '--stdio'], { stdio: ['pipe', 'pipe', process.env.BENCH_SERVER_STDERR ? 'inherit' : 'ignore'] });
  const writer = new FramedWriter(child.stdin!);
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), writer);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ debounceMs: setup.debounceMs ?? 0 })));
  connection.onRequest(() => null);
  const waiting = new Map<string, () => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    waiting.get(`${p.uri}@${p.version}`)?.();
  });
  connection.listen();
  const diagnostics = (uri: string, version: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version} within 120 s`)), 120000);
      waiting.set(`${uri}@${version}`, () => {
        clearTimeout(timer);
        waiting.delete(`${uri}@${version}`);
        resolve();
      });
    });
  return { child, connection, writer, diagnostics };
}

async function initialize(server: Server): Promise<void> {
  await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await server.connection.sendNotification('initialized', {});
}

async function stop(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  await server.connection.sendRequest('shutdown');
  await server.connection.sendNotification('exit');
  await exited;
  server.connection.dispose();
}

async function open(server: Server, uri: string, text: string): Promise<void> {
  const published = server.diagnostics(uri, 1);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'prfaq', version: 1, text } });
  await published;
}

/** Process start → initialize result, median of `runs` starts. */
export async function measureStart(serverJs: string, runs: number, setup: ServerSetup = {}): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const server = startServer(serverJs, setup);
    await initialize(server);
    times.push(performance.now() - t0);
    await stop(server);
  }
  return median(times);
}

export interface EditFigures {
  p50: number;
  p95: number;
  edits: number;
  /** Resident memory of the server process right after the document was opened and checked. */
  rssOpenMb: number;
  /** … and after `totalEdits` edits (V8 grows its heap before it collects). */
  rssMb: number;
  totalEdits: number;
}

/**
 * Types one character at a time into body lines spread over the document; each edit waits for its
 * diagnostics. The first `edits` are timed; typing goes on to `totalEdits` for the memory figure.
 */
export async function measureEdits(serverJs: string, text: string, edits: number, totalEdits = edits, setup: ServerSetup = {}): Promise<EditFigures> {
  const server = startServer(serverJs, setup);
  await initialize(server);
  const uri = 'file:///bench/six-pages.prfaq.md';
  await open(server, uri, text);
  const rssOpenMb = residentMb(server.child.pid!);
  const lines = text.split('\n');
  const body = lines.map((l, i) => (l.length > 40 && /^[A-Z]/.test(l) ? i : -1)).filter((i) => i >= 0);
  const times: number[] = [];
  for (let version = 2; version < 2 + Math.max(edits, totalEdits); version++) {
    const line = body[(version * 7919) % body.length];
    const at = { line, character: lines[line].length };
    lines[line] += 'x';
    const published = server.diagnostics(uri, version);
    const t0 = performance.now();
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
    });
    await published;
    if (times.length < edits) times.push(performance.now() - t0);
  }
  const rssMb = residentMb(server.child.pid!);
  await stop(server);
  return { p50: median(times), p95: percentile(times, 95), edits, rssOpenMb, rssMb, totalEdits: Math.max(edits, totalEdits) };
}

function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

export interface BlockingFigures {
  checkMs: number;
  maxWaitMs: number;
  pings: number;
  /** The longest wait of the same requests to the idle server: what the machine itself adds. */
  idleMaxWaitMs: number;
}

async function ping(server: Server): Promise<number> {
  const sent = performance.now();
  await server.connection.sendRequest('prfaq/benchPing').catch(() => undefined);
  return performance.now() - sent;
}

/**
 * Opens a huge document and, until its diagnostics arrive, sends a request every 10 ms that the server
 * answers at once when free (an unknown method: MethodNotFound). The longest answer time is how long the
 * check held the server while a request waited.
 */
export async function measureBlocking(serverJs: string, text: string, setup: ServerSetup = {}): Promise<BlockingFigures> {
  const server = startServer(serverJs, setup);
  await initialize(server);
  const idle: number[] = [];
  for (let i = 0; i < 50; i++) {
    idle.push(await ping(server));
    await new Promise((r) => setTimeout(r, 10));
  }
  const uri = 'file:///bench/huge.prfaq.md';
  let done = false;
  const t0 = performance.now();
  const diagnostics = server.diagnostics(uri, 1).then(() => (done = true));
  // Pinging starts once the document is written: the bench's own JSON encoding of it is not the server's time.
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'prfaq', version: 1, text } });
  const published = diagnostics;
  const waits: number[] = [];
  const pinging = (async () => {
    while (!done) {
      waits.push(await ping(server));
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  await published;
  const checkMs = performance.now() - t0;
  await pinging;
  await stop(server);
  return { checkMs, maxWaitMs: Math.max(...waits), pings: waits.length, idleMaxWaitMs: Math.max(...idle) };
}

export const serverPath = (root: string) => path.join(root, 'dist', 'server.js');

export interface BurstFigures {
  changes: number;
  debounceMs: number;
  /** From writing the burst (all changes at once) to each hover's answer. */
  hoverMedianMs: number;
  hoverMaxMs: number;
  /** From writing the burst to the final version's diagnostics. */
  finalMs: number;
  /** Checks the server finished and dropped for the burst (from prfaq/stats). */
  finished: number;
  dropped: number;
}

/**
 * A burst of `changes` didChange notifications with debounce 0, written in one write as a fast client
 * would (a formatter, a paste), with a hover every 100 changes: how long the hovers wait, how soon after
 * the burst the final version's diagnostics come, and how many checks the server finished for the burst.
 */
export async function measureBurst(serverJs: string, text: string, changes: number, setup: ServerSetup = {}): Promise<BurstFigures> {
  const server = startServer(serverJs, setup);
  let checks = { finished: 0, dropped: 0 };
  await initialize(server);
  const uri = 'file:///bench/burst.prfaq.md';
  const opened = new Promise<void>((resolve) => server.connection.onNotification('prfaq/stats', (s: { version: number; checks?: typeof checks }) => {
    checks = s.checks ?? checks;
    if (s.version === 1) resolve();
  }));
  await open(server, uri, text);
  await opened;
  const before = checks;
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.length > 60 && /^[A-Z]/.test(l));
  const question = lines.findIndex((l) => l.startsWith('### '));
  const hovers: Array<Promise<number>> = [];
  const version = 1 + changes;
  const published = server.diagnostics(uri, version);
  let t0 = performance.now();
  server.writer.hold();
  for (let i = 0; i < changes; i++) {
    const at = { line, character: 10 + (i % 40) };
    void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 + i }, contentChanges: [{ range: { start: at, end: at }, text: 'x' }] });
    const every = setup.hoverEvery ?? 100;
    if (every && i % every === every >> 1) hovers.push(server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: question, character: 6 } }).then(() => performance.now() - t0));
  }
  // Timed from the moment the whole burst is written.
  t0 = performance.now();
  server.writer.release();
  const latencies = hovers.length ? (await Promise.all(hovers)).sort((a, b) => a - b) : [NaN];
  await published;
  const finalMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 50));
  const after = checks;
  await stop(server);
  return {
    changes,
    debounceMs: setup.debounceMs ?? 0,
    hoverMedianMs: median(latencies),
    hoverMaxMs: latencies[latencies.length - 1],
    finalMs,
    finished: after.finished - before.finished,
    dropped: after.dropped - before.dropped,
  };
}
