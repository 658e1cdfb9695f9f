// The PR/FAQ language server: `prfaq-language-server --stdio` (or --node-ipc, --socket=N).
import { createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startPrfaqServer } from './lsp/session';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
startPrfaqServer(connection, documents);
documents.listen(connection);
connection.listen();
