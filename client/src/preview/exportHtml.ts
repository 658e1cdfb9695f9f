// "PR/FAQ: Export HTML": the same renderer as the preview, as one self-contained file.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RENDER_REQUEST, type RenderParams, type RenderResult } from '../../../server/src/protocol';
import { previewSettings } from './panel';

function defaultTarget(uri: vscode.Uri): vscode.Uri {
  const name = (uri.path.split('/').pop() ?? 'prfaq').replace(/\.md$/i, '');
  return vscode.Uri.joinPath(uri, '..', `${name}.html`);
}

export async function exportHtml(client: LanguageClient, uri: vscode.Uri | undefined): Promise<void> {
  const documentUri = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!documentUri) {
    void vscode.window.showWarningMessage('PR/FAQ: open a PR/FAQ to export it.');
    return;
  }
  const target = await vscode.window.showSaveDialog({ defaultUri: defaultTarget(documentUri), filters: { HTML: ['html', 'htm'] }, saveLabel: 'Export' });
  if (!target) return;
  const settings = previewSettings(documentUri);
  // A file opened outside the editor has no editor colours to follow: 'auto' follows the browser's instead.
  const params: RenderParams = { uri: documentUri.toString(), paper: settings.paper, theme: settings.theme, standalone: true };
  const result = await client.sendRequest<RenderResult | null>(RENDER_REQUEST, params);
  if (!result) {
    void vscode.window.showWarningMessage(`PR/FAQ: ${documentUri.path.split('/').pop()} is not checked as a PR/FAQ, so it cannot be exported.`);
    return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.html));
  const open = 'Open in Browser';
  const choice = await vscode.window.showInformationMessage(`PR/FAQ: exported ${target.path.split('/').pop()}.`, open);
  if (choice === open) await vscode.env.openExternal(target);
}
