// Part of `npm run fuzz`: `prfaq check` on a glob that matches 100,000 files (GLOB_FILES to change it):
// exit code, files reported, wall time and the CLI's peak RSS (polled from /proc; the checks run on
// worker threads of the same process). Needs dist/cli.js (npm run build).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const count = Number(process.env.GLOB_FILES ?? 100_000);
const dir = mkdtempSync(path.join(tmpdir(), 'prfaq-glob-'));
const doc = '# Acme Rockets\n\n## Problem\n\nRiders wait an hour for the last bus. TBD\n';
try {
  for (let d = 0; d < Math.ceil(count / 1000); d++) {
    const sub = path.join(dir, `d${d}`);
    mkdirSync(sub);
    for (let i = 0; i < 1000 && d * 1000 + i < count; i++) writeFileSync(path.join(sub, `f${i}.prfaq.md`), doc);
  }
  const started = performance.now();
  const child = spawn(process.execPath, [...(process.env.HEAP_MB ? [`--max-old-space-size=${process.env.HEAP_MB}`] : []), CLI, 'check', '-f', 'json', '**/*.prfaq.md'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = 0;
  const poll = setInterval(() => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {
      // The process has just exited.
    }
  }, 50);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  let files = 'unreadable report';
  try {
    files = String(JSON.parse(stdout).files.length);
  } catch {
    // Reported below as it is.
  }
  if (process.env.SHOW_STDERR) console.log(stderr.slice(0, 1500));
  console.log(`CLI glob over ${count} files: exit ${code}, ${files} files reported, ${seconds.toFixed(1)} s, peak RSS ${peak.toFixed(0)} MB, stderr ${stderr.trim().split('\n').filter(Boolean).length} lines`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
