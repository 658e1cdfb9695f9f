// Activation entry (dist/client.js). VS Code activates it for every Markdown file, because a Markdown file with
// `prfaq: true` front matter is a PR/FAQ too; so it stays tiny: it watches open documents and loads the real client
// (dist/client-main.js: language client, status bar, preview) only once a PR/FAQ is open.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PrfaqApi, RunningClient } from './api';
import { startWhenPrfaqOpens } from './activation';

type MainModule = { startClient(context: vscode.ExtensionContext): RunningClient };

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
    // A computed path keeps esbuild from bundling the real client into this entry.
    try {
      const main = require(path.join(__dirname, 'client-main.js')) as MainModule;
      running = main.startClient(context);
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
