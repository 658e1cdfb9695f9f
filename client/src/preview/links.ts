// Where a link clicked in the preview goes. The webview never navigates: VS Code opens the target.
import * as vscode from 'vscode';
import { linkTarget } from './linkTarget';

export async function openPreviewLink(href: string, documentUri: vscode.Uri): Promise<void> {
  const target = linkTarget(href);
  if (target.kind === 'external') {
    await vscode.env.openExternal(vscode.Uri.parse(target.href, true));
  } else if (target.kind === 'refused') {
    void vscode.window.showWarningMessage(`PR/FAQ preview: not opening "${href}": ${target.reason}.`);
  } else {
    const file = target.path ? vscode.Uri.joinPath(documentUri, '..', target.path) : documentUri;
    await vscode.commands.executeCommand('vscode.open', target.fragment ? file.with({ fragment: target.fragment }) : file);
  }
}
