#!/usr/bin/env node
// Measures the real language server (dist/server.js; run `npm run build` first):
//   - process start → initialize result (median of 5 starts)
//   - didChange → publishDiagnostics on a generated six-page PR/FAQ, debounce 0 (median and p95 of 20 edits)
// Usage: node scripts/measure-lsp.mjs
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import lsp from 'vscode-languageserver-protocol/node';

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = lsp;
const SERVER = fileURLToPath(new URL('../dist/server.js', import.meta.url));
const STARTS = 5;
const EDITS = 20;

function startServer() {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({ debounceMs: 0 })));
  connection.onRequest(() => null);
  connection.listen();
  return { child, connection };
}

async function initialize(connection) {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await connection.sendNotification('initialized', {});
}

async function stop({ child, connection }) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await exited;
  connection.dispose();
}

async function measureStart() {
  const times = [];
  for (let i = 0; i < STARTS; i++) {
    const t0 = performance.now();
    const server = startServer();
    await initialize(server.connection);
    times.push(performance.now() - t0);
    await stop(server);
  }
  return times;
}

/** Resolves when diagnostics for `uri` at `version` arrive. */
function diagnosticsWaiter(connection) {
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const resolve = waiting.get(`${p.uri}@${p.version}`);
    if (resolve) resolve(p);
  });
  return (uri, version) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within 30 s`)), 30000);
    waiting.set(`${uri}@${version}`, (p) => { clearTimeout(timer); resolve(p); });
  });
}

async function measureEdits(text) {
  const server = startServer();
  const { connection } = server;
  const waitFor = diagnosticsWaiter(connection);
  await initialize(connection);
  const uri = pathToFileURL('/nonexistent/measure.prfaq.md').href;
  const opened = waitFor(uri, 1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'prfaq', version: 1, text } });
  const first = await opened;
  const lines = text.split('\n');
  const times = [];
  for (let version = 2; version < 2 + EDITS; version++) {
    // Type one word at the end of a body line spread through the document, as a writer would.
    const line = bodyLine(lines, version);
    const at = { line, character: lines[line].length };
    lines[line] += ' more';
    const published = waitFor(uri, version);
    const t0 = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: ' more' }] });
    await published;
    times.push(performance.now() - t0);
  }
  await stop(server);
  return { times, findings: first.diagnostics.length };
}

function bodyLine(lines, seed) {
  const candidates = lines.map((l, i) => (l.length > 40 && !l.startsWith('#') ? i : -1)).filter((i) => i >= 0);
  return candidates[(seed * 7919) % candidates.length];
}

/** A PR/FAQ-shaped document of about 3,000 words: a full press release and twenty FAQ entries. */
export function sixPagePrfaq() {
  const words = 'customers teams notes meeting summary minutes decisions owners product launch price plan data privacy device network answer question market cost risk metric week month team manager writer reader'.split(' ');
  let state = 7;
  const next = () => (state = (state * 48271) % 2147483647);
  const sentence = (n) => {
    const w = Array.from({ length: n }, () => words[next() % words.length]);
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return `${w.join(' ')}.`;
  };
  const paragraph = (sentences) => Array.from({ length: sentences }, () => sentence(12 + (next() % 8))).join(' ');
  const out = ['# Acme Notes Writes Your Meeting Summary Before You Leave the Room', '', '*Teams get decisions and owners in their inbox one minute after every meeting.*', ''];
  out.push('## Summary', '', `SEATTLE, WA – March 3, 2027 – ${paragraph(4)}`, '');
  for (const part of ['Problem', 'Solution', 'How It Works']) out.push(`## ${part}`, '', paragraph(6), '');
  out.push('## Leader Quote', '', `"${paragraph(2)}" said Ana Lima, chief executive of Acme.`, '');
  out.push('## Customer Quote', '', `"${paragraph(2)}" said Sam Ortiz, engineering manager at Globex.`, '');
  out.push('## Call to Action', '', 'Notes is available today. To get started, visit acme.example/notes.', '');
  for (const kind of ['External', 'Internal']) {
    out.push(`## ${kind} FAQ`, '');
    for (let q = 1; q <= 10; q++) out.push(`### ${sentence(8).slice(0, -1)}?`, '', paragraph(8), '');
  }
  return out.join('\n');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
const ms = (x) => `${x.toFixed(1)} ms`;

const text = sixPagePrfaq();
const wordCount = text.split(/\s+/).filter((w) => /\w/.test(w)).length;
const starts = await measureStart();
const { times, findings } = await measureEdits(text);
console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${SERVER}`);
console.log(`process start → initialize result: median ${ms(median(starts))} over ${STARTS} starts (${starts.map(ms).join(', ')})`);
console.log(`document: ${wordCount} words (${(wordCount / 500).toFixed(1)} pages at 500 words a page), ${findings} findings`);
console.log(`didChange → publishDiagnostics (debounce 0), ${EDITS} edits: median ${ms(median(times))}, p95 ${ms(p95(times))}, max ${ms(Math.max(...times))}`);
