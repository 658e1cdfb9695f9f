// `npm run bench`: our checker side by side with markdown-it, remark-parse, remark-lint, markdownlint and
// markdownlint-cli2 on generated PR/FAQ-shaped documents (and ../shared/corpus when present), in one run.
// Prints a table and PASS/FAIL per goal of issue 13 (and the earlier ones of issue 6), as ratios to the
// alternatives measured in the same run where there is one, and writes bench/results.json.
// BENCH_QUICK=1 runs fewer repetitions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatePrfaq } from './generate';
import { measureDocument, type DocumentFigures } from './inprocess';
import { measureBlocking, measureBurst, measureEdits, measureStart, serverPath, type ServerSetup } from './lsp';
import { measureActivation } from './activation';
import { measureCi, measureOneFile } from './ci';
import { fmt } from './stats';

const ROOT = path.resolve(__dirname, '..');
const QUICK = process.env.BENCH_QUICK === '1';
const SIZES: Array<[number, number]> = QUICK ? [[1, 10], [6, 10], [60, 3], [600, 1]] : [[1, 40], [6, 25], [60, 7], [600, 2]];

interface Goal {
  name: string;
  measured: string;
  limit: string;
  pass: boolean;
}

function corpusDocuments(): Array<[string, string]> {
  const dir = path.join(ROOT, '..', 'shared', 'corpus');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !/^(README|EXPECTED)\.md$/.test(f))
    .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
}

function table(rows: DocumentFigures[]): string {
  const cols = ['markdownIt', 'remarkParse', 'remarkLint', 'markdownlint', 'coldCheck', 'incremental'];
  const head = ['document', 'words', 'markdown-it parse', 'remark-parse', 'remark-lint (recommended)', 'markdownlint', 'prfaq cold check', 'prfaq re-check, 1-char edit', 'cold / remark-parse', 'edit / remark-parse'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) {
    const ratio = (k: string) => (r.ms.remarkParse ? (r.ms[k] / r.ms.remarkParse).toFixed(2) + '×' : '—');
    lines.push(`| ${r.name} | ${r.words.toLocaleString('en')} | ${cols.map((c) => fmt(r.ms[c])).join(' | ')} | ${ratio('coldCheck')} | ${ratio('incremental')} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}${QUICK ? ', QUICK' : ''}`);
  const docs: DocumentFigures[] = [];
  for (const [pages, runs] of SIZES) {
    const figures = measureDocument(`${pages} page${pages > 1 ? 's' : ''}`, generatePrfaq(pages), runs);
    docs.push(figures);
    console.log(`measured ${figures.name}`);
  }
  const corpus = corpusDocuments().map(([name, text]) => measureDocument(`corpus: ${name}`, text, QUICK ? 5 : 15));
  console.log(`\n${table([...docs, ...corpus])}\n`);

  const server = serverPath(ROOT);
  // Started as the editors start it: `node dist/server.js --stdio`, no node flags (client/src/main.ts).
  const setup: ServerSetup = {};
  const six = generatePrfaq(6);
  const startMs = await measureStart(server, QUICK ? 3 : 7, setup);
  const edits = await measureEdits(server, six, QUICK ? 20 : 60, 1000, setup);
  const burst = await measureBurst(server, six, 1000, setup);
  const burstDebounced = await measureBurst(server, six, 1000, { ...setup, debounceMs: 200 });
  const blocking = await measureBlocking(server, generatePrfaq(600), setup);
  const activationMs = measureActivation(ROOT);
  const ci = measureCi(ROOT, 1000, QUICK ? 1 : 2);
  const oneFile = measureOneFile(ROOT, QUICK ? 5 : 11);
  console.log(`one six-page file, a fresh process each (prfaq check PRFAQ.md): prfaq ${fmt(oneFile.prfaqMs)}, markdownlint-cli2 ${fmt(oneFile.markdownlintCli2Ms)}`);
  console.log(
    `burst of ${burst.changes} changes (one write, a hover every 100): debounce 0: hover median ${fmt(burst.hoverMedianMs)}, max ${fmt(burst.hoverMaxMs)}, ` +
      `final diagnostics after ${fmt(burst.finalMs)}, checks finished ${burst.finished}, dropped ${burst.dropped}; ` +
      `debounce 200 ms: hover median ${fmt(burstDebounced.hoverMedianMs)}, max ${fmt(burstDebounced.hoverMaxMs)}, final diagnostics after ${fmt(burstDebounced.finalMs)}, checks finished ${burstDebounced.finished}`,
  );

  const by = (pages: number) => docs.find((d) => d.name.startsWith(`${pages} page`))!;
  const six6 = by(6);
  const ratio = (a: number, b: number) => a / b;
  const coldRatios = docs.map((d) => ratio(d.ms.coldCheck, d.ms.remarkParse));
  const coldVsMarkdownlint = docs.map((d) => ratio(d.ms.coldCheck, d.ms.markdownlint));
  const list = (xs: number[]) => xs.map((r) => r.toFixed(2)).join(', ');
  const goals: Goal[] = [
    { name: 'edit → findings, 6 pages: re-check / remark-parse', measured: `${ratio(six6.ms.incremental, six6.ms.remarkParse).toFixed(3)}×`, limit: '≤ 0.2×', pass: ratio(six6.ms.incremental, six6.ms.remarkParse) <= 0.2 },
    { name: 'cold check / markdownlint (worst of 1–600 pages)', measured: `${Math.max(...coldVsMarkdownlint).toFixed(2)}× (${list(coldVsMarkdownlint)})`, limit: '≤ 1×', pass: Math.max(...coldVsMarkdownlint) <= 1 },
    { name: 'cold check / remark-parse (worst of 1–600 pages)', measured: `${Math.max(...coldRatios).toFixed(2)}× (${list(coldRatios)})`, limit: '≤ 1.5×', pass: Math.max(...coldRatios) <= 1.5 },
    { name: 'LSP didChange → publishDiagnostics, 6 pages, p50', measured: fmt(edits.p50), limit: '≤ 5 ms', pass: edits.p50 <= 5 },
    { name: 'LSP didChange → publishDiagnostics, 6 pages, p95', measured: fmt(edits.p95), limit: '≤ 15 ms', pass: edits.p95 <= 15 },
    { name: `burst of ${burst.changes} changes, debounce 0: hover (slowest of ${10})`, measured: `${fmt(burst.hoverMaxMs)} (median ${fmt(burst.hoverMedianMs)}; debounce 200 ms: ${fmt(burstDebounced.hoverMaxMs)})`, limit: '≤ 100 ms', pass: burst.hoverMaxMs <= 100 },
    { name: `burst of ${burst.changes} changes, debounce 0: final diagnostics after the last change`, measured: `${fmt(burst.finalMs)} (debounce 200 ms: ${fmt(burstDebounced.finalMs)})`, limit: '≤ 1 s', pass: burst.finalMs <= 1000 },
    { name: `burst of ${burst.changes} changes, debounce 0: checks finished (one per hover, one for the final version)`, measured: `${burst.finished} finished, ${burst.dropped} dropped`, limit: '≤ 11', pass: burst.finished <= 11 },
    { name: `CI: prfaq check / markdownlint-cli2, ${ci.files} files, one thread`, measured: `${ratio(ci.prfaqOneThreadMs, ci.markdownlintCli2Ms).toFixed(2)}× (${fmt(ci.prfaqOneThreadMs)} vs ${fmt(ci.markdownlintCli2Ms)})`, limit: '≤ 1×', pass: ci.prfaqOneThreadMs <= ci.markdownlintCli2Ms },
    { name: `CI: prfaq check / markdownlint-cli2, ${ci.files} files, with workers (as shipped)`, measured: `${ratio(ci.prfaqMs, ci.markdownlintCli2Ms).toFixed(2)}× (${fmt(ci.prfaqMs)}; two workers forced ${fmt(ci.prfaqTwoWorkersMs)})`, limit: '≤ 1×', pass: ci.prfaqMs <= ci.markdownlintCli2Ms },
    { name: 'server RSS with a 6-page document open', measured: `${edits.rssOpenMb.toFixed(0)} MB`, limit: '≤ 80 MB', pass: edits.rssOpenMb <= 80 },
    { name: `server RSS after ${edits.totalEdits} edits`, measured: `${edits.rssMb.toFixed(0)} MB`, limit: '≤ 80 MB', pass: edits.rssMb <= 80 },
    { name: 'server start → initialize result', measured: fmt(startMs), limit: '≤ 150 ms', pass: startMs <= 150 },
    { name: 'linear growth: cold check 600 / 60 pages', measured: `${ratio(by(600).ms.coldCheck, by(60).ms.coldCheck).toFixed(1)}×`, limit: '≤ 12×', pass: ratio(by(600).ms.coldCheck, by(60).ms.coldCheck) <= 12 },
    // Issue 6, kept.
    { name: 'server held while a 600-page document is checked (longest wait of a request)', measured: `${fmt(blocking.maxWaitMs)} (${blocking.pings} requests over ${fmt(blocking.checkMs)}; idle server: ${fmt(blocking.idleMaxWaitMs)})`, limit: '≤ 50 ms', pass: blocking.maxWaitMs <= 50 },
    { name: 'extension activation (proxy: require + activate with a stub vscode)', measured: fmt(activationMs), limit: '≤ 30 ms', pass: activationMs <= 30 },
  ];
  for (const g of goals) console.log(`${g.pass ? 'PASS' : 'FAIL'}  ${g.name}: ${g.measured} (goal ${g.limit})`);
  const results = { date: new Date().toISOString(), node: process.version, cores: os.cpus().length, loadavg: os.loadavg(), quick: QUICK, documents: docs, corpus, lsp: { startMs, edits, burst, burstDebounced, blocking }, activationMs, ci, oneFile, goals, seconds: (Date.now() - started) / 1000 };
  fs.writeFileSync(path.join(__dirname, '..', 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwrote bench/results.json (${results.seconds.toFixed(0)} s)`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
