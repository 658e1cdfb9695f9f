// `npm run test:e2e`: runs the extension suites inside a real VS Code extension host, offline: code-server 4.100.3
// from the .vscode-test/ cache, driven by headless Debian chromium. Each suite gets its own fixture workspace and a
// fresh code-server. The workbench `payload` carries extensionDevelopmentPath/extensionTestsPath, as
// @vscode/test-electron's command-line flags do, and a suite's exit code comes back through window.codeAutomationExit.
// Env: TIMEOUT_MS per suite (default 300000), VERBOSE=1 shows the window log, KEEP=1 keeps the temp state,
// CODE_SERVER / CHROMIUM override the binaries.
import path from 'node:path';
import { ROOT, prepareEditor, freshState, startCodeServer, launchChromium, removeState } from './host.mjs';
import { SUITES } from './suites.mjs';

const SUITE_LINE = /^(ok - |not ok - |# |\d+ passed, )/;
const SUMMARY = /^(\d+) passed, (\d+) failed$/;

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const codeServer = prepareEditor('e2e');
const total = { passed: 0, failed: 0 };
let worstExit = 0;
for (const spec of SUITES) {
  console.log(`# suite: ${spec.name}`);
  const { exitCode, passed, failed } = await runSuite(spec);
  total.passed += passed;
  total.failed += failed;
  worstExit = Math.max(worstExit, exitCode);
}
console.log(`[e2e] ${SUITES.length} suites, exit code ${worstExit}, ${seconds()} s`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(worstExit || (total.failed > 0 ? 1 : 0));

async function runSuite(spec) {
  const dirs = freshState('prfaq-e2e-', path.join(ROOT, spec.workspace));
  const hostLog = [];
  let server, context, exitCode = 1, counts = { passed: 0, failed: 1 };
  try {
    server = await startCodeServer(codeServer, dirs);
    context = await launchChromium(dirs);
    const page = context.pages()[0] ?? await context.newPage();
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    // The extension host's console reaches the page through this hook, together with the workbench's own log.
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      const summary = SUMMARY.exec(line.trim());
      if (summary) counts = { passed: Number(summary[1]), failed: Number(summary[2]) };
      hostLog.push(line);
      if (process.env.VERBOSE || SUITE_LINE.test(line)) console.log(line);
    });
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = JSON.stringify([['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(path.join(ROOT, spec.suite))], ['skipWelcome', 'true']]);
    const target = spec.workspaceFile ? `workspace=${encodeURIComponent(path.join(dirs.ws, spec.workspaceFile))}` : `folder=${encodeURIComponent(dirs.ws)}`;
    const timeoutMs = Number(process.env.TIMEOUT_MS || 300000);
    const timedOut = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
    await page.goto(`http://127.0.0.1:${server.port}/?${target}&payload=${encodeURIComponent(payload)}`);
    const result = await Promise.race([exited, timedOut]);
    if (result === 'timeout') {
      console.log(`[e2e] ${spec.name}: no result within ${timeoutMs / 1000} s\n${server.log().slice(-4000)}`);
      exitCode = 2;
    } else exitCode = Number(result);
    if (exitCode !== 0 && !process.env.VERBOSE) {
      console.log(`[e2e] last lines of the window log:\n${hostLog.filter((l) => !SUITE_LINE.test(l)).slice(-40).join('\n')}`);
    }
  } catch (e) {
    console.log(`[e2e] ${spec.name}: ${e instanceof Error ? e.message : String(e)}`);
    if (server) console.log(server.log().slice(-4000));
  } finally {
    await context?.close().catch(() => {});
    server?.stop();
    removeState(dirs);
  }
  // A suite that exits badly without a summary (crash, timeout) counts as one failure.
  if (exitCode !== 0 && counts.failed === 0) counts = { ...counts, failed: 1 };
  return { exitCode, ...counts };
}
