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

function wallMs(command: string, args: string[], cwd: string): number {
  const t0 = performance.now();
  const run = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (run.status === null || run.status > 2) throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return ms;
}

export interface CiFigures {
  files: number;
  prfaqMs: number;
  markdownlintCli2Ms: number;
}

export function measureCi(root: string, count: number, runs: number): CiFigures {
  const dir = writeFolder(count);
  try {
    const cli = path.join(root, 'dist', 'cli.js');
    const mdl = path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let r = 0; r < runs; r++) {
      ours.push(wallMs(process.execPath, [cli, 'check', '.'], dir));
      theirs.push(wallMs(process.execPath, [mdl, '**/*.md'], dir));
    }
    return { files: count, prfaqMs: median(ours), markdownlintCli2Ms: median(theirs) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
