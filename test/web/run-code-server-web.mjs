// `npm run test:web`: the web extension (package.json "browser") in a real VS Code web worker extension host:
// code-server 4.100.3 (see test/e2e/host.mjs) driven by headless Debian chromium, with a web-only copy of the
// extension (no "main"), so VS Code can only run it in the web worker host. The suite (test/web/suite/index.js) runs
// in that same host; its exit code comes back through window.codeAutomationExit.
// Env: TIMEOUT_MS (default 240000), VERBOSE=1 shows the window log, the page console, frames and workers.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, ensureCodeServer, freshState, startCodeServer, launchChromium, removeState } from '../e2e/host.mjs';

for (const needed of ['dist/web/client.js', 'dist/web/server.js'].map((f) => path.join(ROOT, f))) {
  if (!fs.existsSync(needed)) { console.error(`${path.relative(ROOT, needed)} is missing: run \`npm run build\` first`); process.exit(1); }
}

const SUITE_LINE = /^(ok - |not ok - |# |\d+ passed, )/;
/**
 * The extension as VS Code for the Web sees it: package.json without "main", so its only entry is "browser" and VS Code
 * must run it in the web worker extension host (code-server would otherwise prefer the Node host, and VS Code 1.100's
 * web workbench ignores extensionDevelopmentKind=web in the payload).
 */
function webOnlyCopy(tmp) {
  const dir = path.join(tmp, 'extension');
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  delete manifest.main;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const part of ['dist/web/client.js', 'dist/web/server.js', 'syntaxes', 'snippets', 'schemas', 'language-configuration.json']) {
    const from = path.join(ROOT, part);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, part), { recursive: true });
  }
  // The suite lives inside the extension, so VS Code runs it in the extension's own (web worker) host.
  fs.cpSync(path.join(ROOT, 'test/web/suite'), path.join(dir, 'suite'), { recursive: true });
  return dir;
}

const codeServer = ensureCodeServer();
const dirs = freshState('prfaq-web-', path.join(ROOT, 'test/web/workspace'));
const extensionDir = webOnlyCopy(dirs.tmp);
let server, context, exitCode = 1, summary = '';
const windowLog = [];
try {
  server = await startCodeServer(codeServer, dirs);
  context = await launchChromium(dirs);
  const page = context.pages()[0] ?? await context.newPage();
  // VERBOSE: the page, its frames and workers, for when the web extension host misbehaves.
  if (process.env.VERBOSE) {
    page.on('console', (m) => console.log(`[console] ${m.text()}`));
    page.on('frameattached', (f) => console.log(`[frame] ${f.url()}`));
    page.on('worker', (w) => console.log(`[worker] ${w.url()}`));
  }
  const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const line = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    if (/^\d+ passed, \d+ failed$/.test(line.trim())) summary = line.trim();
    windowLog.push(line);
    if (process.env.VERBOSE || SUITE_LINE.test(line)) console.log(line);
  });
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(path.join(extensionDir, 'suite/index.js'))],
    ['skipWelcome', 'true'],
  ]);
  const timeoutMs = Number(process.env.TIMEOUT_MS || 240000);
  const timedOut = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
  await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(dirs.ws)}&payload=${encodeURIComponent(payload)}`);
  const result = await Promise.race([exited, timedOut]);
  if (result === 'timeout') {
    console.log(`[web] the suite did not finish within ${timeoutMs / 1000} s`);
    exitCode = 2;
  } else exitCode = Number(result);
  if (exitCode !== 0 && !process.env.VERBOSE) console.log(`[web] last lines of the window log:\n${windowLog.filter((l) => !SUITE_LINE.test(l)).slice(-40).join('\n')}`);
} catch (e) {
  console.log(`[web] ${e instanceof Error ? e.message : String(e)}`);
  if (server) console.log(server.log().slice(-4000));
} finally {
  await context?.close().catch(() => {});
  server?.stop();
  removeState(dirs);
}
console.log(`[web] web extension suite exited with code ${exitCode}`);
console.log(summary || '0 passed, 1 failed');
process.exit(exitCode);
