// Stage 1 of the recogniser: the document's top-level Markdown becomes a flat list of blocks —
// headings, label lines ("**Problem:**", "Summary", "**제목:**") and body blocks. A paragraph is cut
// at its label lines, at run-in labels ("**The problem.** Aurora…") and at lines that are wholly bold
// or italic (a headline and a dateline written as the first lines of one paragraph); a blockquote that
// holds a whole release is read through. Nothing here decides what a block *is*: that is the decoder's.
import type { Blockquote, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { countHangulWords, countNoSpaceChars, countNoSpaceWords, countWords, nodeText, nodeWords } from '../words';
import { isBlockquotedInstruction, isInstructionText } from '../instructions';
import { stripInline } from '../text';
import { classifyName, type NameClass } from './names';
import { QUESTION_PREFIX, readDateline } from '../vocabulary';
import { NodeReadings, shiftSpans } from '../cache';

export type BlockKind = 'heading' | 'label' | 'body';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading depth 1-6; 0 for a label; -1 for a body block. */
  level: number;
  /** Readable text (markup stripped). For a label: the label without its colon. */
  text: string;
  /** The mdast node when the block is one whole node; absent for a piece of a paragraph. */
  node?: RootContent;
  /** 'paragraph', 'list', 'blockquote', 'code', 'table', 'html', 'heading', or 'line' for a piece of a paragraph. */
  type: string;
  words: number;
  /** Characters of scripts written without spaces (see `countNoSpaceChars`). */
  chars: number;
  /** Segmented words of scripts written without spaces, and words with Hangul letters (core/pages.ts). */
  noSpaceWords: number;
  hangulWords: number;
  /** Holds a link or a web address (in the source: link targets are not in `text`). */
  links: boolean;
  /** What a heading or label names (null: names nothing known). */
  name: NameClass | null;
  /** Closed ATX heading (`## Summary ##`). */
  closed: boolean;
  /** Template guidance ("Describe the problem…"), not content. */
  instruction: boolean;
  /** The whole block is one bold or one italic run. */
  style: 'strong' | 'emphasis' | null;
  /** Inside a blockquote. */
  quoted: boolean;
  /** A label that runs into the text of its paragraph ("**Problem:** Today…"). */
  runIn: boolean;
  /** The body text starts with a bold run ("**Two ways to start.** New …"): a run-in caption that names no part. */
  leadStrong: string | null;
}

const MAX_LABEL_LINE = 200;
const LINK = /https?:\/\/|\bwww\.|\]\([^)\s]+\)|\b[\w-]+\.(?:com|dev|io|ai|app|org|net|co|kr|jp|cn|de|fr|es|pt|br|ru|xyz|example)\b/i;
const COMMENT = /^\s*<!--[\s\S]*-->\s*$/;

export function toBlocks(tree: Root, text: string): Block[] {
  const blocks: Block[] = [];
  for (const node of tree.children) for (const b of blocksOf(node, text)) blocks.push(b);
  return blocks;
}

// The blocks of a node depend on its own text alone. The incremental parser hands back the same node for
// a block whose text did not change (its positions shifted): its blocks are then only moved.
const blocksOfNodes = new NodeReadings<Block[]>('recogniser: blocks of top-level nodes', shiftSpans);

function blocksOf(node: RootContent, text: string): Block[] {
  if (!node.position) return [];
  return blocksOfNodes.read(node, text, () => {
    const blocks: Block[] = [];
    readNode(node, text, blocks, false);
    for (const b of blocks) {
      b.chars = countNoSpaceChars(b.text);
      b.noSpaceWords = b.chars > 0 ? countNoSpaceWords(b.text) : 0;
      b.hangulWords = countHangulWords(b.text);
      b.links = LINK.test(text.slice(b.start, Math.min(b.end, b.start + 20000)));
    }
    return blocks;
  });
}

function readNode(node: RootContent, text: string, out: Block[], quoted: boolean): void {
  if (!node.position) return;
  const start = node.position.start.offset!;
  const end = node.position.end.offset!;
  if (node.type === 'yaml' || node.type === 'definition' || node.type === 'thematicBreak') return;
  if (node.type === 'html' && COMMENT.test(node.value)) return;
  if (node.type === 'heading') {
    const headingText = nodeText(node);
    const raw = text.slice(start, end);
    out.push({
      ...base(start, end, 'heading', quoted),
      level: node.depth,
      text: headingText,
      node,
      type: 'heading',
      words: countWords(headingText),
      closed: headingText.length > 0 && /[ \t]#+[ \t]*$/.test(raw) && /^#/.test(raw.trimStart()),
      name: classifyName(headingText),
    });
    return;
  }
  if (node.type === 'blockquote' && readsThrough(node)) {
    for (const child of node.children) readNode(child, text, out, true);
    return;
  }
  if (node.type === 'paragraph' || (node.type === 'blockquote' && node.children.length === 1 && node.children[0].type === 'paragraph')) {
    const pieces = splitParagraph(node, text, quoted || node.type === 'blockquote');
    if (pieces) {
      for (const p of pieces) out.push(p);
      return;
    }
  }
  const { words } = nodeWords(node as Nodes);
  const blockText = nodeText(node as Nodes);
  out.push({
    ...base(start, end, 'body', quoted || node.type === 'blockquote'),
    text: blockText,
    node,
    type: node.type,
    words,
    instruction: isInstructionBlock(node, blockText),
    style: node.type === 'paragraph' ? wholeStyle(node) : null,
    leadStrong: node.type === 'paragraph' ? leadingStrong(node) : null,
  });
}

function base(start: number, end: number, kind: BlockKind, quoted: boolean): Block {
  return { kind, start, end, level: kind === 'heading' ? 1 : kind === 'label' ? 0 : -1, text: '', type: 'line', words: 0, chars: 0, noSpaceWords: 0, hangulWords: 0, links: false, name: null, closed: false, instruction: false, style: null, quoted, runIn: false, leadStrong: null };
}

/** A blockquote is read through when it holds a heading or several paragraphs that start with a headline-like line. */
function readsThrough(q: Blockquote): boolean {
  if (q.children.some((c) => c.type === 'heading')) return true;
  const first = q.children[0];
  return q.children.length >= 3 && first?.type === 'paragraph' && wholeStyle(first) === 'strong';
}

// ---------------------------------------------------------------------------------------------
// Paragraphs cut at label lines, run-in labels and styled lines

const STRONG_LINE = /^\s*(\*\*|__)((?:(?!\1).)+?)\1\s*:?\s*\\?\s*$/u;
const EMPHASIS_LINE = /^\s*([*_])(?![*_\s])((?:(?!\1).)+?)(?<![\s])\1\s*\\?\s*$/u;
const PLAIN_LINE = /^\s*([^*_\n].*?)\s*:?\s*$/u;
/** "Label: text" or "**Label:** text" or "**Label：text**" at the start of a line; the label is short. */
const COLON_LABEL = /^\s*(?:\*\*|__|\*|_)?([^:：*_\n]{1,40}?)\s*(?:\*\*|__|\*|_)?\s*[:：]\s*(?:\*\*|__|\*|_)?\s*(?=\S)/u;
const RUN_IN = /^\s*(\*\*|__)([^*_\n]{2,80}?)\1\s*(?=\S)|^\s*(\*\*|__)([^*_\n]{2,80}?)([:.：])\3\s*(?=\S)/u;

function splitParagraph(node: Paragraph | Blockquote, text: string, quoted: boolean): Block[] | null {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const raw = text.slice(start, end);
  const lines = raw.split(/(?<=\n)/);
  const out: Block[] = [];
  let lineStart = 0;
  let bodyStart = 0;
  let cut = false;
  const pushBody = (from: number, to: number, style: Block['style'] = null) => {
    const slice = raw.slice(from, to);
    const plain = stripInline(slice).replace(/\\\s*$/gm, '').trim();
    if (!plain) return;
    const lead = /^\s*(?:>\s*)*(\*\*|__)([^*_\n]{2,80}?)\1/.exec(slice);
    out.push({
      ...base(start + from, start + to, 'body', quoted),
      text: plain,
      words: countWords(plain),
      instruction: isInstructionText(plain),
      style,
      leadStrong: lead && !style ? stripInline(lead[2]).trim() : null,
    });
  };
  for (const line of lines) {
    const content = line.replace(/\r?\n$/, '').replace(/^\s*(?:>\s?)+/, '');
    const offset = line.length - line.replace(/^\s*(?:>\s?)+/, '').length;
    const short = content.length <= MAX_LABEL_LINE;
    const strong = short ? STRONG_LINE.exec(content) : null;
    const emphasis = short && !strong ? EMPHASIS_LINE.exec(content) : null;
    const lineText = strong ? strong[2] : emphasis ? emphasis[2] : null;
    let name: NameClass | null = null;
    let runInRest: number | null = null;
    const sentence = /[.!?。！？]\s*$/.test(content.replace(/[*_\s\\]+$/, ''));
    // "**标题：Jerome Gao 发布…**", "HEADLINE: Your books close themselves", "The Problem: AI conversations…":
    // a label, then the text on the same line.
    // ("**Q: …**", "**FAQ-01: …**" are questions, not labels.)
    const questionLine = QUESTION_PREFIX.test(stripInline(content.slice(0, 80)).normalize('NFKC'));
    // (Only the line's opening is read: the pattern backtracks on long runs of spaces.)
    const colon = questionLine ? null : COLON_LABEL.exec(content.slice(0, 80));
    if (colon) {
      const cls = labelName(colon[1], !/^\s*(\*\*|__)/.test(content));
      if (cls) {
        name = cls;
        runInRest = colon[0].length;
      }
    }
    // A label line: bold, italic or plain, short, no full stop, naming a part ("Summary", "**Problem:**").
    const candidate = short ? lineText ?? PLAIN_LINE.exec(content)?.[1] ?? null : null;
    if (!name && !questionLine && candidate && !sentence && !/[:：]\s*\S/.test(candidate)) name = labelName(candidate, lineText === null);
    // A run-in label: "**The problem.** Aurora…", "**Customer quote:** …".
    if (!name && !questionLine) {
      const m = RUN_IN.exec(content);
      if (m) {
        const cls = classifyName((m[2] ?? m[4]).replace(/[:.：]\s*$/, ''), true);
        if (cls && cls.type !== 'title' && cls.type !== 'other' && cls.type !== 'decoration') {
          name = cls;
          runInRest = m[0].length;
        }
      }
    }
    if (name) {
      cut = true;
      if (lineStart > bodyStart) pushBody(bodyStart, lineStart);
      const labelEnd = runInRest !== null ? lineStart + offset + runInRest : lineStart + offset + content.length;
      const labelText = stripInline(raw.slice(lineStart + offset, labelEnd)).replace(/[:.：]\s*$/, '').trim();
      out.push({ ...base(start + lineStart + offset, start + labelEnd, 'label', quoted), text: labelText, words: countWords(labelText), name, runIn: runInRest !== null });
      bodyStart = runInRest !== null ? labelEnd : lineStart + line.length;
    } else if (lineStart > 0 && lineStart === lines[0].length && lineStart <= 300 && opensWithDateline(content)) {
      // "Teams share one inbox.⏎SEATTLE, WA – March 3, 2027 – Harbor today…": a line of its own (a
      // subheading, a headline) above the dateline, with no blank line between them.
      cut = true;
      pushBody(bodyStart, lineStart);
      bodyStart = lineStart;
    } else if ((strong || emphasis) && lines.length > 1) {
      // A wholly bold or italic line among others: a headline, subheading or dateline of its own.
      cut = true;
      if (lineStart > bodyStart) pushBody(bodyStart, lineStart);
      pushBody(lineStart, lineStart + line.replace(/\r?\n$/, '').length, strong ? 'strong' : 'emphasis');
      bodyStart = lineStart + line.length;
    }
    lineStart += line.length;
  }
  if (!cut) return null;
  if (raw.length > bodyStart) pushBody(bodyStart, raw.length);
  return out;
}

/** The line opens with a whole dateline, place and date ("SEATTLE, WA – March 3, 2027 –"). */
function opensWithDateline(line: string): boolean {
  if (!/^[\s*_`]*[\p{Lu}\d[]/u.test(line)) return false;
  const d = readDateline(line);
  return d !== null && d.city && (d.date || d.placeholderDate);
}

/** What a label line names; a plain (unstyled) line must be a bare name ("Summary", "Problem"). */
function labelName(candidate: string, plain: boolean): NameClass | null {
  const cls = classifyName(candidate, true);
  if (!cls || cls.type === 'title' || cls.type === 'decoration') return null;
  if (plain && cls.type === 'other') return null;
  return cls;
}

/** The paragraph is one bold or one italic run (a headline line, a subheading line). */
export function wholeStyle(p: Paragraph): 'strong' | 'emphasis' | null {
  const kids = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()) && c.type !== 'break');
  if (kids.length !== 1) return null;
  if (kids[0].type === 'strong') return 'strong';
  if (kids[0].type === 'emphasis') {
    const inner = kids[0].children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    return inner.length === 1 && inner[0].type === 'strong' ? 'strong' : 'emphasis';
  }
  return null;
}

function leadingStrong(p: Paragraph): string | null {
  const first = p.children[0];
  if (!first || first.type !== 'strong' || p.children.length < 2) return null;
  return nodeText(first).trim() || null;
}

function isInstructionBlock(node: RootContent, blockText: string): boolean {
  if (node.type === 'blockquote') {
    const paragraphs = node.children.map((c) => nodeText(c as Nodes)).filter(Boolean);
    if (paragraphs.length === 0) return false;
    return paragraphs.some((p) => isBlockquotedInstruction(firstSentence(p)));
  }
  if (node.type === 'paragraph' || node.type === 'list') return isInstructionText(firstSentence(blockText));
  return false;
}

function firstSentence(s: string): string {
  const m = /^[\s\S]*?[.?!。？！](\s|$)/.exec(s);
  return (m ? m[0] : s).trim();
}
