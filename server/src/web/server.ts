// The PR/FAQ language server for VS Code for the Web (dist/web/server.js): the same session and core as
// the desktop server, spoken to over postMessage from inside a web worker. The web build swaps
// lsp/rcLookup.ts for ./rcLookup.ts and shims node:url, node:crypto and process (see esbuild.mjs).
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/browser';
import type { DidChangeWatchedFilesParams, NotificationHandler } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startPrfaqServer } from '../lsp/session';
import { RC_FILES_NOTIFICATION, type RcFilesParams } from './protocol';
import { updateRcFiles } from './rcStore';

// The worker's global scope: both the message source and the message sink.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
const documents = new TextDocuments(TextDocument);

// The session owns the initialize and file-change handlers; the worker wraps them instead of replacing them:
// rc texts from initializationOptions are stored before the session initializes, and rc texts that arrive
// later by notification go through the session's own "rc files changed" path.
let onRcFilesChanged: NotificationHandler<DidChangeWatchedFilesParams> | undefined;
const listenForFileChanges = connection.onDidChangeWatchedFiles.bind(connection);
connection.onDidChangeWatchedFiles = (handler) => {
  onRcFilesChanged = handler;
  return listenForFileChanges(handler);
};
const listenForInitialize = connection.onInitialize.bind(connection);
connection.onInitialize = (handler) =>
  listenForInitialize((params, token, progress) => {
    const rcFiles = (params.initializationOptions as { rcFiles?: RcFilesParams['files'] } | null | undefined)?.rcFiles;
    if (rcFiles) updateRcFiles(rcFiles);
    return handler(params, token, progress);
  });

startPrfaqServer(connection, documents);
connection.onNotification(RC_FILES_NOTIFICATION, (params: RcFilesParams) => {
  const changed = updateRcFiles(params.files);
  if (changed.length > 0) onRcFilesChanged?.({ changes: changed.map((uri) => ({ uri, type: FileChangeType.Changed })) });
});
documents.listen(connection);
connection.listen();
