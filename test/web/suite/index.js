// The web extension suite (test/web/run-code-server-web.mjs): code-server with extensionDevelopmentKind=web runs the
// extension's `browser` entry (dist/web/client.js) in VS Code's web worker extension host, with its language server
// in a nested web worker (dist/web/server.js). This suite drives it through the `vscode` API only.
const vscode = require('vscode');

const TIMEOUT_MS = 30000;

/** Resolves once `check()` is truthy, re-checking on diagnostics changes; rejects after TIMEOUT_MS. */
function waitFor(what, check, describe) {
  return new Promise((resolve, reject) => {
    const finish = (error, value) => {
      clearTimeout(timer);
      subscription.dispose();
      if (error) reject(error);
      else resolve(value);
    };
    const probe = () => {
      const value = check();
      if (value) finish(undefined, value);
    };
    const timer = setTimeout(() => finish(new Error(`timed out after ${TIMEOUT_MS} ms waiting for ${what}; last seen: ${describe()}`)), TIMEOUT_MS);
    const subscription = vscode.languages.onDidChangeDiagnostics(probe);
    probe();
  });
}

const codeOf = (d) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code));
const prfaqCodes = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'prfaq').map(codeOf);

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

exports.run = async function run() {
  const results = { passed: 0, failed: 0 };
  const test = async (name, body) => {
    try {
      await body();
      results.passed++;
      console.log(`ok - ${name}`);
    } catch (e) {
      results.failed++;
      console.log(`not ok - ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const launch = vscode.Uri.joinPath(folder, 'launch.prfaq.md');
  const notes = vscode.Uri.joinPath(folder, 'notes.md');
  const rc = vscode.Uri.joinPath(folder, '.prfaqrc.json');

  // The runner puts this suite inside the web-only extension copy, so VS Code runs it in the extension's own host.
  const extension = vscode.extensions.getExtension('prfaq.prfaq');
  await test('this is the web worker extension host: no Node, and the extension is here, not yet active', async () => {
    assert(!(typeof process === 'object' && process && process.versions && typeof process.versions.node === 'string'), 'Node is present: this is the Node extension host');
    assert(extension, 'prfaq.prfaq is not installed in this extension host');
    assert(!extension.isActive, 'prfaq.prfaq is already active');
  });

  await test('a PR/FAQ gets its findings from the worker server, with the workspace rc file applied', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(notes));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(launch));
    const codes = await waitFor('prfaq diagnostics on launch.prfaq.md', () => {
      const now = prfaqCodes(launch);
      return now.length > 0 && now;
    }, () => JSON.stringify(vscode.languages.getDiagnostics().map(([uri, all]) => [uri.toString(), all.map(codeOf)])));
    for (const code of ['missing-section', 'placeholder', 'config']) assert(codes.includes(code), `no ${code} in ${codes.join(', ')}`);
    assert(!codes.includes('faq-unanswered'), `.prfaqrc.json turns faq-unanswered off, yet it was reported: ${codes.join(', ')}`);
  });

  await test('an rc file edited in the workspace reaches the worker and the document is checked again', async () => {
    await vscode.workspace.fs.writeFile(rc, new TextEncoder().encode('{ "rules": { "faq-unanswered": "off", "placeholder": "off" } }\n'));
    await waitFor('placeholder to go after the rc edit', () => {
      const now = prfaqCodes(launch);
      return now.includes('missing-section') && !now.includes('placeholder');
    }, () => JSON.stringify(prfaqCodes(launch)));
  });

  await test('plain Markdown opened before the PR/FAQ stays without findings', async () => {
    assert(prfaqCodes(notes).length === 0, `notes.md got ${prfaqCodes(notes).join(', ')}`);
  });

  await test('the web entry is what runs', async () => {
    assert(extension.isActive, 'prfaq.prfaq never activated');
    assert(extension.packageJSON.browser === './dist/web/client.js' && !extension.packageJSON.main, 'the extension under test is not the web-only copy');
  });

  console.log(`${results.passed} passed, ${results.failed} failed`);
  if (results.failed > 0) throw new Error(`${results.failed} web extension test(s) failed`);
};
