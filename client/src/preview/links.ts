// Where a link clicked in the preview goes. The webview never navigates: VS Code opens the target.
import * as vscode from 'vscode';

/** Schemes handed to the system browser or mail client; anything else (command:, vscode:, javascript:) is refused. */
const EXTERNAL = /^(https?|mailto):/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export async function openPreviewLink(href: string, documentUri: vscode.Uri): Promise<void> {
  if (EXTERNAL.test(href)) {
    await vscode.env.openExternal(vscode.Uri.parse(href, true));
    return;
  }
  if (HAS_SCHEME.test(href) || href.startsWith('//')) {
    void vscode.window.showWarningMessage(`PR/FAQ preview: not opening "${href}" (only http, https, mailto and relative links open).`);
    return;
  }
  // A relative link: a file next to the document, optionally with a #fragment.
  const [pathPart = '', fragment] = href.split('#', 2);
  const folder = vscode.Uri.joinPath(documentUri, '..');
  const target = pathPart ? vscode.Uri.joinPath(folder, decodeURIComponent(pathPart)) : documentUri;
  await vscode.commands.executeCommand('vscode.open', fragment ? target.with({ fragment }) : target);
}
