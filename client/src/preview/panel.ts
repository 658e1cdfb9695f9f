// One preview panel: asks the language server for the page, keeps it live, syncs scrolling both ways.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RENDER_REQUEST, type RenderParams, type RenderResult } from '../../../server/src/protocol';
import { openPreviewLink } from './links';

const UPDATE_DELAY_MS = 250;
/** The webview type; package.json activates the extension on `onWebviewPanel:prfaq.preview` to restore it. */
export const PREVIEW_VIEW_TYPE = 'prfaq.preview';

type FromWebview = { type: 'ready' } | { type: 'reveal-line'; line: number } | { type: 'open-link'; href: string };

export interface PreviewSettings {
  paper: 'letter' | 'a4';
  theme: 'light' | 'dark' | 'paper' | 'auto';
}

export function previewSettings(uri: vscode.Uri): PreviewSettings {
  const config = vscode.workspace.getConfiguration('prfaq.preview', uri);
  const paper = config.get<string>('paper');
  const theme = config.get<string>('theme');
  return {
    paper: paper === 'a4' ? 'a4' : 'letter',
    theme: theme === 'light' || theme === 'dark' || theme === 'paper' ? theme : 'auto',
  };
}

export class PreviewPanel implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private readonly nonce = randomBytes(18).toString('base64');
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private requestSeq = 0;
  /** True once the page's script has said it is listening: updates can then be posted instead of reloading. */
  private webviewReady = false;
  /** The page set as webview.html; VS Code reloads it whenever a hidden panel is shown again. */
  private loadedHtml: string | undefined;
  private loadedKey = '';
  lastHtml: string | undefined;

  constructor(
    private readonly client: LanguageClient,
    private readonly extensionUri: vscode.Uri,
    public documentUri: vscode.Uri,
    column: vscode.ViewColumn,
    private readonly onDispose: () => void,
    /** A panel VS Code restored after a window reload (the serializer), instead of a new one. */
    restored?: vscode.WebviewPanel,
  ) {
    this.panel = restored ?? vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, this.title(), { viewColumn: column, preserveFocus: true }, this.webviewOptions());
    if (restored) {
      restored.title = this.title();
      restored.webview.options = this.webviewOptions();
    }
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      // Messages to a hidden webview are dropped, and showing it may reload the page from webview.html:
      // bring it up to date now, and again when the reloaded page says 'ready'.
      this.panel.onDidChangeViewState(() => {
        if (this.panel.visible && this.webviewReady && this.lastHtml) void this.panel.webview.postMessage({ type: 'update', html: this.lastHtml });
      }),
      this.panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
    );
  }

  private title(): string {
    const name = this.documentUri.path.split('/').pop() ?? 'PR/FAQ';
    return `Preview ${name}`;
  }

  private documentFolder(): vscode.Uri {
    return vscode.Uri.joinPath(this.documentUri, '..');
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    // Scripts run only with our nonce (the page's CSP); resources only from the extension and the document's folder.
    return { enableScripts: true, enableCommandUris: false, localResourceRoots: [this.extensionUri, this.documentFolder()] };
  }

  /**
   * Shows another document in this panel, if the server checks it (it answers with a page); otherwise
   * the panel stays on the document it showed. Returns whether the panel now shows `uri`.
   */
  async follow(uri: vscode.Uri): Promise<boolean> {
    if (uri.toString() === this.documentUri.toString()) return this.refresh();
    const previous = { uri: this.documentUri, key: this.loadedKey };
    this.switchTo(uri, '');
    if (await this.refresh()) return true;
    this.switchTo(previous.uri, previous.key);
    return false;
  }

  private switchTo(uri: vscode.Uri, loadedKey: string): void {
    this.documentUri = uri;
    this.loadedKey = loadedKey;
    this.panel.title = this.title();
    this.panel.webview.options = this.webviewOptions();
  }

  scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), UPDATE_DELAY_MS);
  }

  /** Renders now. Answers that arrive after a newer request was sent are dropped. */
  async refresh(): Promise<boolean> {
    const seq = ++this.requestSeq;
    const settings = previewSettings(this.documentUri);
    const webview = this.panel.webview;
    const params: RenderParams = {
      uri: this.documentUri.toString(),
      ...settings,
      forWebview: { nonce: this.nonce, cspSource: webview.cspSource, baseUri: `${webview.asWebviewUri(this.documentFolder()).toString()}/` },
    };
    let result: RenderResult | null;
    try {
      result = await this.client.sendRequest<RenderResult | null>(RENDER_REQUEST, params);
    } catch (e) {
      this.client.outputChannel.appendLine(`PR/FAQ preview: render failed: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
    if (seq !== this.requestSeq || !result) return result !== null;
    this.show(result.html, `${this.documentUri.toString()}|${settings.paper}|${settings.theme}`);
    return true;
  }

  private show(html: string, key: string): void {
    this.lastHtml = html;
    if (key !== this.loadedKey) {
      // A new document or new paper/theme needs a fresh page (CSS and base change); the script restores the scroll.
      this.loadedKey = key;
      this.webviewReady = false;
      this.loadedHtml = html;
      this.panel.webview.html = html;
    } else if (this.webviewReady) {
      void this.panel.webview.postMessage({ type: 'update', html });
    }
    // Otherwise the page is (re)loading: its 'ready' message brings it up to date.
  }

  scrollToLine(line: number): void {
    if (this.webviewReady) void this.panel.webview.postMessage({ type: 'scroll-to-line', line });
  }

  private onMessage(message: FromWebview): void {
    if (message.type === 'ready') {
      this.webviewReady = true;
      if (this.lastHtml && this.lastHtml !== this.loadedHtml) void this.panel.webview.postMessage({ type: 'update', html: this.lastHtml });
    } else if (message.type === 'reveal-line' && Number.isInteger(message.line)) {
      void this.revealLine(message.line);
    } else if (message.type === 'open-link' && typeof message.href === 'string') {
      void openPreviewLink(message.href, this.documentUri);
    }
  }

  /** Click in the preview: put the cursor on that source line, in the editor already showing it if any. */
  private async revealLine(line: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.documentUri.toString());
    const editor = visible ?? (await vscode.window.showTextDocument(this.documentUri, { viewColumn: vscode.ViewColumn.One, preserveFocus: false }));
    const position = new vscode.Position(Math.max(0, Math.min(line - 1, editor.document.lineCount - 1)), 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    if (visible) await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  }

  dispose(): void {
    clearTimeout(this.timer);
    while (this.disposables.length) this.disposables.pop()?.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}
