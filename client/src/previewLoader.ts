// Starts the preview (client/src/preview). A preview that fails to start leaves a working extension whose status
// bar opens the Problems view instead.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerPreview } from './preview';

export interface PreviewHandle {
  previewHtmlFor(uri: string): string | undefined;
  restore(panel: vscode.WebviewPanel): Promise<void>;
  dispose(): void;
}

export function loadPreview(context: vscode.ExtensionContext, client: LanguageClient, log: (message: string) => void): PreviewHandle | undefined {
  try {
    return registerPreview(context, client);
  } catch (e) {
    log(`PR/FAQ: the preview failed to start: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return undefined;
  }
}
