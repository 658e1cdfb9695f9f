// The webview's side of the preview: talks to VS Code (scroll sync, click to reveal a line, links, live
// updates, the scroll position kept across reloads). The exported page has no VS Code and skips all of it.
import type { Anchor, Layout } from './layout';

/** What acquireVsCodeApi() returns inside a VS Code webview (the three calls the preview makes). */
export interface VsCodeApi {
  postMessage(message: PageToEditor): void;
  getState(): unknown;
  setState(state: Anchor): void;
}

/** Messages the page sends to the extension (client/src/preview/panel.ts). */
export type PageToEditor =
  | { type: 'ready' }
  | { type: 'open-link'; href: string }
  | { type: 'reveal-line'; line: number };

/** Messages the extension sends to the page. */
export type EditorToPage =
  | { type: 'update'; html: string }
  | { type: 'scroll-to-line'; line: number };

/** Reads a message from the extension; anything else is ignored. */
export function readMessage(data: unknown): EditorToPage | null {
  if (!data || typeof data !== 'object') return null;
  const message = data as Record<string, unknown>;
  if (message.type === 'update' && typeof message.html === 'string') return { type: 'update', html: message.html };
  if (message.type === 'scroll-to-line' && typeof message.line === 'number') return { type: 'scroll-to-line', line: message.line };
  return null;
}

/** The saved scroll position, when it is one. */
export function savedAnchor(state: unknown): Anchor | null {
  if (!state || typeof state !== 'object') return null;
  const { line, nth, top } = state as Record<string, unknown>;
  if (typeof line !== 'number' || !line) return null;
  return { line, nth: typeof nth === 'number' ? nth : 0, top: typeof top === 'number' ? top : 0 };
}

/** Wires `layout` to VS Code: call once, after the first layout. */
export function connectToEditor(vscode: VsCodeApi, layout: Layout, doc: Document, win: Window): void {
  doc.addEventListener('click', (event) => {
    if (event.defaultPrevented) return; // an in-page link, followed by main.ts
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest('a[href]');
    if (link) {
      // The webview never navigates: VS Code opens the link.
      event.preventDefault();
      vscode.postMessage({ type: 'open-link', href: link.getAttribute('href') ?? '' });
      return;
    }
    const selection = win.getSelection();
    if (selection && !selection.isCollapsed) return;
    const block = target?.closest('[data-line]');
    if (block) vscode.postMessage({ type: 'reveal-line', line: Number(block.getAttribute('data-line')) });
  });

  win.addEventListener('message', (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (message?.type === 'update') layout.update(message.html);
    else if (message?.type === 'scroll-to-line') layout.scrollToLine(message.line, layout.headerHeight());
  });

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  win.addEventListener('scroll', () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      const anchor = layout.topVisible();
      if (anchor) vscode.setState(anchor);
    }, 200);
  });

  const saved = savedAnchor(vscode.getState());
  if (saved) layout.scrollToLine(saved.line, saved.top, saved.nth);
  vscode.postMessage({ type: 'ready' });
}
