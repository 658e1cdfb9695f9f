import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root, RootContent } from 'mdast';
import { findHazards, type Hazard } from './hazards';

/**
 * GFM is five micromark extensions (what remark-gfm loads, in its order). Each costs time in every text it
 * is loaded for (the autolink literal tries an e-mail address at every word), and none can match a text
 * without its trigger: an e-mail literal needs `@`, the others `www.` or `http(s):`; a footnote `[^`;
 * strikethrough `~`; a table's delimiter row a pipe or an alignment colon next to a dash; a task list item
 * `[` before a space, tab, line ending or x. So each text is parsed with only the extensions whose trigger
 * it contains: the same tree as with all of GFM (test/unit/parseGfm.test.ts), in about 60% of the time.
 */
const GFM: Array<{ trigger: RegExp; syntax: ReturnType<typeof gfmTable>; mdast: ReturnType<typeof gfmTableFromMarkdown> }> = [
  { trigger: /@|www\.|https?:/i, syntax: gfmAutolinkLiteral(), mdast: gfmAutolinkLiteralFromMarkdown() },
  { trigger: /\[\^/, syntax: gfmFootnote(), mdast: gfmFootnoteFromMarkdown() },
  { trigger: /~/, syntax: gfmStrikethrough(), mdast: gfmStrikethroughFromMarkdown() },
  { trigger: /\||:-|-:/, syntax: gfmTable(), mdast: gfmTableFromMarkdown() },
  { trigger: /\[[ \t\r\nxX]/, syntax: gfmTaskListItem(), mdast: gfmTaskListItemFromMarkdown() },
];

/** One frozen processor per set of GFM extensions (a bit mask over GFM), made when first needed. */
const processors = new Map<number, Processor<Root>>();

function processorFor(text: string): Processor<Root> {
  let mask = 0;
  for (let i = 0; i < GFM.length; i++) if (GFM[i].trigger.test(text)) mask |= 1 << i;
  let processor = processors.get(mask);
  if (!processor) {
    const chosen = GFM.filter((_, i) => mask & (1 << i));
    processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(function gfmSubset() {
        const data = this.data();
        (data.micromarkExtensions ??= []).push(...chosen.map((e) => e.syntax));
        (data.fromMarkdownExtensions ??= []).push(...chosen.map((e) => e.mdast));
      })
      .freeze() as unknown as Processor<Root>;
    processors.set(mask, processor);
  }
  return processor;
}

/**
 * Markdown text → mdast (CommonMark + GFM + YAML front matter).
 *
 * Degrade mode: remark-parse is slow or overflows the stack on some hostile input (very long lines,
 * very deep nesting, huge tables; see hazards.ts). Such stretches are not handed to it: each becomes a
 * paragraph holding its raw text as one text node (a code node when it starts with a code fence),
 * positions exact, marked `data.degraded`; the text between them is parsed normally, piece by piece.
 * A piece whose parse still overflows the stack degrades the same way.
 */
export function parseMarkdown(text: string): Root {
  const hazards = findHazards(text);
  if (!hazards.length) {
    const tree = parseOrNull(text);
    if (tree) return tree;
    hazards.push(pieceHazard(text, 0, text.length, 1));
  }
  return { type: 'root', children: degradedChildren(text, hazards), position: wholeTextPosition(text) };
}

function parseOrNull(text: string): Root | null {
  try {
    return processorFor(text).parse(text) as Root;
  } catch (error) {
    if (error instanceof RangeError) return null; // Maximum call stack size exceeded
    throw error;
  }
}

function degradedChildren(text: string, hazards: Hazard[]): RootContent[] {
  const children: RootContent[] = [];
  let from = 0;
  let fromLine = 1;
  for (const hazard of hazards) {
    if (hazard.start > from) for (const child of parsePiece(text, from, hazard.start, fromLine)) children.push(child);
    children.push(rawParagraph(text, hazard));
    from = hazard.end;
    fromLine = hazard.endLine;
  }
  // A loop, not a spread: a piece may have more children than a call may take arguments.
  if (from < text.length) for (const child of parsePiece(text, from, text.length, fromLine)) children.push(child);
  return children;
}

/** Parses `text[from, to)` (which starts at a line start or a line break, on line `line`) in place. */
function parsePiece(text: string, from: number, to: number, line: number): RootContent[] {
  const piece = text.slice(from, to);
  const tree = parseOrNull(piece);
  if (!tree) {
    const hazard = pieceHazard(text, from, to, line);
    return [rawParagraph(text, hazard)];
  }
  const shift = { line: line - 1, offset: from };
  // Iterative: the tree may be deep (up to what the parser itself survived).
  const stack: Array<{ position?: Root['position']; children?: unknown[] }> = [...(tree.children as never[])];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.position) {
      const { start, end } = node.position;
      node.position = {
        start: { line: start.line + shift.line, column: start.column, offset: (start.offset ?? 0) + shift.offset },
        end: { line: end.line + shift.line, column: end.column, offset: (end.offset ?? 0) + shift.offset },
      };
    }
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child as never);
  }
  return tree.children;
}

/** A whole piece that the parser could not take, as a hazard (line/column of its end counted here). */
function pieceHazard(text: string, from: number, to: number, line: number): Hazard {
  let endLine = line;
  let lastStart = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < to) i++;
      endLine++;
      lastStart = i + 1;
    }
  }
  return { start: from, end: to, line, endLine, endColumn: to - lastStart + 1, reason: 'stack' };
}

function rawParagraph(text: string, hazard: Hazard): RootContent {
  const startColumn = 1 + hazard.start - lineStartBefore(text, hazard.start);
  const position = {
    start: { line: hazard.line, column: startColumn, offset: hazard.start },
    end: { line: hazard.endLine, column: hazard.endColumn, offset: hazard.end },
  };
  const value = text.slice(hazard.start, hazard.end);
  const data = { degraded: hazard.reason } as never;
  if (hazard.fenced) return { type: 'code', lang: null, meta: null, value, position, data };
  return { type: 'paragraph', children: [{ type: 'text', value, position }], position: { ...position }, data };
}

function lineStartBefore(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return 0;
}

function wholeTextPosition(text: string): Root['position'] {
  const end = pieceHazard(text, 0, text.length, 1);
  return { start: { line: 1, column: 1, offset: 0 }, end: { line: end.endLine, column: end.endColumn, offset: text.length } };
}
