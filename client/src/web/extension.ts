// VS Code for the Web entry ("browser" in package.json, dist/web/client.js): the language server runs in a
// web worker (dist/web/server.js) over the same core. Differences from desktop: `.prfaqrc.json` files are read
// here through vscode.workspace.fs and sent to the worker, and the paginated preview is desktop-only.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { startWhenPrfaqOpens } from '../activation';
import { CLIENT_LANGUAGES } from '../gate';
import { DOCUMENT_STATE_NOTIFICATION, STATS_NOTIFICATION, type DocumentStateParams, type StatsParams } from '../../../server/src/protocol';
import { RC_FILES_NOTIFICATION, type RcFilesParams } from '../../../server/src/web/protocol';
import { BudgetStatus } from '../statusBar';
import { newPrfaq, type NewPrfaqOptions } from '../newPrfaq';

// The web extension host has Worker; the project compiles without the DOM library, so declare the one constructor used.
type ServerWorker = ConstructorParameters<typeof LanguageClient>[2];
declare const Worker: new (url: string) => ServerWorker;

const RC_GLOB = '**/.prfaqrc.json';

let client: Promise<LanguageClient> | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const start = () => {
    client = startClient(context);
    client.catch((e: unknown) => {
      const reason = e instanceof Error ? e.message : String(e);
      console.error(`PR/FAQ: the language server did not start: ${reason}`);
      void vscode.window.showErrorMessage(`PR/FAQ: the language server did not start: ${reason}`);
    });
  };
  startWhenPrfaqOpens(context, start, () => client !== undefined);
  context.subscriptions.push(
    ...['prfaq.openPreview', 'prfaq.openPreviewToSide', 'prfaq.exportHtml', 'prfaq.exportDocx'].map((id) =>
      vscode.commands.registerCommand(id, () => vscode.window.showInformationMessage('PR/FAQ: the paginated preview and the exports are available in desktop VS Code; problems and quick fixes work here.')),
    ),
    vscode.commands.registerCommand('prfaq.newPrfaq', (options?: NewPrfaqOptions) => newPrfaq(options)),
  );
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await (await running)?.stop();
}

async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  // Read before starting, so the first check of each document already uses its rc file.
  const rcFiles = await readAllRcFiles();
  const worker = await startServerWorker(context.extensionUri);
  const watcher = vscode.workspace.createFileSystemWatcher(RC_GLOB);
  const status = new BudgetStatus(vscode.window.createStatusBarItem('prfaq.budget', vscode.StatusBarAlignment.Right, 100));
  status.setClickCommand('workbench.actions.view.problems');
  const stats = new Map<string, StatsParams>();
  const refresh = () => status.show(stats.get(vscode.window.activeTextEditor?.document.uri.toString() ?? ''));
  const clientOptions: LanguageClientOptions = {
    documentSelector: CLIENT_LANGUAGES.map((language) => ({ language })),
    synchronize: { configurationSection: 'prfaq' },
    // postMessage clones with the structured clone algorithm, which rejects the functions of a WorkspaceConfiguration: send plain data.
    initializationOptions: { prfaq: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('prfaq'))) as unknown, rcFiles },
    outputChannelName: 'PR/FAQ',
  };
  const languageClient = new LanguageClient('prfaq', 'PR/FAQ', worker, clientOptions);
  const sendRcFile = async (uri: vscode.Uri, deleted = false) => {
    const files: RcFilesParams['files'] = { [uri.toString()]: deleted ? null : await readText(uri) };
    await languageClient.sendNotification(RC_FILES_NOTIFICATION, { files });
  };
  context.subscriptions.push(
    watcher,
    status,
    watcher.onDidCreate((uri) => sendRcFile(uri)),
    watcher.onDidChange((uri) => sendRcFile(uri)),
    watcher.onDidDelete((uri) => sendRcFile(uri, true)),
    languageClient.onNotification(STATS_NOTIFICATION, (params: StatsParams) => {
      stats.set(params.uri, params);
      refresh();
    }),
    languageClient.onNotification(DOCUMENT_STATE_NOTIFICATION, (params: DocumentStateParams) => {
      if (!params.checked) stats.delete(params.uri);
      refresh();
    }),
    vscode.window.onDidChangeActiveTextEditor(refresh),
  );
  await languageClient.start();
  return languageClient;
}

/**
 * The worker for dist/web/server.js. VS Code refuses `new Worker` for vscode-remote: URLs (an extension served by a
 * remote, as in code-server), so there the script is read through the workspace file system and started from a blob.
 */
async function startServerWorker(extensionUri: vscode.Uri): Promise<ServerWorker> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist/web/server.js');
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const code = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
}

async function readAllRcFiles(): Promise<RcFilesParams['files']> {
  const uris = await vscode.workspace.findFiles(RC_GLOB, '**/node_modules/**', 200);
  const files: RcFilesParams['files'] = {};
  for (const uri of uris) files[uri.toString()] = await readText(uri);
  return files;
}

/** An unreadable rc file is sent as empty text, which the server reports as invalid JSON on that file. */
async function readText(uri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return '';
  }
}
