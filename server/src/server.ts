// The PR/FAQ language server: `prfaq-language-server --stdio` (or --node-ipc, --socket=N). Started on a
// worker thread by its own check runner, the same bundle checks documents instead (lsp/checkWorker.ts).
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isCheckWorker, serveChecks } from './lsp/checkWorker';
import { logError } from './lsp/guard';
import { HEAP_GROWING_FLAG } from './lsp/serverFlags';
import { startPrfaqServer } from './lsp/session';

if (isCheckWorker()) serveChecks();
else {
  // Applied before anything is allocated in earnest (see serverFlags.ts).
  setFlagsFromString(HEAP_GROWING_FLAG);

  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  startPrfaqServer(connection, documents);
  // A stray exception (a timer, a library callback) is logged; the writer's editor keeps its server.
  process.on('uncaughtException', (e) => logError(connection.console, 'uncaught exception', e));
  process.on('unhandledRejection', (e) => logError(connection.console, 'unhandled rejection', e));
  documents.listen(connection);
  connection.listen();
}
