// A proxy for extension activation: load dist/client.js with a stub `vscode` module and time require +
// activate() with no PR/FAQ open. The real editor adds its own extension-host overhead, not counted here.
import Module from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const noop = () => ({ dispose() {} });

function vscodeStub(): unknown {
  return {
    workspace: { onDidOpenTextDocument: noop, onDidChangeTextDocument: noop, textDocuments: [], getConfiguration: () => ({ get: () => undefined }) },
    commands: { registerCommand: noop, executeCommand: async () => undefined },
    window: { showInformationMessage: async () => undefined, showErrorMessage: async () => undefined, activeTextEditor: undefined, registerWebviewPanelSerializer: noop },
    languages: { setTextDocumentLanguage: async () => undefined },
    Disposable: class { dispose() {} },
  };
}

/** Milliseconds for require(dist/client.js) + activate(), in a fresh module cache. */
export function measureActivation(root: string): number {
  const clientJs = path.join(root, 'dist', 'client.js');
  const stub = vscodeStub();
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = (request, ...rest) => (request === 'vscode' ? stub : original(request, ...rest));
  try {
    delete require.cache[require.resolve(clientJs)];
    const t0 = performance.now();
    const client = require(clientJs) as { activate(context: unknown): unknown };
    client.activate({ subscriptions: [], extensionPath: root, extensionUri: { fsPath: root } });
    return performance.now() - t0;
  } finally {
    loader._load = original;
  }
}
