// UI-level check of the packaged extension, as a user gets it: installs prfaq-<version>.vsix into a fresh extensions
// folder of code-server, opens a PR/FAQ through Quick Open and reads the page itself: the language mode, the budget
// item in the status bar, the Problems panel and the squiggles. Saves test-results/e2e-ui.png.
// Usage: npm run test:ui (packages first), or node test/e2e/ui-check.mjs [path/to.vsix]. KEEP=1 keeps the temp state.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, prepareEditor, freshState, startCodeServer, launchChromium, removeState } from './host.mjs';

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const vsix = path.resolve(process.argv[2] || path.join(ROOT, `prfaq-${version}.vsix`));
if (!fs.existsSync(vsix)) {
  console.error(`${vsix} is missing: run \`npm run package\` first`);
  process.exit(1);
}
const screenshot = path.join(ROOT, 'test-results/e2e-ui.png');
const results = { passed: 0, failed: 0 };
const check = (name, ok, detail = '') => {
  results[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${detail ? `: ${detail}` : ''}`);
};

const vsixBytes = fs.statSync(vsix).size;
check('the .vsix is under 1 MB', vsixBytes < 1024 * 1024, `${(vsixBytes / 1024).toFixed(0)} KB`);
const entries = zipEntries(fs.readFileSync(vsix)).filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length));
const required = ['package.json', 'readme.md', 'changelog.md', 'LICENSE.txt', 'icon.png', 'dist/client.js', 'dist/client-main.js', 'dist/server.js', 'dist/docx.js',
  'syntaxes/prfaq.tmLanguage.json', 'snippets/prfaq.json', 'schemas/prfaqrc.schema.json', 'language-configuration.json'];
const absent = required.filter((f) => !entries.includes(f));
const unwanted = entries.filter((e) => /\.map$|node_modules\/|\.ts$|^test\//.test(e));
check('the .vsix holds the bundles and assets, and no source maps, sources or node_modules', absent.length === 0 && unwanted.length === 0,
  `${entries.length} files${absent.length ? `; missing ${absent.join(', ')}` : ''}${unwanted.length ? `; unwanted ${unwanted.join(', ')}` : ''}`);

const codeServer = prepareEditor('e2e', []);
const dirs = freshState('prfaq-ui-', path.join(ROOT, 'test/e2e/workspace'));
execFileSync(codeServer, ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extDir, '--install-extension', vsix], { env: dirs.env, stdio: 'pipe' });
const installed = fs.readdirSync(dirs.extDir).filter((d) => d.startsWith('prfaq.prfaq-'));
check('the .vsix installs into a fresh extensions folder', installed.length === 1, installed.join(', '));

let server, context;
try {
  server = await startCodeServer(codeServer, dirs, [dirs.ws]);
  context = await launchChromium(dirs);
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(dirs.ws)}`);
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  await openWithQuickOpen(page, 'launch.prfaq.md');

  const mode = await waitForStatusBar(page, /PR\/FAQ/);
  check('the editor shows the PR/FAQ language mode', !!mode);
  const budget = await waitForStatusBar(page, /PR [\d,]+\/[\d,]+ · FAQ [\d,]+\/[\d,]+ · [\d.]+\/[\d.]+ pages/);
  check('the status bar shows the page budget', !!budget, budget ? budget.split('\n').find((l) => /· FAQ/.test(l)) : 'not found');

  await page.keyboard.press('Control+Shift+M');
  const problems = await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((e) => e.innerText.replace(/\s+/g, ' '));
    return rows.some((r) => /placeholder/.test(r)) && rows.some((r) => /customer quote/i.test(r)) && rows;
  }, undefined, { timeout: 60000 }).then((h) => h.jsonValue()).catch(() => null);
  check('the Problems panel lists the placeholder and the missing customer quote', !!problems, problems ? `${problems.length} rows` : 'not found');

  // Opening a problem scrolls the editor to it, where its squiggle must be drawn.
  const SQUIGGLES = '.editor-instance .squiggly-error, .editor-instance .squiggly-warning, .editor-instance .squiggly-info';
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'placeholder' }).first().click();
  await page.keyboard.press('Enter');
  const squiggles = await page.waitForSelector(SQUIGGLES, { timeout: 30000 }).then(() => page.$$eval(SQUIGGLES, (e) => e.length)).catch(() => 0);
  check('the editor underlines the finding opened from the Problems panel', squiggles > 0, `${squiggles} squiggles`);

  fs.mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
  console.log(`# screenshot: ${path.relative(ROOT, screenshot)}`);
} catch (e) {
  check('the UI check ran to the end', false, e instanceof Error ? e.message : String(e));
  if (server) console.log(server.log().slice(-3000));
} finally {
  await context?.close().catch(() => {});
  server?.stop();
  removeState(dirs);
}
console.log(`# ui check took ${seconds()} s`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);

async function openWithQuickOpen(page, name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
  await page.keyboard.type(name);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 10000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.editor-instance .view-lines', { timeout: 30000 });
}

/** The status bar text once it matches, or null after a minute. */
function waitForStatusBar(page, pattern) {
  return page.waitForFunction((source) => {
    const text = document.querySelector('.part.statusbar')?.innerText ?? '';
    return new RegExp(source).test(text) && text;
  }, pattern.source, { timeout: 60000 }).then((h) => h.jsonValue()).catch(() => null);
}

/** File names in a zip's central directory (a .vsix is a zip). */
function zipEntries(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28), extraLength = zip.readUInt16LE(at + 30), commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
