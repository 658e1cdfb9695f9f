// The document for export: the preview's reading of the release (server/src/preview: headline, dateline,
// quotes, FAQ questions and answers, placeholders) as plain data, in reading order. The Word writer
// (docx.ts) turns it into a .docx; it is plain JSON so the language server can hand it to the client.
import type { Element, ElementContent, Root } from 'hast';
import type { CheckResult } from '../core/types';
import { hasClass, isElement, isHeading, textOf } from '../preview/hast';
import { isPartLabel } from '../preview/labels';
import { decoratedTree, frontMatterText } from '../preview/render';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  superscript?: boolean;
  subscript?: boolean;
  /** A leftover placeholder: highlighted, as in the preview. */
  placeholder?: boolean;
  /** http, https or mailto. */
  link?: string;
  /** A line break before this run's text. */
  break?: boolean;
  /** An image: embedded by the writer when its bytes are given (images.ts), else `text` ("[Image: alt]") stands in. */
  image?: { src: string; alt: string };
}

export type ParagraphRole =
  | 'release-line' // FOR IMMEDIATE RELEASE
  | 'headline'
  | 'subheadline'
  | 'heading'
  | 'question'
  | 'answer'
  | 'quote'
  | 'body'
  | 'code';

export interface ParagraphBlock {
  type: 'paragraph';
  role: ParagraphRole;
  /** Outline level of a heading: 1 parts (FAQ, appendix), 2 release sections, 3 below. */
  level?: 1 | 2 | 3;
  faq?: 'external' | 'internal';
  runs: Run[];
  /** A list item: its nesting level (0 outermost) and kind; `list` numbers one list (numbering restarts per list). */
  list?: { ordered: boolean; level: number; list: number; start: number };
  /** Indent in list levels for text that continues a list item or sits in a definition. */
  indent?: number;
}

export interface TableBlock {
  type: 'table';
  /** Rows of cells of runs; the first row is the header when `header`. */
  rows: Run[][][];
  header: boolean;
}

export type Block = ParagraphBlock | TableBlock | { type: 'rule' };

export interface ExportDocument {
  title: string;
  /** Front matter `date`, as written. */
  date: string | null;
  lang: string;
  blocks: Block[];
}

type Marks = Omit<Run, 'text' | 'break'>;

const SAFE_LINK = /^(https?:|mailto:)/i;
const SKIPPED = ['pr-missing', 'faq-badge', 'sr-only'];

function skipped(node: Element): boolean {
  return SKIPPED.some((name) => hasClass(node, name)) || node.properties.dataFootnoteBackref !== undefined;
}

function faqKind(node: Element): 'external' | 'internal' | undefined {
  if (hasClass(node, 'faq-internal')) return 'internal';
  if (hasClass(node, 'faq-external')) return 'external';
  return undefined;
}

const INLINE_MARKS: Record<string, Marks> = {
  strong: { bold: true }, b: { bold: true }, em: { italic: true }, i: { italic: true }, del: { strike: true }, s: { strike: true },
  code: { code: true }, kbd: { code: true }, sup: { superscript: true }, sub: { subscript: true },
};

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'hr', 'div', 'dl', 'dt', 'dd', 'details', 'summary', 'section', 'figure', 'figcaption', 'address', 'article', 'aside', 'header', 'footer']);

function isBlockElement(node: ElementContent): node is Element {
  return isElement(node) && BLOCK_TAGS.has(node.tagName);
}

/** The runs of inline content, whitespace collapsed as HTML shows it. */
function inlineRuns(nodes: ElementContent[], marks: Marks = {}, out: Run[] = []): Run[] {
  for (const node of nodes) {
    if (node.type === 'text') {
      const value = node.value.replace(/\s+/g, ' ');
      if (value) out.push({ text: value, ...marks });
    } else if (isElement(node)) {
      if (skipped(node)) continue;
      if (node.tagName === 'br') out.push({ text: '', break: true, ...marks });
      else if (node.tagName === 'img') {
        const alt = String(node.properties.alt ?? '').trim();
        const src = String(node.properties.src ?? '');
        out.push({ text: alt ? `[Image: ${alt}]` : '[Image]', ...marks, italic: true, ...(src ? { image: { src, alt } } : {}) });
      } else if (node.tagName === 'input' && node.properties.type === 'checkbox') out.push({ text: node.properties.checked ? '☒ ' : '☐ ', ...marks });
      else if (node.tagName === 'mark' && hasClass(node, 'placeholder')) inlineRuns(node.children, { ...marks, placeholder: true }, out);
      else if (node.tagName === 'a') {
        const href = String(node.properties.href ?? '');
        inlineRuns(node.children, SAFE_LINK.test(href) ? { ...marks, link: href } : marks, out);
      } else if (hasClass(node, 'pr-dateline') || hasClass(node, 'pr-attribution')) inlineRuns(node.children, { ...marks, bold: true }, out);
      else inlineRuns(node.children, { ...marks, ...INLINE_MARKS[node.tagName] }, out);
    }
  }
  return out;
}

/** Trims the paragraph's outer spaces and drops empty runs. */
function tidy(runs: Run[]): Run[] {
  const kept = runs.filter((r) => r.text !== '' || r.break);
  while (kept[0]?.break) kept.shift();
  if (kept[0]) kept[0] = { ...kept[0], text: kept[0].text.trimStart() };
  const last = kept.length - 1;
  if (kept[last]) kept[last] = { ...kept[last]!, text: kept[last]!.text.trimEnd() };
  return kept.filter((r) => r.text !== '' || r.break);
}

interface Context {
  role: ParagraphRole;
  faq?: 'external' | 'internal';
  indent: number;
  listLevel: number;
}

class OutlineWriter {
  readonly blocks: Block[] = [];
  private lists = 0;

  paragraph(runs: Run[], role: ParagraphRole, extra: Partial<ParagraphBlock> = {}): void {
    const kept = tidy(runs);
    if (kept.length === 0) return;
    this.blocks.push({ type: 'paragraph', role, runs: kept, ...extra });
  }

  /** A block and what it holds; inline runs between nested blocks become paragraphs of `ctx.role`. */
  block(node: Element, ctx: Context): void {
    if (skipped(node)) return;
    const faq = faqKind(node) ?? ctx.faq;
    const base = { faq, ...(ctx.indent ? { indent: ctx.indent } : {}) };
    if (hasClass(node, 'faq-q')) return this.question(node, { ...ctx, faq });
    if (isHeading(node)) return this.heading(node, { ...ctx, faq });
    if (hasClass(node, 'pr-release-line')) return this.paragraph(inlineRuns(node.children), 'release-line');
    if (hasClass(node, 'pr-subheadline')) return this.paragraph(inlineRuns(node.children), 'subheadline');
    const role: ParagraphRole = hasClass(node, 'pr-quote') || node.tagName === 'blockquote' ? 'quote' : hasClass(node, 'faq-a') ? 'answer' : ctx.role;
    switch (node.tagName) {
      case 'p':
      case 'dt':
      case 'summary':
      case 'figcaption':
        return this.paragraph(inlineRuns(node.children, node.tagName === 'dt' ? { bold: true } : {}), role, base);
      case 'pre':
        return this.paragraph(codeRuns(node), 'code', base);
      case 'hr':
        this.blocks.push({ type: 'rule' });
        return;
      case 'table':
        this.blocks.push(tableOf(node));
        return;
      case 'ul':
      case 'ol':
        return this.list(node, { ...ctx, role, faq });
      case 'dd':
        return this.mixed(node.children, { ...ctx, role, faq, indent: ctx.indent + 1 });
      default:
        return this.mixed(node.children, { ...ctx, role, faq });
    }
  }

  /** Children that mix inline content and blocks (a div, a loose list item, a blockquote). */
  mixed(children: ElementContent[], ctx: Context, first?: (runs: Run[]) => void): void {
    let run: ElementContent[] = [];
    let pendingFirst = first;
    const flush = (): void => {
      const runs = tidy(inlineRuns(run));
      run = [];
      if (runs.length === 0) return;
      if (pendingFirst) {
        pendingFirst(runs);
        pendingFirst = undefined;
        return;
      }
      this.paragraph(runs, ctx.role, { faq: ctx.faq, ...(ctx.indent ? { indent: ctx.indent } : {}) });
    };
    for (const child of children) {
      if (isBlockElement(child)) {
        flush();
        if (pendingFirst && child.tagName === 'p' && !hasClass(child, 'faq-q')) {
          const runs = tidy(inlineRuns(child.children));
          pendingFirst(runs.length ? runs : [{ text: '' }]);
          pendingFirst = undefined;
          continue;
        }
        // An item that opens with a nested list or code still shows its own bullet first.
        if (pendingFirst) pendingFirst([{ text: '' }]);
        pendingFirst = undefined;
        this.block(child, ctx);
      } else run.push(child);
    }
    flush();
    // An empty item still shows its bullet.
    if (pendingFirst) pendingFirst([{ text: '' }]);
  }

  list(node: Element, ctx: Context): void {
    const ordered = node.tagName === 'ol';
    const list = ++this.lists;
    const start = Number(node.properties.start ?? 1) || 1;
    const level = Math.min(ctx.listLevel, 8);
    for (const item of node.children) {
      if (!isElement(item) || item.tagName !== 'li' || skipped(item)) continue;
      const faq = faqKind(item) ?? ctx.faq;
      const role: ParagraphRole = hasClass(item, 'faq-a') ? 'answer' : ctx.role;
      if (hasClass(item, 'faq-q')) {
        this.question(item, { ...ctx, faq });
        continue;
      }
      const inner: Context = { role, faq, indent: level + 1, listLevel: level + 1 };
      this.mixed(item.children, inner, (runs) => {
        this.blocks.push({ type: 'paragraph', role, faq, runs, list: { ordered, level, list, start } });
      });
    }
  }

  heading(node: Element, ctx: Context): void {
    const runs = inlineRuns(node.children);
    if (hasClass(node, 'pr-headline')) return this.paragraph(runs, 'headline');
    if (hasClass(node, 'pr-subheadline')) return this.paragraph(runs, 'subheadline');
    const depth = Number(node.tagName.slice(1));
    let level: 1 | 2 | 3 = depth <= 1 ? 1 : depth === 2 ? 2 : 3;
    // The FAQ parts and containers ("External FAQ", "Press Release", "Appendix") open a part; a release section label sits under it.
    if (hasClass(node, 'faq-heading') || isPartLabel(textOf(node))) level = 1;
    else if (hasClass(node, 'section-label')) level = 2;
    this.paragraph(runs, 'heading', { level, ...(ctx.faq ? { faq: ctx.faq } : {}) });
  }

  /** A question, and an answer written on its own line (`**Q?** Answer`) as the paragraph after it. */
  question(node: Element, ctx: Context): void {
    const faq = faqKind(node) ?? ctx.faq;
    const children = node.children;
    const firstBlock = children.findIndex(isBlockElement);
    const inline = firstBlock < 0 ? children : children.slice(0, firstBlock);
    const rest = firstBlock < 0 ? [] : children.slice(firstBlock);
    const lead = inline.findIndex((c) => !(c.type === 'text' && c.value.trim() === ''));
    const leadNode = inline[lead];
    const boldLead = !isHeading(node) && isElement(leadNode) && ['strong', 'b'].includes(leadNode.tagName);
    const questionPart = boldLead ? [leadNode] : inline;
    const answerPart = boldLead ? inline.slice(lead + 1) : [];
    this.paragraph(inlineRuns(questionPart), 'question', { faq });
    this.paragraph(inlineRuns(answerPart), 'answer', { faq });
    this.mixed(rest, { ...ctx, role: 'answer', faq });
  }
}

function codeRuns(node: Element): Run[] {
  return textOf(node).replace(/\n$/, '').split('\n').map((line, i) => ({ text: line, code: true, ...(i > 0 ? { break: true } : {}) }));
}

function tableOf(node: Element): TableBlock {
  const rows: Run[][][] = [];
  let header = false;
  const visit = (parent: Element): void => {
    for (const child of parent.children) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') {
        const cells = child.children.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th');
        if (rows.length === 0 && cells.length > 0 && cells.every((c) => c.tagName === 'th')) header = true;
        rows.push(cells.map((c) => tidy(inlineRuns(c.children, c.tagName === 'th' ? { bold: true } : {}))));
      } else visit(child);
    }
  };
  visit(node);
  return { type: 'table', rows, header };
}

/** The blocks of a decorated preview tree, in reading order. */
export function outlineOf(root: Root): Block[] {
  const writer = new OutlineWriter();
  for (const child of root.children) if (isElement(child)) writer.block(child, { role: 'body', indent: 0, listLevel: 0 });
  return writer.blocks;
}

/** A checked PR/FAQ as a document to export: the preview's content and order, without findings. */
export function exportDocument(result: CheckResult): ExportDocument {
  const blocks = outlineOf(decoratedTree(result));
  const headline = blocks.find((b): b is ParagraphBlock => b.type === 'paragraph' && b.role === 'headline');
  const title = frontMatterText(result, 'title') ?? (headline ? headline.runs.map((r) => r.text).join('') : result.model.headings[0]?.text) ?? 'PR/FAQ';
  return { title, date: frontMatterText(result, 'date'), lang: result.model.lang || 'en', blocks };
}
