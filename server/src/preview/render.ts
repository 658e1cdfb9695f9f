// The preview renderer: a checked PR/FAQ in, one HTML page out. Pure (no vscode, no fs), shared by
// the language server (webview preview) and the CLI (`prfaq render`, export).
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root as MdastRoot } from 'mdast';
import type { CheckResult } from '../core/types';

export interface RenderOptions {
  paper?: 'letter' | 'a4';
  theme?: 'light' | 'dark' | 'paper' | 'auto';
  forWebview?: { nonce: string; cspSource: string; baseUri: string };
  standalone?: boolean;
  title?: string;
}

const processor = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeStringify);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderHtml(result: CheckResult, options: RenderOptions = {}): string {
  const tree = structuredClone(result.model.tree) as MdastRoot;
  const body = processor.stringify(processor.runSync(tree));
  const title = escapeHtml(options.title ?? 'PR/FAQ preview');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><main id="prfaq-source">${body}</main></body></html>`;
}
