// "PR/FAQ: Export HTML" and "PR/FAQ: Export Word Document": the same reading of the document as the preview,
// as one self-contained HTML file or as a .docx (written by dist/docx.js, loaded on the first Word export).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  EXPORT_DOCUMENT_REQUEST, RENDER_REQUEST, type ExportDocumentParams, type ExportDocumentResult, type RenderParams, type RenderResult,
} from '../../../server/src/protocol';
import { collectImages, MAX_IMAGE_BYTES } from '../../../server/src/export/images';
import { loadDocxWriter } from '../../../server/src/export/loadDocx';
import { previewSettings } from './panel';

const FORMATS: Record<'html' | 'docx', { ext: string; filters: Record<string, string[]>; open: string }> = {
  html: { ext: 'html', filters: { HTML: ['html', 'htm'] }, open: 'Open in Browser' },
  docx: { ext: 'docx', filters: { 'Word document': ['docx'] }, open: 'Open' },
};

function defaultTarget(uri: vscode.Uri, ext: string): vscode.Uri {
  const name = (uri.path.split('/').pop() ?? 'prfaq').replace(/\.md$/i, '');
  // An untitled document has no folder: suggest the file in the first workspace folder.
  const folder = uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(uri, '..');
  return folder ? vscode.Uri.joinPath(folder, `${name}.${ext}`) : vscode.Uri.file(`${name}.${ext}`);
}

function notChecked(uri: vscode.Uri): void {
  void vscode.window.showWarningMessage(`PR/FAQ: ${uri.path.split('/').pop()} is not checked as a PR/FAQ, so it cannot be exported.`);
}

/** Asks where to write, builds the bytes, writes them and offers to open the file. `target` skips the dialog (tests). */
async function exportAs(
  format: keyof typeof FORMATS,
  uri: vscode.Uri | undefined,
  target: vscode.Uri | undefined,
  build: (documentUri: vscode.Uri) => Promise<Uint8Array | null>,
): Promise<vscode.Uri | undefined> {
  const documentUri = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!documentUri) {
    void vscode.window.showWarningMessage('PR/FAQ: open a PR/FAQ to export it.');
    return undefined;
  }
  const spec = FORMATS[format];
  const chosen = target ?? (await vscode.window.showSaveDialog({ defaultUri: defaultTarget(documentUri, spec.ext), filters: spec.filters, saveLabel: 'Export' }));
  if (!chosen) return undefined;
  const bytes = await build(documentUri);
  if (!bytes) {
    notChecked(documentUri);
    return undefined;
  }
  await vscode.workspace.fs.writeFile(chosen, bytes);
  if (!target) {
    void vscode.window.showInformationMessage(`PR/FAQ: exported ${chosen.path.split('/').pop()}.`, spec.open).then((choice) => {
      if (choice === spec.open) void vscode.env.openExternal(chosen);
    });
  }
  return chosen;
}

export function exportHtml(client: LanguageClient, uri: vscode.Uri | undefined, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  return exportAs('html', uri, target, async (documentUri) => {
    const settings = previewSettings(documentUri);
    // A file opened outside the editor has no editor colours to follow: 'auto' follows the browser's instead.
    const params: RenderParams = { uri: documentUri.toString(), paper: settings.paper, theme: settings.theme, standalone: true };
    const result = await client.sendRequest<RenderResult | null>(RENDER_REQUEST, params);
    return result ? new TextEncoder().encode(result.html) : null;
  });
}

export function exportDocx(client: LanguageClient, uri: vscode.Uri | undefined, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  return exportAs('docx', uri, target, async (documentUri) => {
    const params: ExportDocumentParams = { uri: documentUri.toString() };
    const result = await client.sendRequest<ExportDocumentResult | null>(EXPORT_DOCUMENT_REQUEST, params);
    if (!result) return null;
    // Images under the document's folder are embedded (the path is checked first); remote ones stay their alt text.
    const folder = vscode.Uri.joinPath(documentUri, '..');
    const images = documentUri.scheme === 'untitled' ? new Map<string, Uint8Array>()
      : await collectImages(result.document, async (relative) => {
        const file = vscode.Uri.joinPath(folder, relative);
        return (await vscode.workspace.fs.stat(file)).size <= MAX_IMAGE_BYTES ? vscode.workspace.fs.readFile(file) : null;
      });
    return loadDocxWriter().writeDocx(result.document, { paper: previewSettings(documentUri).paper, images });
  });
}
