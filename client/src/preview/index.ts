// The PR/FAQ preview in VS Code: commands, one live panel that follows the active PR/FAQ, HTML export.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportHtml } from './exportHtml';
import { PreviewPanel } from './panel';

const SCROLL_SYNC_MS = 50;

function isCandidate(document: vscode.TextDocument): boolean {
  return document.languageId === 'prfaq' || document.languageId === 'markdown';
}

function asUri(value: unknown): vscode.Uri | undefined {
  return value instanceof vscode.Uri ? value : undefined;
}

function notChecked(uri: vscode.Uri): void {
  void vscode.window.showWarningMessage(`PR/FAQ: ${uri.path.split('/').pop()} is not checked as a PR/FAQ, so there is no preview.`);
}

export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): { previewHtmlFor(uri: string): string | undefined; dispose(): void } {
  let panel: PreviewPanel | undefined;
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;

  const open = async (column: vscode.ViewColumn, uri?: vscode.Uri): Promise<void> => {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      void vscode.window.showWarningMessage('PR/FAQ: open a PR/FAQ to preview it.');
      return;
    }
    if (panel) {
      panel.panel.reveal(column, true);
      if (!(await panel.follow(target))) notChecked(target);
      return;
    }
    const created = new PreviewPanel(client, context.extensionUri, target, column, () => {
      if (panel === created) panel = undefined;
    });
    panel = created;
    if (await created.refresh()) return;
    created.dispose();
    notChecked(target);
  };

  const followEditor = (editor: vscode.TextEditor | undefined): void => {
    if (!panel || !editor || !isCandidate(editor.document)) return;
    if (editor.document.uri.toString() !== panel.documentUri.toString()) void panel.follow(editor.document.uri);
  };

  const disposables: vscode.Disposable[] = [
    // Menus pass the document's Uri; keybindings and the palette pass nothing (or something else).
    vscode.commands.registerCommand('prfaq.openPreview', (uri?: unknown) => open(vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One, asUri(uri))),
    vscode.commands.registerCommand('prfaq.openPreviewToSide', (uri?: unknown) => open(vscode.ViewColumn.Beside, asUri(uri))),
    vscode.commands.registerCommand('prfaq.exportHtml', (uri?: unknown) => exportHtml(client, asUri(uri))),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (panel && e.document.uri.toString() === panel.documentUri.toString() && e.contentChanges.length > 0) panel.scheduleRefresh();
    }),
    vscode.window.onDidChangeActiveTextEditor(followEditor),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      if (!panel || e.textEditor.document.uri.toString() !== panel.documentUri.toString()) return;
      const first = e.visibleRanges[0];
      if (!first) return;
      clearTimeout(scrollTimer);
      const current = panel;
      scrollTimer = setTimeout(() => current.scrollToLine(first.start.line + 1), SCROLL_SYNC_MS);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (panel && e.affectsConfiguration('prfaq.preview', panel.documentUri)) void panel.refresh();
    }),
  ];

  return {
    previewHtmlFor: (uri) => (panel && panel.documentUri.toString() === uri ? panel.lastHtml : undefined),
    dispose: () => {
      clearTimeout(scrollTimer);
      panel?.dispose();
      while (disposables.length) disposables.pop()?.dispose();
    },
  };
}
