// `npm run typecheck`: tsc --noEmit over every tsconfig*.json at the top of the project, one after the other
// (a new tsconfig is checked without being listed anywhere). Exits 1 when any has a type error.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const projects = fs.readdirSync(root).filter((f) => /^tsconfig(\..+)?\.json$/.test(f)).sort();
let failed = 0;
for (const project of projects) {
  const run = spawnSync(process.execPath, [tsc, '--noEmit', '-p', project], { cwd: root, encoding: 'utf8' });
  const ok = run.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} tsc --noEmit -p ${project}`);
  if (!ok) process.stdout.write(run.stdout + run.stderr);
}
process.exit(failed ? 1 : 0);
