// Block-wise parsing: a document is cut at blank lines into top-level blocks that CommonMark parses the
// same way alone as in place, each block is parsed on its own (cached by its text) and the trees are
// stitched into one Root with document positions. Blocks make a re-check after an edit re-parse only the
// edited block, and keep a cold parse linear (a whole-document remark parse grows faster than the text).
//
// A cut is made only where no construct can span it, and wherever unsure, blocks stay merged:
// - only after blank lines, before a line that starts in column 1 with a character that cannot continue
//   anything above it after a blank line (no indentation, no list marker, not `---`, which alone at the
//   start of a block would be read as front matter);
// - never in a document with link reference or footnote definitions (`]:`): they act across blocks;
// - a block whose parse ends inside an unclosed code fence or raw HTML block (comment, <script>, <pre>…)
//   is merged with the blocks up to where it closes, and checked again.
import type { Node, Parent, Point as UnistPoint, Position } from 'unist';
import type { Nodes, Root, RootContent } from 'mdast';
import { parseMarkdown } from './parse';
import { sameNodeAs } from './cache';

/** A stretch of whole lines: its text, where it starts, and its line index (0-based). */
export interface Block {
  text: string;
  offset: number;
  line: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;
const BLANK = /^[ \t]*$/;
// Lines after which (following blank lines) a new top-level block may start.
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const CUT_BEFORE = (line: string): boolean => /^[^\s]/.test(line) && !LIST_MARKER.test(line) && !line.startsWith('---');

interface Line {
  text: string;
  offset: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    lines.push({ text: text.slice(start, m.index), offset: start });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), offset: start });
  return lines;
}

/** Candidate blocks: cut after each run of blank lines that is followed by a line a block may start with. */
export function splitBlocks(text: string): Block[] {
  if (text.includes(']:')) return [{ text, offset: 0, line: 0 }];
  const lines = splitLines(text);
  const blocks: Block[] = [];
  let startLine = 0;
  let sawBlank = false;
  let sawContent = false;
  for (let i = frontMatterEnd(lines); i < lines.length; i++) {
    const line = lines[i].text;
    if (BLANK.test(line)) {
      sawBlank = sawContent;
      continue;
    }
    if (sawBlank && CUT_BEFORE(line) && i > startLine) {
      blocks.push(blockOf(text, lines, startLine, i));
      startLine = i;
    }
    sawBlank = false;
    sawContent = true;
  }
  blocks.push(blockOf(text, lines, startLine, lines.length));
  return blocks;
}

const FRONT_MATTER_FENCE = /^---[ \t]*$/;

/**
 * The line after the front matter's closing fence (front matter may hold blank lines); 0 without front
 * matter. An opening `---` that is never closed leaves the parser in a state where a list no longer
 * interrupts a paragraph further down, so such a document is not split at all.
 */
function frontMatterEnd(lines: Line[]): number {
  if (!FRONT_MATTER_FENCE.test(lines[0].text)) return 0;
  for (let i = 1; i < lines.length; i++) if (FRONT_MATTER_FENCE.test(lines[i].text)) return i + 1;
  return lines.length;
}

function blockOf(text: string, lines: Line[], from: number, to: number): Block {
  const offset = lines[from].offset;
  const end = to < lines.length ? lines[to].offset : text.length;
  return { text: text.slice(offset, end), offset, line: from };
}

// Each parse has a fixed cost (the parser is set up anew, ~0.3 ms), so small blocks are parsed in chunks:
// a new chunk starts at each heading, which keeps chunk boundaries where a writer's edit does not move
// them (an edit re-parses one section or FAQ entry), and at the latest after MAX_CHUNK_CHARS.
const MAX_CHUNK_CHARS = 8_000;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** Groups candidate blocks into chunks that start at headings. */
export function chunkBlocks(blocks: Block[]): Block[] {
  const chunks: Block[] = [];
  let from = 0;
  let size = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (i > from && (ATX_HEADING.test(blocks[i].text) || size >= MAX_CHUNK_CHARS)) {
      chunks.push(joinBlocks(blocks, from, i - 1));
      from = i;
      size = 0;
    }
    size += blocks[i].text.length;
  }
  if (blocks.length) chunks.push(joinBlocks(blocks, from, blocks.length - 1));
  return chunks;
}

/** Joins blocks `from`..`to` (inclusive) into one. */
export function joinBlocks(blocks: Block[], from: number, to: number): Block {
  let text = '';
  for (let i = from; i <= to; i++) text += blocks[i].text;
  return { text, offset: blocks[from].offset, line: blocks[from].line };
}

/**
 * Whether a block's parse may not hold in place because it ends inside an unclosed code fence or raw
 * HTML block, which would run on into the next blocks; if so, how to recognise the line that closes it.
 * (Front matter needs no check: no block but the first starts with `---`.)
 */
export function openEnd(block: Block, tree: Root): { kind: 'fence' | 'html'; closer: (line: string) => boolean } | null {
  for (const node of tree.children) {
    if (node.type === 'code') {
      const closer = unclosedFence(block.text, node);
      if (closer) return { kind: 'fence', closer };
    } else if (node.type === 'html') {
      const closer = unclosedHtml(node.value);
      if (closer) return { kind: 'html', closer };
    }
  }
  // A construct left open inside a list item or quote (a fence, say) runs over the block's trailing blank
  // lines when parsed alone; in place, the next block closes it before them.
  if (endsInTrailingBlankLines(block.text, tree)) return { kind: 'fence', closer: () => true };
  return null;
}

const TRAILING_BLANK_LINES = /(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*[ \t]*$/;

function endsInTrailingBlankLines(text: string, tree: Root): boolean {
  const trailing = TRAILING_BLANK_LINES.exec(text);
  if (!trailing) return false;
  const firstBreak = /\r\n|\r|\n/.exec(trailing[0])!;
  const contentEnd = trailing.index + firstBreak[0].length;
  let node: Nodes | undefined = tree.children[tree.children.length - 1];
  while (node) {
    if ((node.position?.end.offset ?? 0) > contentEnd) return true;
    node = 'children' in node && node.children.length ? (node.children[node.children.length - 1] as Nodes) : undefined;
  }
  return false;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

function unclosedFence(text: string, node: RootContent): ((line: string) => boolean) | null {
  const source = text.slice(node.position!.start.offset!, node.position!.end.offset!);
  const open = FENCE_OPEN.exec(source);
  if (!open) return null; // indented code ends at the next unindented line
  const char = open[1][0] === '`' ? '`' : '~';
  const closing = new RegExp(`^ {0,3}\\${char}{${open[1].length},}[ \\t]*$`);
  const lines = source.split(/\r\n|\r|\n/);
  if (lines.length > 1 && closing.test(lines[lines.length - 1])) return null;
  return (line) => closing.test(line);
}

// Raw HTML blocks that run over blank lines until their end marker (CommonMark kinds 1–5).
const HTML_RUNS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
];

function unclosedHtml(value: string): ((line: string) => boolean) | null {
  for (const [start, end] of HTML_RUNS) {
    const m = start.exec(value);
    if (!m) continue;
    if (end.test(value.slice(m[0].length))) return null;
    return (line) => end.test(line);
  }
  return null;
}

/**
 * A copy of `node` (parsed from a block alone) with every position moved to where the block starts in
 * the document. Iterative: a tree may be as deep as the parser survived.
 */
export function shiftTree<T extends Node>(node: T, lineDelta: number, offsetDelta: number): T {
  const copyOf = (n: Node): Node & Partial<Parent> => {
    const copy = { ...n } as Node & Partial<Parent>;
    if (n.position) copy.position = shiftPosition(n.position, lineDelta, offsetDelta);
    return copy;
  };
  const root = copyOf(node);
  const stack: Array<Node & Partial<Parent>> = [root];
  while (stack.length) {
    const parent = stack.pop()!;
    if (!Array.isArray(parent.children)) continue;
    parent.children = parent.children.map((child) => {
      const copy = copyOf(child);
      stack.push(copy);
      return copy;
    });
  }
  return root as T;
}

function shiftPosition(p: Position, lineDelta: number, offsetDelta: number): Position {
  return { start: shiftPoint(p.start, lineDelta, offsetDelta), end: shiftPoint(p.end, lineDelta, offsetDelta) };
}

function shiftPoint(p: UnistPoint, lineDelta: number, offsetDelta: number): UnistPoint {
  return { line: p.line + lineDelta, column: p.column, offset: p.offset === undefined ? undefined : p.offset + offsetDelta };
}

/** The Root position of a whole text: from its start to its end. */
export function rootPosition(text: string): Position {
  let line = 1;
  let lastStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    line++;
    lastStart = m.index + m[0].length;
  }
  return { start: { line: 1, column: 1, offset: 0 }, end: { line, column: text.length - lastStart + 1, offset: text.length } };
}

/** Parses a text block-wise without any cache (the cold path of a one-off check). */
export function parseBlockwise(text: string): Root {
  return new BlockParser().parse(text);
}

type OpenEnd = ReturnType<typeof openEnd>;

interface Parsed {
  /** The block's top-level nodes, with positions as if the block started at `line`/`offset`. */
  children: RootContent[];
  line: number;
  offset: number;
  /** Whether the block's parse runs on past its end (see openEnd), judged when it was parsed. */
  open: OpenEnd;
  /** True once the nodes are in a returned tree: from then on a move copies them instead of shifting in place. */
  shared: boolean;
}

/**
 * A block-wise parser that remembers the blocks of the last text it parsed, so parsing an edited version
 * re-parses only the blocks that changed and re-places only those that moved.
 */
export class BlockParser {
  private cache = new Map<string, Parsed>();

  parse(text: string): Root {
    const blocks = this.settle(chunkBlocks(splitBlocks(text)));
    const next = new Map<string, Parsed>();
    const children: RootContent[] = [];
    for (const block of blocks) {
      const first = next.get(block.text);
      // Two equal blocks in one document share nothing: the repeat gets its own copy in its own place.
      const entry = first ? { ...first, children: first.children.map((c) => shiftTree(c, 0, 0)), shared: false } : this.entryOf(block);
      for (const child of place(entry, block)) children.push(child); // a spread of a huge block overflows the stack
      if (!first) next.set(block.text, entry);
    }
    this.cache = next;
    return { type: 'root', children, position: rootPosition(text) };
  }

  /** Parses the candidate blocks, merging those that do not hold alone until every block does. */
  private settle(candidates: Block[]): Block[] {
    const out: Block[] = [];
    let i = 0;
    while (i < candidates.length) {
      let to = i;
      let block = candidates[i];
      for (;;) {
        const open = this.entryOf(block).open;
        if (!open || to === candidates.length - 1) break;
        to = closingBlock(candidates, to + 1, open.closer);
        block = joinBlocks(candidates, i, to);
      }
      out.push(block);
      i = to + 1;
    }
    return out;
  }

  private entryOf(block: Block): Parsed {
    const hit = this.cache.get(block.text);
    if (hit) return hit;
    const tree = parseMarkdown(block.text);
    const parsed: Parsed = { children: tree.children, line: 0, offset: 0, open: openEnd(block, tree), shared: false };
    this.cache.set(block.text, parsed);
    return parsed;
  }
}

/** The index of the first block (from `from`) holding a line the closer accepts; the last block if none. */
function closingBlock(blocks: Block[], from: number, closer: (line: string) => boolean): number {
  for (let i = from; i < blocks.length; i++) {
    for (const line of blocks[i].text.split(/\r\n|\r|\n/)) if (closer(line)) return i;
  }
  return blocks.length - 1;
}

function place(entry: Parsed, block: Block): RootContent[] {
  const lineDelta = block.line - entry.line;
  const offsetDelta = block.offset - entry.offset;
  if (lineDelta !== 0 || offsetDelta !== 0) {
    if (entry.shared) {
      entry.children = entry.children.map((c) => {
        const moved = shiftTree(c, lineDelta, offsetDelta);
        sameNodeAs(moved, c);
        return moved;
      });
    }
    else for (const c of entry.children) shiftInPlace(c, lineDelta, offsetDelta);
    entry.line = block.line;
    entry.offset = block.offset;
  }
  entry.shared = true;
  return entry.children;
}

/** Moves the positions of a tree nobody else holds yet (a fresh parse): no copy needed. */
function shiftInPlace(node: Node, lineDelta: number, offsetDelta: number): void {
  const stack: Array<Node & Partial<Parent>> = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.position) n.position = shiftPosition(n.position, lineDelta, offsetDelta);
    if (Array.isArray(n.children)) for (const c of n.children) stack.push(c);
  }
}
