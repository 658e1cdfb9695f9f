// The preview renderer: a checked PR/FAQ in, one HTML page out. Pure (no vscode, no fs), shared by
// the language server (webview preview) and the CLI (`prfaq render`, export).
import { createHash } from 'node:crypto';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import type { CheckResult } from '../core/types';
import { describeReadability, readabilityOf } from '../core/style/readability';
import { isEnglish } from '../core/style/prose';
import { markdownToSafeHast } from './toHast';
import { eachBlock, startLine, topBlocks, wrapLooseInline } from './hast';
import { decorateRelease } from './release';
import { decorateFaq } from './faq';
import { decorateFindings } from './findings';
import { previewCss, type Paper } from './styles';
import { PAGE_SCRIPT, PAGE_SCRIPT_SHA256 } from 'virtual:prfaq-page-script';
import { statsBar } from './stats';

export interface RenderOptions {
  paper?: 'letter' | 'a4';
  theme?: 'light' | 'dark' | 'paper' | 'auto';
  forWebview?: { nonce: string; cspSource: string; baseUri: string };
  standalone?: boolean;
  title?: string;
}

function escapeAttr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Every block gets its source line, for scroll sync and click-to-reveal. */
function addSourceLines(root: Root): void {
  eachBlock(root, (node) => {
    const line = startLine(node);
    if (line !== undefined) node.properties.dataLine = line;
  });
}

function markReleaseEnd(root: Root, result: CheckResult): void {
  const range = result.model.pressReleaseRange;
  if (!range) return;
  const inRelease = topBlocks(root).filter((b) => {
    const line = startLine(b);
    return line !== undefined && line >= range.start.line && line <= range.end.line;
  });
  const last = inRelease[inRelease.length - 1];
  if (last) last.properties.dataPrEnd = '';
}

/** Release paragraphs and FAQ answers carry their readability as a tooltip (English documents). */
function markReadability(root: Root, result: CheckResult): void {
  if (!isEnglish(result.model)) return;
  const byLine = new Map(readabilityOf(result.model).map((u) => [u.range.start.line, u.scores]));
  if (byLine.size === 0) return;
  eachBlock(root, (node) => {
    // Plain release paragraphs and FAQ answers; headline, subheading, quotes and labels are set apart already.
    const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
    const plain = classes.length === 0 || classes.includes('faq-a');
    const scores = node.tagName === 'p' && plain ? byLine.get(startLine(node) ?? -1) : undefined;
    if (!scores) return;
    const text = describeReadability(scores);
    node.properties.title = text.charAt(0).toUpperCase() + text.slice(1);
    node.properties.dataReadability = String(Math.round(scores.ease));
  });
}

/**
 * The document as the preview reads it: a sanitized HTML tree whose blocks carry their roles (headline,
 * dateline, quotes, FAQ questions and answers, placeholders, missing-section boxes) as classes. The page
 * and the Word export (server/src/export) are both made from it.
 */
export function decoratedTree(result: CheckResult): Root {
  const root = markdownToSafeHast(result.model.tree);
  wrapLooseInline(root);
  addSourceLines(root);
  decorateFindings(root, result);
  decorateRelease(root, result.model);
  decorateFaq(root, result.model);
  markReleaseEnd(root, result);
  markReadability(root, result);
  return root;
}

/** The document body as sanitized, decorated HTML (no page chrome). */
export function renderBody(result: CheckResult): string {
  return toHtml(decoratedTree(result));
}

/** A front matter value as text (`title`, `date`; a YAML date becomes YYYY-MM-DD), or null. */
export function frontMatterText(result: CheckResult, key: string): string | null {
  const value = result.model.frontMatter?.data?.[key];
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if ((typeof value === 'string' || typeof value === 'number') && String(value).trim()) return String(value).trim();
  return null;
}

function titleOf(result: CheckResult, options: RenderOptions): string {
  if (options.title) return options.title;
  const fm = frontMatterText(result, 'title');
  if (fm) return fm;
  const heading = result.model.headings[0]?.text;
  return heading ? `${heading} (PR/FAQ)` : 'PR/FAQ preview';
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

function head(result: CheckResult, options: RenderOptions, css: string): string {
  const web = options.forWebview;
  const csp = web
    ? `default-src 'none'; img-src ${web.cspSource} https: data:; style-src ${web.cspSource} 'nonce-${web.nonce}'; script-src 'nonce-${web.nonce}'; font-src ${web.cspSource}; base-uri ${web.cspSource}; form-action 'none'`
    : `default-src 'none'; img-src 'self' https: data: file:; style-src 'sha256-${sha256(css)}'; script-src 'sha256-${PAGE_SCRIPT_SHA256}'; base-uri 'none'; form-action 'none'`;
  const nonce = web ? ` nonce="${escapeAttr(web.nonce)}"` : '';
  return [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    web ? `<base href="${escapeAttr(web.baseUri)}">` : '',
    `<title>${escapeAttr(titleOf(result, options))}</title>`,
    `<style${nonce}>${css}</style>`,
  ].join('\n');
}

/**
 * The whole preview page. For the webview pass `forWebview` (its nonce and CSP source); for export
 * (`standalone`) the page is self-contained: inline CSS and script pinned by hash in the CSP.
 */
export function renderHtml(result: CheckResult, options: RenderOptions = {}): string {
  const paper: Paper = options.paper ?? 'letter';
  const theme = options.theme ?? (options.forWebview ? 'auto' : 'light');
  const css = previewCss(paper);
  const nonce = options.forWebview ? ` nonce="${escapeAttr(options.forWebview.nonce)}"` : '';
  const budgets = result.config.budgets;
  const lang = escapeAttr(result.model.lang || 'en');
  return `<!DOCTYPE html>
<html lang="${lang}" data-theme="${theme}" data-paper="${paper}" data-release-pages="${budgets.pressRelease}" data-total-pages="${budgets.total}">
<head>
${head(result, options, css)}
</head>
<body>
${statsBar(result)}
<main id="prfaq-source" class="doc">
${renderBody(result)}
</main>
<div id="prfaq-pages"></div>
<script${nonce}>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
