// The extension suite. It runs INSIDE a VS Code extension host and uses only the `vscode` API, so the same module
// serves both runners: test/e2e/run-code-server.mjs (offline, code-server) and test/e2e/run-test-electron.mjs
// (desktop VS Code, where it can be downloaded). Scenarios run in order and share one window: the first one must
// see a window where no PR/FAQ was ever opened.
const vscode = require('vscode');
const assert = require('node:assert/strict');
const { waitFor, within, waitForDiagnostics, codeOf, testRunner } = require('./wait');

const EXTENSION_ID = 'prfaq.prfaq';
const STATUS_TEXT = /^(\$\(warning\) )?PR [\d,]+\/[\d,]+ · FAQ [\d,]+\/[\d,]+ · \d+(\.\d)?\/\d+(\.\d)? pages$/;

exports.run = async function run() {
  const { test, finish } = testRunner();
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const fileUri = (relative) => vscode.Uri.joinPath(folder, relative);
  const open = async (relative) => {
    const document = await vscode.workspace.openTextDocument(fileUri(relative));
    const editor = await vscode.window.showTextDocument(document);
    return { document, editor };
  };
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  const api = () => extension.exports;
  const launch = fileUri('launch.prfaq.md');
  const lineOf = (document, text) => {
    const line = document.getText().split(/\r?\n/).indexOf(text);
    assert.notEqual(line, -1, `fixture ${document.fileName} has no line "${text}"`);
    return line;
  };

  await test('the extension is installed and not active before any file is open', async () => {
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.equal(extension.isActive, false);
  });

  await test('a plain Markdown file: the small activation entry runs, but no language client, server or status item', async () => {
    const { document } = await open('plain.md');
    assert.equal(document.languageId, 'markdown');
    await waitFor('activation on Markdown', () => extension.isActive);
    assert.equal(api().clientStarted(), false, 'the language client was started for a plain Markdown file');
    assert.equal(api().statusBarText(), undefined);
    assert.deepEqual(vscode.languages.getDiagnostics(document.uri), []);
  });

  await test('typing `prfaq: true` front matter into an open Markdown file starts the language client', async () => {
    const { document } = await open('draft.md');
    assert.equal(api().clientStarted(), false, 'started before the front matter was typed');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), '---\nprfaq: true\n---\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the language client to load', () => api().clientStarted());
    await within('the language client to start', api().whenReady());
  });

  await test('a PR/FAQ file gets the prfaq language and starts the language server', async () => {
    const { document } = await open('launch.prfaq.md');
    assert.equal(document.languageId, 'prfaq');
    await within('the language client to start', api().whenReady());
    assert.equal(api().clientStarted(), true);
    console.log(`# timings ${JSON.stringify(api().timings())}`);
  });

  await test('diagnostics reach the editor with rule codes, lines and documentation links', async () => {
    const document = await vscode.workspace.openTextDocument(launch);
    const tbdLine = lineOf(document, 'TBD');
    const diagnostics = await waitForDiagnostics('missing-section and placeholder findings', launch, (all) =>
      all.some((d) => codeOf(d) === 'missing-section') && all.some((d) => codeOf(d) === 'placeholder') && all);
    const missing = diagnostics.filter((d) => codeOf(d) === 'missing-section');
    assert.equal(missing.length, 1, `expected only the customer quote to be missing: ${missing.map((d) => d.message).join(' | ')}`);
    assert.match(missing[0].message, /customer quote/i);
    const placeholder = diagnostics.find((d) => codeOf(d) === 'placeholder');
    assert.equal(placeholder.range.start.line, tbdLine, 'the placeholder finding is on the TBD line');
    assert.ok(diagnostics.every((d) => d.source), 'every diagnostic names its source');
    const target = placeholder.code.target;
    assert.ok(target && /placeholder/.test(target.toString()), `placeholder links to its docs page, got ${target}`);
  });

  await test('completion offers the missing section heading', async () => {
    const document = await vscode.workspace.openTextDocument(launch);
    const lastLine = document.lineCount - 1;
    assert.equal(document.lineAt(lastLine).text, '', 'fixture ends with a newline');
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', launch, new vscode.Position(lastLine, 0));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.some((l) => /customer quote/i.test(l)), `no customer quote among ${JSON.stringify(labels.slice(0, 20))}`);
    assert.ok(!labels.some((l) => /^problem\b/i.test(l)), 'a present section (Problem) is offered again');
  });

  await test('document symbols show the press release parts and the FAQ questions', async () => {
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', launch);
    const names = symbols.map((s) => s.name);
    const byName = (name) => symbols.find((s) => s.name.toLowerCase().startsWith(name.toLowerCase()));
    for (const name of ['Press release', 'External FAQ', 'Internal FAQ']) assert.ok(byName(name), `no "${name}" in ${JSON.stringify(names)}`);
    assert.ok(byName('Press release').children.some((c) => /problem/i.test(c.name)), 'press release has no Problem part');
    assert.ok(byName('External FAQ').children.some((c) => c.name === 'How much does it cost?'), 'external FAQ lacks its question');
    assert.ok(byName('Internal FAQ').children.some((c) => c.name === 'What are the top reasons this will fail?'), 'internal FAQ lacks its question');
  });

  await test('hover, code lens and folding reach the editor', async () => {
    const document = await vscode.workspace.openTextDocument(launch);
    const problemHeading = lineOf(document, '## Problem');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', launch, new vscode.Position(problemHeading, 4));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /\d+ words/, `hover on the Problem heading: ${hoverText}`);
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', launch, 100);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.some((t) => /^PR \d/.test(t)), `no press release lens among ${JSON.stringify(titles)}`);
    const folds = await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', launch);
    assert.ok(folds.some((f) => f.start === problemHeading), `no fold at the Problem section (line ${problemHeading})`);
  });

  await test('the status bar shows the budget of the active PR/FAQ and hides for other editors', async () => {
    await open('launch.prfaq.md');
    const text = await waitFor('the status bar item', () => api().statusBarText(), { describe: () => String(api().statusBarText()) });
    assert.match(text, STATUS_TEXT);
    const stats = api().lastStats(launch.toString());
    assert.ok(stats, 'no figures received for launch.prfaq.md');
    const n = (value) => value.toLocaleString('en-US');
    assert.ok(text.includes(`PR ${n(stats.size.pressRelease)}/${n(stats.budgetSize.pressRelease)}`), `${text} does not match ${JSON.stringify(stats.size)}`);
    await open('plain.md');
    await waitFor('the status item to hide for plain.md', () => api().statusBarText() === undefined);
    await open('launch.prfaq.md');
    await waitFor('the status item to come back', () => api().statusBarText());
  });

  await test('a changed setting changes the findings and the status bar (wordsPerPage 50: press release over budget)', async () => {
    await open('launch.prfaq.md');
    const settings = vscode.workspace.getConfiguration('prfaq', launch);
    assert.ok(!vscode.languages.getDiagnostics(launch).some((d) => codeOf(d) === 'press-release-length'), 'already over budget before the change');
    await settings.update('wordsPerPage', 50, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics('a press-release-length finding', launch, (all) => all.some((d) => codeOf(d) === 'press-release-length'));
      await waitFor('the over-budget status', () => api().statusBarText()?.startsWith('$(warning)'), { describe: () => String(api().statusBarText()) });
    } finally {
      await settings.update('wordsPerPage', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics('the budget finding to go after the reset', launch, (all) => !all.some((d) => codeOf(d) === 'press-release-length'));
  });

  await test('a rule turned off in settings stops reporting', async () => {
    const settings = vscode.workspace.getConfiguration('prfaq', launch);
    await settings.update('rules', { placeholder: 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics('the placeholder finding to go', launch, (all) => all.length > 0 && !all.some((d) => codeOf(d) === 'placeholder'));
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics('the placeholder finding to return', launch, (all) => all.some((d) => codeOf(d) === 'placeholder'));
  });

  await test('prfaq.enable off clears the findings and hides the status item; on brings them back', async () => {
    await open('launch.prfaq.md');
    const settings = vscode.workspace.getConfiguration('prfaq', launch);
    await settings.update('enable', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics('the findings to clear', launch, (all) => all.length === 0);
      await waitFor('the status item to hide', () => api().statusBarText() === undefined);
    } finally {
      await settings.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics('the findings to return', launch, (all) => all.length > 0);
    await waitFor('the status item to return', () => api().statusBarText());
  });

  await test('the preview opens and follows an edit', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('prfaq.openPreview'), 'prfaq.openPreview is not registered (no preview in this build)');
    const { editor } = await open('launch.prfaq.md');
    await vscode.commands.executeCommand('prfaq.openPreview');
    const before = await waitFor('the preview HTML', () => api().previewHtmlFor(launch.toString()));
    assert.ok(before.includes('Tidepool'), 'the preview does not show the document');
    assert.ok(!before.includes('Quokkaville'));
    // The preview may take the editor's column, so the edit goes through the document, not the (hidden) editor.
    const problemLine = lineOf(editor.document, '## Problem') + 2;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(launch, new vscode.Position(problemLine, 0), 'Shoppers in Quokkaville agree. ');
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
    await waitFor('the preview to show the edit', () => api().previewHtmlFor(launch.toString())?.includes('Quokkaville'));
  });

  await test('the status item stays while the preview beside the PR/FAQ has focus', async () => {
    await open('launch.prfaq.md');
    await vscode.commands.executeCommand('prfaq.openPreviewToSide');
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    await waitFor('focus to leave the text editor', () => vscode.window.activeTextEditor === undefined,
      { describe: () => String(vscode.window.activeTextEditor?.document.uri) });
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === launch.toString()), 'the PR/FAQ is not visible');
    await waitFor('the status item with the preview focused', () => api().statusBarText());
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
  });

  await test('a quick fix inserts the missing section as one undoable edit, keeps the text and its diagnostic goes away', async () => {
    const { document } = await open('launch.prfaq.md');
    const textBefore = document.getText();
    const missing = await waitForDiagnostics('the missing-section finding', launch, (all) => all.find((d) => codeOf(d) === 'missing-section'));
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', launch, missing.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    const insert = actions.find((a) => /customer quote/i.test(a.title) && !/disable/i.test(a.title));
    assert.ok(insert, `no quick fix for the missing customer quote among ${JSON.stringify(titles)}`);
    if (insert.edit) assert.ok(await vscode.workspace.applyEdit(insert.edit), 'the edit was not applied');
    if (insert.command) await vscode.commands.executeCommand(insert.command.command, ...(insert.command.arguments ?? []));
    await waitForDiagnostics('the missing-section finding to go', launch, (all) => all.length > 0 && !all.some((d) => codeOf(d) === 'missing-section'));
    const textAfter = document.getText();
    assert.match(textAfter, /^#{1,6} Customer Quote/im);
    for (const line of textBefore.split('\n')) assert.ok(textAfter.includes(line), `the fix removed "${line}"`);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), textBefore, 'one undo does not restore the text before the fix');
    await vscode.commands.executeCommand('redo');
    assert.equal(document.getText(), textAfter);
  });

  await test('a snippet expands (dateline in a PR/FAQ, full skeleton in Markdown)', async () => {
    const { editor } = await open('scratch/snippets.prfaq.md');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'prfaq', name: 'PR/FAQ dateline' });
    const month = new Date().toLocaleString('en-US', { month: 'long' });
    assert.match(editor.document.getText(), new RegExp(`CITY, ST – ${month} [1-9]\\d?, \\d{4} – `));
    const markdown = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(markdown);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'PR/FAQ document' });
    const skeleton = markdown.getText();
    for (const heading of ['## Summary', '## Customer quote', '## External FAQ', '## Internal FAQ']) assert.ok(skeleton.includes(heading), `skeleton lacks ${heading}`);
  });

  await test('"Export Word Document" writes a .docx of the PR/FAQ', async () => {
    const target = fileUri('scratch/launch.docx');
    const written = await vscode.commands.executeCommand('prfaq.exportDocx', launch, target);
    assert.equal(written?.toString(), target.toString());
    const bytes = Buffer.from(await vscode.workspace.fs.readFile(target));
    // A zip (PK) whose directory names the Word parts (part names are stored uncompressed).
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/footer1.xml']) assert.ok(bytes.includes(part), `the .docx has no ${part}`);
  });

  await test('"New PR/FAQ" opens an untitled PR/FAQ that is reported as an unfilled template', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('prfaq.newPrfaq'), 'prfaq.newPrfaq is not registered');
    const document = await vscode.commands.executeCommand('prfaq.newPrfaq', { product: 'Acme Widgets', template: 'classic' });
    assert.ok(document, 'the command returned no document');
    assert.equal(document.isUntitled, true);
    assert.equal(document.languageId, 'prfaq');
    assert.equal(vscode.window.activeTextEditor?.document, document, 'the new PR/FAQ is not the active editor');
    assert.match(document.getText(), /^---\nprfaq: true\ntitle: Acme Widgets\n/);
    const unfilled = await waitForDiagnostics('the unfilled-template finding', document.uri, (all) =>
      all.find((d) => codeOf(d) === 'empty-section' && /unfilled template/.test(d.message)));
    assert.ok(unfilled);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  await test('a Markdown file with `prfaq: true` front matter is checked and stays Markdown', async () => {
    const { document } = await open('roadmap.md');
    assert.equal(document.languageId, 'markdown');
    const xxxLine = lineOf(document, 'XXX');
    await waitForDiagnostics('a placeholder finding on the XXX line', document.uri, (all) =>
      all.some((d) => codeOf(d) === 'placeholder' && d.range.start.line === xxxLine));
  });

  await test('"Check This File as a PR/FAQ" opts a Markdown file in', async () => {
    const { document } = await open('opt-in.md');
    assert.equal(document.languageId, 'markdown');
    assert.deepEqual(vscode.languages.getDiagnostics(document.uri), [], 'checked before opting in');
    await vscode.commands.executeCommand('prfaq.checkAsPrfaq');
    await waitFor('the prfaq language', () => vscode.window.activeTextEditor?.document.languageId === 'prfaq');
    await waitForDiagnostics('findings for the opted-in file', document.uri, (all) => all.some((d) => codeOf(d) === 'missing-section'));
  });

  await test('the running server still leaves the plain Markdown file alone', async () => {
    // Every scenario above made the server publish after plain.md was opened (and sent to it), so silence here is not a race.
    assert.deepEqual(vscode.languages.getDiagnostics(fileUri('plain.md')), []);
    const { document } = await open('plain.md');
    assert.equal(document.languageId, 'markdown');
    assert.equal(api().statusBarText(), undefined);
  });

  finish();
};
