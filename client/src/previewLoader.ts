// The preview lives in its own module (client/src/preview, another owner). It is optional: a build without it
// still gives a working extension whose status bar opens the Problems view instead.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export interface PreviewHandle {
  previewHtmlFor(uri: string): string | undefined;
  restore(panel: vscode.WebviewPanel): Promise<void>;
  dispose(): void;
}

type PreviewModule = { registerPreview(context: vscode.ExtensionContext, client: LanguageClient): PreviewHandle };

export function loadPreview(context: vscode.ExtensionContext, client: LanguageClient, log: (message: string) => void): PreviewHandle | undefined {
  let preview: PreviewModule;
  try {
    // Inside try: when the module is absent, esbuild leaves this require to run time, where it fails quietly.
    preview = require('./preview') as PreviewModule;
  } catch {
    log('PR/FAQ: this build has no preview; the status bar opens the Problems view.');
    return undefined;
  }
  try {
    return preview.registerPreview(context, client);
  } catch (e) {
    log(`PR/FAQ: the preview failed to start: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return undefined;
  }
}
