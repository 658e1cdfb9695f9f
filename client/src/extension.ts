// Activation entry (dist/client.js). VS Code activates it for every Markdown file, because a Markdown file with
// `prfaq: true` front matter is a PR/FAQ too; so it stays tiny: it watches open documents and loads the real client
// (dist/client-main.js: language client, status bar, preview) only once a PR/FAQ is open.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PrfaqApi, RunningClient } from './api';
import { startWhenPrfaqOpens } from './activation';

type MainModule = {
  startClient(context: vscode.ExtensionContext): RunningClient;
  newPrfaq(options?: unknown): Promise<vscode.TextDocument | undefined>;
};

/** The real client, loaded on first need. A computed path keeps esbuild from bundling it into this entry. */
function mainModule(): MainModule {
  return require(path.join(__dirname, 'client-main.js')) as MainModule;
}

/** The preview's webview type (client/src/preview/panel.ts), restored after a window reload. */
const PREVIEW_VIEW_TYPE = 'prfaq.preview';

let running: RunningClient | undefined;

export function activate(context: vscode.ExtensionContext): PrfaqApi {
  const started = performance.now();
  const timings: ReturnType<PrfaqApi['timings']> = { activateMs: 0 };
  let signalReady!: () => void;
  const loaded = new Promise<void>((resolve) => { signalReady = resolve; });

  let loadFailed = false;
  const loadClient = () => {
    if (running || loadFailed) return;
    const t0 = performance.now();
    try {
      running = mainModule().startClient(context);
    } catch (e) {
      loadFailed = true; // said once, not on every document opened after
      void vscode.window.showErrorMessage(`PR/FAQ: the extension could not load its language client: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    timings.clientLoadMs = performance.now() - t0;
    running.ready.then(() => {
      timings.clientStartMs = performance.now() - t0;
      signalReady();
    }, (e: unknown) => {
      void vscode.window.showErrorMessage(`PR/FAQ: the language server did not start: ${e instanceof Error ? e.message : String(e)}`);
    });
  };
  startWhenPrfaqOpens(context, loadClient, () => running !== undefined || loadFailed);
  context.subscriptions.push(
    // Opening the new untitled PR/FAQ is what starts the language client, through onDidOpenTextDocument.
    vscode.commands.registerCommand('prfaq.newPrfaq', (options?: unknown) => mainModule().newPrfaq(options)),
    // A preview open when the window reloaded comes back, showing the same document.
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel) {
        loadClient();
        if (running) await running.restorePreview(panel);
        else panel.dispose();
      },
    }),
  );
  timings.activateMs = performance.now() - started;

  return {
    statusBarText: () => running?.statusBarText(),
    lastStats: (uri) => running?.lastStats(uri),
    previewHtmlFor: (uri) => running?.previewHtmlFor(uri),
    whenReady: () => loaded,
    clientStarted: () => running !== undefined,
    timings: () => ({ ...timings }),
  };
}

export async function deactivate(): Promise<void> {
  await running?.dispose();
  running = undefined;
}
