// The PR/FAQ preview in VS Code: commands, one live panel that follows the active PR/FAQ, HTML export.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportDocx, exportHtml } from './exportHtml';
import { PreviewPanel } from './panel';

/** The document the preview last showed, kept in the workspace state so a window reload can bring the preview back. */
const SHOWN_KEY = 'prfaq.preview.document';

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

export interface PreviewRegistration {
  previewHtmlFor(uri: string): string | undefined;
  /** Brings back a preview panel VS Code kept over a window reload, showing the document it showed. */
  restore(webviewPanel: vscode.WebviewPanel): Promise<void>;
  dispose(): void;
}

export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): PreviewRegistration {
  let panel: PreviewPanel | undefined;
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  const remember = (uri: vscode.Uri) => void context.workspaceState.update(SHOWN_KEY, uri.toString());

  const open = async (column: vscode.ViewColumn, uri?: vscode.Uri): Promise<void> => {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      void vscode.window.showWarningMessage('PR/FAQ: open a PR/FAQ to preview it.');
      return;
    }
    if (panel) {
      panel.panel.reveal(column, true);
      if (await panel.follow(target)) remember(target);
      else notChecked(target);
      return;
    }
    const created = new PreviewPanel(client, context.extensionUri, target, column, () => {
      if (panel === created) panel = undefined;
    });
    panel = created;
    if (await created.refresh()) return remember(target);
    created.dispose();
    notChecked(target);
  };

  const restore = async (webviewPanel: vscode.WebviewPanel): Promise<void> => {
    const shown = context.workspaceState.get<string>(SHOWN_KEY);
    const uri = shown ? vscode.Uri.parse(shown, true) : undefined;
    if (!uri || panel) {
      webviewPanel.dispose();
      return;
    }
    // The server renders open documents only: open it (without showing it) if the reload did not reopen its editor.
    try {
      await vscode.workspace.openTextDocument(uri);
    } catch {
      webviewPanel.dispose();
      return;
    }
    const restored = new PreviewPanel(client, context.extensionUri, uri, webviewPanel.viewColumn ?? vscode.ViewColumn.Beside, () => {
      if (panel === restored) panel = undefined;
    }, webviewPanel);
    panel = restored;
    if (!(await restored.refresh())) restored.dispose();
  };

  const followEditor = (editor: vscode.TextEditor | undefined): void => {
    if (!panel || !editor || !isCandidate(editor.document)) return;
    const uri = editor.document.uri;
    if (uri.toString() !== panel.documentUri.toString()) void panel.follow(uri).then((shown) => shown && remember(uri));
  };

  const disposables: vscode.Disposable[] = [
    // Menus pass the document's Uri; keybindings and the palette pass nothing (or something else).
    vscode.commands.registerCommand('prfaq.openPreview', (uri?: unknown) => open(vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One, asUri(uri))),
    vscode.commands.registerCommand('prfaq.openPreviewToSide', (uri?: unknown) => open(vscode.ViewColumn.Beside, asUri(uri))),
    // The second argument (a target Uri) skips the save dialog: for tests and other extensions.
    vscode.commands.registerCommand('prfaq.exportHtml', (uri?: unknown, target?: unknown) => exportHtml(client, asUri(uri), asUri(target))),
    vscode.commands.registerCommand('prfaq.exportDocx', (uri?: unknown, target?: unknown) => exportDocx(client, asUri(uri), asUri(target))),
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
    restore,
    dispose: () => {
      clearTimeout(scrollTimer);
      panel?.dispose();
      while (disposables.length) disposables.pop()?.dispose();
    },
  };
}
