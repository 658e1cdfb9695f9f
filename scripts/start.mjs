// `npm start`: build, check the examples, package the extension, say where it is.
// Exits 0 when the well-written example is clean and the draft shows its findings as intended.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
const cli = (args) => run(process.execPath, ['dist/cli.js', ...args]);

console.log('\n== prfaq check examples/complete.prfaq.md (a finished PR/FAQ: expect no errors)');
const complete = cli(['check', 'examples/complete.prfaq.md']);
if (complete.status !== 0) {
  console.error(`\nThe complete example should pass, but prfaq exited with ${complete.status}.`);
  process.exit(1);
}
console.log('\n== prfaq check examples/ (includes an unfinished draft: findings expected)');
const all = cli(['check', 'examples']);
if (all.status === 2 || all.status === null) {
  console.error(`\nprfaq could not check examples/ (exit ${all.status}).`);
  process.exit(1);
}

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = `${pkg.name}-${pkg.version}.vsix`;
console.log('\n== packaging the VS Code extension');
const pack = run('npm', ['run', '-s', 'package'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (pack.status !== 0 || !fs.existsSync(path.join(root, vsix))) {
  console.error('\nPackaging failed (see above).');
  process.exit(1);
}
const size = fs.statSync(path.join(root, vsix)).size;
console.log(`\nThe extension is at ${path.join(root, vsix)} (${(size / 1024).toFixed(0)} KB).`);
console.log(`Install it with:  code --install-extension ${vsix}`);
console.log('Check your own PR/FAQs with:  npx prfaq check docs/   (or node dist/cli.js check …)');
