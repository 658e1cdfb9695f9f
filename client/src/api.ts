// What `activate` returns: a small API for the extension tests (and any extension that wants the figures).
import type { StatsParams } from '../../server/src/protocol';

export interface PrfaqApi {
  /** Text of the status bar item while it is shown for the active editor, else undefined. */
  statusBarText(): string | undefined;
  /** The last figures the server sent for a document (URI as a string). */
  lastStats(uri: string): StatsParams | undefined;
  /** The HTML the preview shows for a document, when a preview of it is open. */
  previewHtmlFor(uri: string): string | undefined;
  /** Resolves once the language client has started (i.e. after a PR/FAQ was opened). */
  whenReady(): Promise<void>;
  /** True once the language client (and with it the server) was loaded and started. */
  clientStarted(): boolean;
  /** Milliseconds spent in `activate` of the small activation entry, and in loading + starting the real client. */
  timings(): { activateMs: number; clientLoadMs?: number; clientStartMs?: number };
}

/** What the real client (dist/client-main.js) hands back to the activation entry. */
export interface RunningClient {
  statusBarText(): string | undefined;
  lastStats(uri: string): StatsParams | undefined;
  previewHtmlFor(uri: string): string | undefined;
  ready: Promise<void>;
  /** Shows a preview panel VS Code restored after a window reload (disposes it when there is nothing to show). */
  restorePreview(panel: import('vscode').WebviewPanel): Promise<void>;
  dispose(): Promise<void>;
}
