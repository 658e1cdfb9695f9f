// The real language server (dist/server.js) over stdio: start-up, didChange → publishDiagnostics with
// incremental text sync and debounce 0, memory with a document open, and how long other requests wait
// while a huge document is checked.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { median, percentile } from './stats';

interface Server {
  child: ChildProcess;
  connection: MessageConnection;
  diagnostics: (uri: string, version: number) => Promise<void>;
}

function startServer(serverJs: string): Server {
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ debounceMs: 0 })));
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
  return { child, connection, diagnostics };
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
export async function measureStart(serverJs: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const server = startServer(serverJs);
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
  /** … and after all the edits (V8 grows its heap before it collects). */
  rssMb: number;
}

/** Types one character at a time into body lines spread over the document; each edit waits for its diagnostics. */
export async function measureEdits(serverJs: string, text: string, edits: number): Promise<EditFigures> {
  const server = startServer(serverJs);
  await initialize(server);
  const uri = 'file:///bench/six-pages.prfaq.md';
  await open(server, uri, text);
  const rssOpenMb = residentMb(server.child.pid!);
  const lines = text.split('\n');
  const body = lines.map((l, i) => (l.length > 40 && /^[A-Z]/.test(l) ? i : -1)).filter((i) => i >= 0);
  const times: number[] = [];
  for (let version = 2; version < 2 + edits; version++) {
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
    times.push(performance.now() - t0);
  }
  const rssMb = residentMb(server.child.pid!);
  await stop(server);
  return { p50: median(times), p95: percentile(times, 95), edits, rssOpenMb, rssMb };
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
export async function measureBlocking(serverJs: string, text: string): Promise<BlockingFigures> {
  const server = startServer(serverJs);
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
