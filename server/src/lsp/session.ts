// Wires the LSP connection to the features. Each feature is a pure function of a CheckResult; this file
// only routes requests, and every handler is guarded so one failure never takes the server down.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EXPORT_DOCUMENT_REQUEST, RENDER_REQUEST, type ExportDocumentParams, type ExportDocumentResult, type RenderParams, type RenderResult } from '../protocol';
import { DocumentChecker } from './checker';
import { CODE_ACTION_KINDS, codeActions } from './codeActions';
import { codeLenses } from './codeLens';
import { completions } from './completion';
import { ConfigProblemReporter } from './configProblems';
import { foldingRanges } from './folding';
import { guarded } from './guard';
import { hover } from './hover';
import { filePathOf, setWorkspaceRoots } from './rcLookup';
import { exportDocumentOf, renderPreview } from './render';
import { settingsFromInitializationOptions } from './settings';
import { SettingsStore } from './settingsStore';
import { documentSymbols } from './symbols';

export const RC_FILE_GLOB = '**/.prfaqrc.json';

export function startPrfaqServer(connection: Connection, documents: TextDocuments<TextDocument>): void {
  let checker: DocumentChecker | null = null;
  let settings: SettingsStore | null = null;
  let reporter: ConfigProblemReporter | null = null;
  let snippets = false;
  let dynamic = { configuration: false, watchedFiles: false };
  const log = connection.console;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    setWorkspaceRoots(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    settings = new SettingsStore(connection, !!caps.workspace?.configuration, settingsFromInitializationOptions(params.initializationOptions));
    reporter = new ConfigProblemReporter(connection);
    checker = new DocumentChecker(connection, documents, settings, reporter);
    snippets = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
    dynamic = {
      configuration: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
      watchedFiles: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    };
    return { capabilities: serverCapabilities(), serverInfo: { name: 'prfaq-language-server' } };
  });

  connection.onInitialized(
    guarded(log, 'initialized', undefined, async () => {
      if (dynamic.configuration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'prfaq' });
      if (dynamic.watchedFiles) await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: RC_FILE_GLOB }] });
    }),
  );

  // TextDocuments reports an open as a content change too: the first one for a document checks at once.
  const seen = new Set<string>();
  documents.onDidChangeContent(
    guarded(log, 'didChange', undefined, ({ document }) => {
      const first = !seen.has(document.uri);
      seen.add(document.uri);
      return checker?.schedule(document.uri, first);
    }),
  );
  documents.onDidClose(
    guarded(log, 'didClose', undefined, ({ document }) => {
      seen.delete(document.uri);
      checker?.close(document.uri);
    }),
  );

  connection.onDidChangeConfiguration(
    guarded(log, 'didChangeConfiguration', undefined, (params) => {
      const pushed = (params.settings as { prfaq?: unknown } | null)?.prfaq;
      settings?.reset(pushed);
      checker?.scheduleAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guarded(log, 'didChangeWatchedFiles', undefined, (params) => {
      for (const change of params.changes) {
        const rcPath = filePathOf(change.uri);
        if (rcPath) reporter?.forget(rcPath);
      }
      checker?.scheduleAll();
    }),
  );

  const withResult = <P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, feature: (doc: NonNullable<Awaited<ReturnType<DocumentChecker['current']>>>, params: P) => R) =>
    guarded(log, name, fallback, async (params: P) => {
      const current = await checker?.current(params.textDocument.uri);
      return current ? feature(current, params) : fallback;
    });

  connection.onCodeAction(withResult('codeAction', [], ({ document, result }, params) => codeActions(document, result, params)));
  connection.onCompletion(withResult('completion', [], ({ document, result }, params) => completions(document, result, params.position, snippets)));
  connection.onHover(withResult('hover', null, ({ result }, params) => hover(result, params.position)));
  connection.onDocumentSymbol(withResult('documentSymbol', [], ({ result }) => documentSymbols(result)));
  connection.onFoldingRanges(withResult('foldingRange', [], ({ result }) => foldingRanges(result)));
  connection.onCodeLens(withResult('codeLens', [], ({ result }) => codeLenses(result)));

  connection.onRequest(
    RENDER_REQUEST,
    guarded(log, 'render', null, async (params: RenderParams): Promise<RenderResult | null> => {
      const current = await checker?.current(params.uri);
      if (!current) return null;
      return { uri: params.uri, version: current.document.version, html: await renderPreview(current.result, params, current.settings) };
    }),
  );

  connection.onRequest(
    EXPORT_DOCUMENT_REQUEST,
    guarded(log, 'exportDocument', null, async (params: ExportDocumentParams): Promise<ExportDocumentResult | null> => {
      const current = await checker?.current(params.uri);
      if (!current) return null;
      return { uri: params.uri, version: current.document.version, document: await exportDocumentOf(current.result) };
    }),
  );

}

function serverCapabilities(): InitializeResult['capabilities'] {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
    completionProvider: { triggerCharacters: ['#'] },
    hoverProvider: true,
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    codeLensProvider: { resolveProvider: false },
  };
}
