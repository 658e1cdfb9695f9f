// Multi-root workspace with an rc file in one folder (fixture: test/e2e/workspace-multiroot). Runs inside the
// extension host like index.js. alpha/ has no rc file; beta/.prfaqrc.json turns the placeholder rule off.
const vscode = require('vscode');
const assert = require('node:assert/strict');
const { waitForDiagnostics, codeOf, testRunner } = require('./wait');

exports.run = async function run() {
  const { test, finish } = testRunner();
  const folder = (name) => vscode.workspace.workspaceFolders.find((f) => f.name === name);
  const alpha = folder('alpha'), beta = folder('beta');
  const alphaDoc = alpha && vscode.Uri.joinPath(alpha.uri, 'launch.prfaq.md');
  const betaDoc = beta && vscode.Uri.joinPath(beta.uri, 'launch.prfaq.md');
  const betaRc = beta && vscode.Uri.joinPath(beta.uri, '.prfaqrc.json');
  const has = (code) => (all) => all.some((d) => codeOf(d) === code);
  const writeRc = (json) => vscode.workspace.fs.writeFile(betaRc, Buffer.from(`${JSON.stringify(json, null, 2)}\n`));

  await test('the workspace has the two folders', async () => {
    assert.ok(alpha && beta, `folders: ${vscode.workspace.workspaceFolders?.map((f) => f.name)}`);
  });

  await test('each file uses its own folder\'s rc file', async () => {
    for (const uri of [betaDoc, alphaDoc]) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics('a placeholder finding in alpha', alphaDoc, has('placeholder'));
    const betaFindings = await waitForDiagnostics('findings in beta', betaDoc, (all) => has('missing-section')(all) && all);
    assert.ok(!has('placeholder')(betaFindings), 'beta/.prfaqrc.json turns the placeholder rule off');
  });

  await test('folder settings apply to their own folder only', async () => {
    await vscode.workspace.getConfiguration('prfaq', alpha.uri).update('wordsPerPage', 50, vscode.ConfigurationTarget.WorkspaceFolder);
    await vscode.workspace.getConfiguration('prfaq', beta.uri).update('requiredSections', ['headline', 'summary'], vscode.ConfigurationTarget.WorkspaceFolder);
    await waitForDiagnostics('alpha over its 50-word pages', alphaDoc, has('press-release-length'));
    // Beta's own change shows that beta was checked after both updates; alpha's page size must not have reached it.
    const betaFindings = await waitForDiagnostics('beta without missing sections', betaDoc, (all) => all.length > 0 && !has('missing-section')(all) && all);
    assert.ok(!has('press-release-length')(betaFindings), 'alpha\'s wordsPerPage reached beta');
  });

  await test('an edited rc file applies at once and wins over settings', async () => {
    await vscode.workspace.getConfiguration('prfaq').update('rules', { placeholder: 'error' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics('alpha\'s placeholder as an error (from settings)', alphaDoc, (all) =>
      all.some((d) => codeOf(d) === 'placeholder' && d.severity === vscode.DiagnosticSeverity.Error));
    await writeRc({ rules: { placeholder: 'info' } });
    const finding = await waitForDiagnostics('beta\'s placeholder from the edited rc file', betaDoc, (all) => all.find((d) => codeOf(d) === 'placeholder'));
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Information, 'the rc file (info) should win over the setting (error)');
  });

  await test('a bad rc value is reported on the rc file, naming the key', async () => {
    await writeRc({ wordsPerPage: 10 });
    const problems = await waitForDiagnostics('a problem on .prfaqrc.json', betaRc, (all) => {
      const ours = all.filter((d) => /wordsPerPage/.test(d.message));
      return ours.length > 0 && ours;
    });
    assert.equal(problems[0].range.start.line, 1, 'the problem points at the wordsPerPage line');
  });

  await test('the shipped schema validates .prfaqrc.json in the JSON editor', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(betaRc));
    await waitForDiagnostics('a schema diagnostic from the JSON language service', betaRc, (all) =>
      all.some((d) => d.source !== 'prfaq' && /minimum/i.test(d.message)));
  });

  finish();
};
