// The real client (dist/client-main.js), loaded by extension.ts once a PR/FAQ is open: starts the language server,
// keeps the status bar in step with the server's figures and hosts the preview. The one module of the real client that
// touches VS Code's global singletons (window, workspace, commands); the parts it wires up receive what they need.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { DOCUMENT_STATE_NOTIFICATION, STATS_NOTIFICATION } from '../../server/src/protocol';
import type { DocumentStateParams, StatsParams } from '../../server/src/protocol';
import type { RunningClient } from './api';
import { BudgetStatus } from './statusBar';
import { loadPreview } from './previewLoader';
import type { PreviewHandle } from './previewLoader';

export function startClient(context: vscode.ExtensionContext): RunningClient {
  const client = createLanguageClient(context);
  const stats = new Map<string, StatsParams>();
  const status = new BudgetStatus(vscode.window.createStatusBarItem('prfaq.budget', vscode.StatusBarAlignment.Right, 100));
  // With a webview (the preview) focused there is no active text editor: the figures of a visible PR/FAQ stay up.
  const statsOnScreen = () => {
    const active = vscode.window.activeTextEditor;
    if (active) return stats.get(active.document.uri.toString());
    return vscode.window.visibleTextEditors.map((e) => stats.get(e.document.uri.toString())).find(Boolean);
  };
  const refresh = () => status.show(statsOnScreen());

  let preview: PreviewHandle | undefined;
  context.subscriptions.push(
    // Registered before start so the first figures are not missed.
    client.onNotification(STATS_NOTIFICATION, (params: StatsParams) => { stats.set(params.uri, params); refresh(); }),
    client.onNotification(DOCUMENT_STATE_NOTIFICATION, (params: DocumentStateParams) => {
      if (!params.checked) stats.delete(params.uri);
      refresh();
    }),
  );
  const ready = client.start().then(() => {
    preview = loadPreview(context, client, (message) => client.outputChannel.appendLine(message));
    status.setClickCommand(preview ? 'prfaq.openPreview' : 'workbench.actions.view.problems');
    if (preview) context.subscriptions.push(preview);
  });

  context.subscriptions.push(
    status,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.window.onDidChangeVisibleTextEditors(refresh),
    vscode.workspace.onDidCloseTextDocument((doc) => { stats.delete(doc.uri.toString()); refresh(); }),
  );

  return {
    statusBarText: () => status.visibleText(),
    lastStats: (uri) => stats.get(uri),
    previewHtmlFor: (uri) => preview?.previewHtmlFor(uri),
    ready,
    dispose: () => client.stop(),
  };
}

function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Every Markdown file is sent; the server checks only those that are PR/FAQs (file name or `prfaq: true`).
    documentSelector: [{ language: 'prfaq' }, { language: 'markdown' }],
    synchronize: {
      configurationSection: 'prfaq',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.prfaqrc.json'),
    },
    // For servers that cannot pull settings through workspace/configuration.
    initializationOptions: { prfaq: vscode.workspace.getConfiguration('prfaq') },
    outputChannelName: 'PR/FAQ',
    // A server that dies is restarted, at most 4 times in 3 minutes (the library's default, stated here so
    // it stays bounded); after that the client stops and says so in the output channel.
    connectionOptions: { maxRestartCount: 4 },
  };
  // Client id `prfaq` makes the library honour the `prfaq.trace.server` setting.
  return new LanguageClient('prfaq', 'PR/FAQ', serverOptions, clientOptions);
}
