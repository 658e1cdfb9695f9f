// `npm run test:e2e`: runs the extension suite (test/e2e/suite/index.js) inside a real VS Code extension host,
// offline: code-server 4.100.3 from the .vscode-test/ cache, driven by headless Debian chromium.
// The workbench `payload` carries extensionDevelopmentPath/extensionTestsPath, as @vscode/test-electron's CLI flags do,
// and the suite's exit code comes back through window.codeAutomationExit.
// Env: TIMEOUT_MS (default 300000), KEEP=1 keeps the temp state, CODE_SERVER / CHROMIUM override the binaries.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, ensureCodeServer, freshState, startCodeServer, launchChromium, removeState } from './host.mjs';

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const suite = path.join(ROOT, 'test/e2e/suite/index.js');
for (const needed of [path.join(ROOT, 'dist/client.js'), path.join(ROOT, 'dist/server.js')]) {
  if (!fs.existsSync(needed)) { console.error(`${path.relative(ROOT, needed)} is missing: run \`npm run build\` first`); process.exit(1); }
}

const codeServer = ensureCodeServer();
const dirs = freshState('prfaq-e2e-', path.join(ROOT, 'test/e2e/workspace'));
let server, context, exitCode = 1, summary = '';
const hostLog = [];
const SUITE_LINE = /^(ok - |not ok - |# |\d+ passed, )/;
try {
  server = await startCodeServer(codeServer, dirs);
  context = await launchChromium(dirs);
  const page = context.pages()[0] ?? await context.newPage();
  const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
  // The extension host's console reaches the page through this hook; the summary line is repeated at the end.
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const line = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    if (/^\d+ passed, \d+ failed$/.test(line.trim())) summary = line.trim();
    hostLog.push(line);
    // The workbench logs here too; only the suite's own lines are shown unless VERBOSE=1.
    if (process.env.VERBOSE || SUITE_LINE.test(line)) console.log(line);
  });
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(suite)], ['skipWelcome', 'true']]);
  const timeoutMs = Number(process.env.TIMEOUT_MS || 300000);
  const timedOut = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
  await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(dirs.ws)}&payload=${encodeURIComponent(payload)}`);
  const result = await Promise.race([exited, timedOut]);
  if (result === 'timeout') {
    console.log(`[e2e] the suite did not finish within ${timeoutMs / 1000} s\n${server.log().slice(-4000)}`);
    exitCode = 2;
  } else exitCode = Number(result);
  if (exitCode !== 0 && !process.env.VERBOSE) console.log(`[e2e] last lines of the window log:\n${hostLog.filter((l) => !SUITE_LINE.test(l)).slice(-40).join('\n')}`);
} catch (e) {
  console.log(`[e2e] ${e instanceof Error ? e.message : String(e)}`);
  if (server) console.log(server.log().slice(-4000));
} finally {
  await context?.close().catch(() => {});
  server?.stop();
  removeState(dirs);
}
console.log(`[e2e] extension suite exited with code ${exitCode} after ${seconds()} s`);
console.log(summary || '0 passed, 1 failed');
process.exit(exitCode);
