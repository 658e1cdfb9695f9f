// CI scale: `prfaq check` (dist/cli.js) against markdownlint-cli2 over the same folder of generated
// PR/FAQs, wall time of whole processes, repeated and alternated (hyperfine-style).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatePrfaq } from './generate';
import { median } from './stats';

/** Writes `count` PR/FAQs of one to six pages into a fresh folder; returns its path. */
export function writeFolder(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-bench-'));
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `doc-${i}.prfaq.md`), generatePrfaq(1 + (i % 6), i + 1));
  return dir;
}

function wallMs(command: string, args: string[], cwd: string, env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const run = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (run.status === null || run.status > 2) throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return ms;
}

/** The two command lines compared: our CLI as built, markdownlint-cli2 as installed. */
function tools(root: string): { cli: string; mdl: string } {
  return { cli: path.join(root, 'dist', 'cli.js'), mdl: path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs') };
}

export interface CiFigures {
  files: number;
  /** As shipped: worker threads when the machine has idle cores (node/pool.ts). */
  prfaqMs: number;
  prfaqOneThreadMs: number;
  prfaqTwoWorkersMs: number;
  markdownlintCli2Ms: number;
}

export function measureCi(root: string, count: number, runs: number): CiFigures {
  const dir = writeFolder(count);
  try {
    const { cli, mdl } = tools(root);
    const times: Record<'ours' | 'one' | 'two' | 'theirs', number[]> = { ours: [], one: [], two: [], theirs: [] };
    for (let r = 0; r < runs; r++) {
      times.ours.push(wallMs(process.execPath, [cli, 'check', '.'], dir));
      times.one.push(wallMs(process.execPath, [cli, 'check', '.'], dir, { PRFAQ_WORKERS: '0' }));
      times.two.push(wallMs(process.execPath, [cli, 'check', '.'], dir, { PRFAQ_WORKERS: '2' }));
      times.theirs.push(wallMs(process.execPath, [mdl, '**/*.md'], dir));
    }
    return { files: count, prfaqMs: median(times.ours), prfaqOneThreadMs: median(times.one), prfaqTwoWorkersMs: median(times.two), markdownlintCli2Ms: median(times.theirs) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface OneFileFigures {
  /** Whole process: start, load, read, the first check (expressions compiled, code not yet optimised), output. */
  prfaqMs: number;
  markdownlintCli2Ms: number;
}

/** One six-page PR/FAQ checked by a fresh process, as a writer runs `prfaq check PRFAQ.md`: prfaq against markdownlint-cli2, alternated. */
export function measureOneFile(root: string, runs: number): OneFileFigures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-bench-one-'));
  try {
    fs.writeFileSync(path.join(dir, 'PRFAQ.md'), generatePrfaq(6));
    const { cli, mdl } = tools(root);
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let r = 0; r < runs; r++) {
      ours.push(wallMs(process.execPath, [cli, 'check', 'PRFAQ.md'], dir));
      theirs.push(wallMs(process.execPath, [mdl, 'PRFAQ.md'], dir));
    }
    return { prfaqMs: median(ours), markdownlintCli2Ms: median(theirs) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
