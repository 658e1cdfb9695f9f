// What desktop VS Code and VS Code for the Web do alike before any language client runs: watch the open
// documents and start the client once a PR/FAQ is open, and the two commands that work without it.
import * as vscode from 'vscode';
import { isPrfaqCandidate, touchesFrontMatter } from './gate';

/** Calls `start` for the first PR/FAQ open now or later (`isStarted` says when it has been). */
export function startWhenPrfaqOpens(context: vscode.ExtensionContext, start: () => void, isStarted: () => boolean): void {
  const consider = (doc: vscode.TextDocument) => { if (!isStarted() && isPrfaqCandidate(doc)) start(); };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(consider),
    // Typing `prfaq: true` into the front matter of an open Markdown file opts it in without reopening.
    vscode.workspace.onDidChangeTextDocument((e) => { if (!isStarted() && touchesFrontMatter(e.contentChanges)) consider(e.document); }),
    vscode.commands.registerCommand('prfaq.checkAsPrfaq', checkActiveDocumentAsPrfaq),
    vscode.commands.registerCommand('prfaq.showProblems', () => vscode.commands.executeCommand('workbench.actions.view.problems')),
  );
  vscode.workspace.textDocuments.forEach(consider);
}

async function checkActiveDocumentAsPrfaq(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage('PR/FAQ: open the Markdown file to check first.');
    return;
  }
  if (doc.languageId === 'prfaq') {
    void vscode.window.showInformationMessage('PR/FAQ: this file is already checked as a PR/FAQ.');
    return;
  }
  // The language change fires onDidOpenTextDocument with the new language id, which starts the client.
  await vscode.languages.setTextDocumentLanguage(doc, 'prfaq');
}
