// When documents are checked: debounced per document, and a check for an older version (or older
// settings) never publishes. Every edit bumps the document's request id; a scheduled check first lets
// the connection handle every message it has read (pending.ts), so a burst of changes is checked once,
// for its last version, and a check under way stops between its steps when a newer version arrives
// (checkRunner.ts), on this thread or in the worker.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckRunner } from './checkRunner';
import { isCheckedDocument } from '../core/checkedDocument';
import type { CheckResult } from '../core/types';
import { DOCUMENT_STATE_NOTIFICATION, STATS_NOTIFICATION, type DocumentStateParams } from '../protocol';
import type { ConfigProblemReporter } from './configProblems';
import { toDiagnostics } from './diagnostics';
import { logError } from './guard';
import { afterPendingMessages } from './pending';
import { rcForDocument } from './rcLookup';
import type { ServerSettings } from './settings';
import type { SettingsStore } from './settingsStore';
import { buildStats } from './stats';

export interface CheckedDocument {
  document: TextDocument;
  result: CheckResult;
  settings: ServerSettings;
}

interface Running {
  version: number;
  settings: ServerSettings;
  epoch: number;
  result: Promise<CheckResult | null>;
}

interface CachedResult {
  version: number;
  result: CheckResult;
  settings: ServerSettings;
  /** Configuration epoch the result was computed in. */
  epoch: number;
}

export class DocumentChecker {
  private readonly requestIds = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly results = new Map<string, CachedResult>();
  /** The check under way per document, so a request for the same version waits for it instead of checking again. */
  private readonly running = new Map<string, Running>();
  private readonly checked = new Set<string>();
  private readonly withDiagnostics = new Set<string>();
  /** Incremental re-checks per document; large documents in a worker thread (checkRunner.ts). */
  private readonly runner = new CheckRunner();
  /** Bumped when settings or rc files change, so cached results from before are not reused. */
  private epoch = 0;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly configProblems: ConfigProblemReporter,
  ) {}

  /** Checks after the configured debounce; `immediate` for opening and configuration changes. */
  async schedule(uri: string, immediate = false): Promise<void> {
    const id = this.supersede(uri);
    const settings = await this.settings.get(uri);
    if (!this.isCurrent(uri, id)) return;
    if (immediate || settings.debounceMs === 0) {
      void this.run(uri, id, settings);
      return;
    }
    this.timers.set(
      uri,
      setTimeout(() => void this.run(uri, id, settings), settings.debounceMs),
    );
  }

  /** Settings or an rc file changed: check every open document again. */
  scheduleAll(): void {
    this.epoch++;
    for (const document of this.documents.all()) void this.schedule(document.uri, true);
  }

  close(uri: string): void {
    this.supersede(uri);
    this.requestIds.delete(uri);
    this.results.delete(uri);
    this.running.delete(uri);
    this.runner.forget(uri);
    this.checked.delete(uri);
    this.settings.forget(uri);
    this.clearDiagnostics(uri);
  }

  /** The check result for the document as it is now, computed on demand (features must not wait for the debounce). */
  async current(uri: string): Promise<CheckedDocument | null> {
    const document = this.documents.get(uri);
    if (!document) return null;
    const settings = await this.settings.get(uri);
    const now = this.documents.get(uri);
    if (!now || !this.qualifies(now, settings)) return null;
    const result = await this.resultFor(now, settings);
    // null: the document changed while a worker checked it; answer for the newer version
    return result ? { document: now, result, settings } : this.current(uri);
  }

  private async run(uri: string, id: number, settings: ServerSettings): Promise<void> {
    this.timers.delete(uri);
    await afterPendingMessages();
    if (!this.isCurrent(uri, id)) return;
    const document = this.documents.get(uri);
    if (!document) return;
    try {
      if (!this.qualifies(document, settings)) {
        this.results.delete(uri);
        this.clearDiagnostics(uri);
        this.setChecked(uri, false);
        return;
      }
      const result = await this.resultFor(document, settings, true);
      if (!result || !this.isCurrent(uri, id)) return;
      const rc = rcForDocument(uri);
      void this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: toDiagnostics(document, result) });
      this.withDiagnostics.add(uri);
      void this.connection.sendNotification(STATS_NOTIFICATION, buildStats(uri, document.version, result, this.runner.counts(uri)));
      this.configProblems.report(rc.path, [...rc.problems, ...result.configProblems]);
      this.setChecked(uri, true);
    } catch (e) {
      logError(this.connection.console, `checking ${uri}`, e);
    }
  }

  /**
   * A feature request may already have checked this version (before the debounce ran out): reuse it, or
   * wait for the check under way. `cancellable`: the check may stop when a newer version arrives (null).
   */
  private async resultFor(document: TextDocument, settings: ServerSettings, cancellable = false): Promise<CheckResult | null> {
    const cached = this.results.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings && cached.epoch === this.epoch) return cached.result;
    const under = this.running.get(document.uri);
    if (under && under.version === document.version && under.settings === settings && under.epoch === this.epoch) return under.result;
    const running: Running = { version: document.version, settings, epoch: this.epoch, result: this.check(document, settings, cancellable) };
    this.running.set(document.uri, running);
    return running.result.finally(() => {
      if (this.running.get(document.uri) === running) this.running.delete(document.uri);
    });
  }

  private async check(document: TextDocument, settings: ServerSettings, cancellable: boolean): Promise<CheckResult | null> {
    const rc = rcForDocument(document.uri);
    const epoch = this.epoch;
    // TextDocuments updates the document object in place: remember which version this text is.
    const version = document.version;
    const result = await this.runner.check(document.uri, document.getText(), { settings: settings.layer, rcFile: rc.layer ?? undefined }, cancellable);
    // A reopened document is a new object, also at version 1: the result must be for this very one.
    if (!result || document.version !== version || this.documents.get(document.uri) !== document) return null;
    this.results.set(document.uri, { version, result, settings, epoch });
    return result;
  }

  private qualifies(document: TextDocument, settings: ServerSettings): boolean {
    if (!settings.enable) return false;
    return isCheckedDocument(document.languageId, pathOf(document.uri), () => document.getText());
  }

  private supersede(uri: string): number {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    const id = (this.requestIds.get(uri) ?? 0) + 1;
    this.requestIds.set(uri, id);
    this.runner.cancel(uri);
    return id;
  }

  private isCurrent(uri: string, id: number): boolean {
    return this.requestIds.get(uri) === id;
  }

  private clearDiagnostics(uri: string): void {
    if (!this.withDiagnostics.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private setChecked(uri: string, checked: boolean): void {
    if (this.checked.has(uri) === checked) return;
    if (checked) this.checked.add(uri);
    else this.checked.delete(uri);
    const params: DocumentStateParams = { uri, checked };
    void this.connection.sendNotification(DOCUMENT_STATE_NOTIFICATION, params);
  }
}

/** The path part of a URI, for file-name detection (works for untitled: and other schemes too). */
function pathOf(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
