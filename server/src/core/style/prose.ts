import { isEnglishTag } from '../vocabulary';
// The prose of a PR/FAQ as the style rules read it: paragraphs, headings and table cells with every
// character that is not prose (markup, inline code, HTML, URLs, images) blanked out. A blanked copy keeps
// the source's length, so a match in it is a match at the same offset in the document: ranges stay exact.
import type { Nodes, Parent } from 'mdast';
import type { FaqEntry, PrfaqModel, SectionId } from '../types';
import { isBlockquotedInstruction, isInstructionText } from '../instructions';
import { nodeText } from '../words';
import { intervalFinder, type IntervalFinder } from './intervals';
import { NodeReadings, TextMemo, shiftSpans } from '../cache';
import { sectionAt } from '../rules/util';

export type ProsePart = 'press-release' | 'external-faq' | 'internal-faq' | 'other';
export const PROSE_PARTS: readonly ProsePart[] = ['press-release', 'external-faq', 'internal-faq', 'other'];

export interface ProseBlock {
  kind: 'paragraph' | 'heading' | 'tableCell';
  /** Offsets in the document text, end exclusive. */
  start: number;
  end: number;
  /** The source between start and end with non-prose characters replaced by spaces (line breaks kept). */
  masked: string;
  part: ProsePart;
  section?: SectionId;
  /** Inside a blockquote, or in a leader/customer quote section: someone speaking. */
  quoted: boolean;
  /** The FAQ entry whose question this block holds, if any. */
  question?: FaqEntry;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

const cache = new WeakMap<PrfaqModel, ProseBlock[]>();

/** Every prose block of the document in order (cached per model: several rules read it). */
export function proseBlocks(model: PrfaqModel): ProseBlock[] {
  let blocks = cache.get(model);
  if (!blocks) {
    blocks = [];
    const lookup = faqLookup(model);
    for (const node of model.tree.children) for (const raw of proseOfNode(model.text, node)) blocks.push(placed(lookup, raw));
    cache.set(model, blocks);
  }
  return blocks;
}

/** A prose block as its node's text alone decides it; where it stands in the document comes on top. */
interface RawProse {
  kind: ProseBlock['kind'];
  start: number;
  end: number;
  masked: string;
  /** Inside a blockquote. */
  quoted: boolean;
}

// A top-level node the incremental parser did not parse again is the same node: its prose stands, moved.
const proseOfNodes = new NodeReadings<RawProse[]>('prose: blocks of top-level nodes', shiftSpans);

function proseOfNode(text: string, node: Nodes): RawProse[] {
  if (!node.position) return [];
  return proseOfNodes.read(node, text, () => {
    const raw: RawProse[] = [];
    collect(text, node, false, raw);
    return raw;
  });
}

function placed(lookup: FaqLookup, raw: RawProse): ProseBlock {
  const { model } = lookup;
  const section = sectionAt(model, raw.start);
  const block: ProseBlock = { kind: raw.kind, start: raw.start, end: raw.end, masked: raw.masked, part: partAt(lookup, raw.start), section, quoted: raw.quoted || section === 'leader-quote' || section === 'customer-quote' };
  const question = lookup.questions.first(raw.start, raw.end);
  if (question >= 0) block.question = lookup.entries[question];
  return block;
}

/** True for English and for documents that say nothing else: the style rules know English only. */
export function isEnglish(model: PrfaqModel): boolean {
  return isEnglishTag(model.lang.trim());
}

/** The model with its FAQ entries indexed by offset, built once per collection. */
interface FaqLookup {
  model: PrfaqModel;
  entries: FaqEntry[];
  questions: IntervalFinder;
  /** Question and answer ranges interleaved: entry i owns intervals 2i and 2i + 1. */
  questionsOrAnswers: IntervalFinder;
}

function faqLookup(model: PrfaqModel): FaqLookup {
  const entries = [...model.faq.external, ...model.faq.internal];
  const interval = (r: FaqEntry['answerRange']) => (r ? { start: r.start.offset, end: r.end.offset } : null);
  return {
    model,
    entries,
    questions: intervalFinder(entries.map((e) => interval(e.range))),
    questionsOrAnswers: intervalFinder(entries.flatMap((e) => [interval(e.range), interval(e.answerRange)])),
  };
}

function collect(text: string, node: Nodes, quoted: boolean, out: RawProse[]): void {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    const block = toBlock(text, node, quoted);
    if (block) out.push(block);
    return;
  }
  if (node.type === 'code' || node.type === 'html' || node.type === 'yaml' || node.type === 'definition') return;
  // Template guidance is not the writer's prose (RFC templates blockquote it).
  if (node.type === 'blockquote' && isGuidance(node)) return;
  if ('children' in node) for (const child of (node as Parent).children) collect(text, child as Nodes, quoted || node.type === 'blockquote', out);
}

function isGuidance(quote: Parent): boolean {
  const first = quote.children.find((c) => c.type === 'paragraph');
  if (!first) return false;
  const text = nodeText(first as Nodes);
  if (/["“]/.test(text.slice(0, 3))) return false; // a testimonial
  return isBlockquotedInstruction(text.split(/(?<=[.?!])\s/)[0] ?? text);
}

function toBlock(text: string, node: Nodes & Parent, quoted: boolean): RawProse | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || end <= start) return null;
  const kept: Span[] = [];
  for (const child of node.children) keepProse(text, child as Nodes, kept);
  const masked = assemble(text, start, end, kept);
  if (!/[\p{L}\p{N}]/u.test(masked) || isInstructionText(masked)) return null;
  return { kind: node.type as ProseBlock['kind'], start, end, masked, quoted };
}

/** The block's source with only the kept spans left; everything else blank except line breaks. */
function assemble(text: string, start: number, end: number, kept: Span[]): string {
  let out = '';
  let at = start;
  const blank = (from: number, to: number) => text.slice(from, to).replace(/[^\r\n]/g, ' ');
  for (const span of kept) {
    if (span.start < at || span.end > end) continue;
    out += blank(at, span.start) + span.text;
    at = span.end;
  }
  return out + blank(at, end);
}

const URL_LIKE = /^(https?:\/\/|www\.|mailto:)\S+$/i;
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.|mailto:)\S+/gi;

/** Collects the prose spans of an inline node, in document order, each the length of its source. */
function keepProse(text: string, node: Nodes, kept: Span[]): void {
  switch (node.type) {
    case 'text': {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) return;
      const source = text.slice(s, e);
      // Continuation lines of a blockquote or list carry `>` and indentation; escapes carry a backslash.
      const prose = source === node.value ? source : source.replace(/(^|\n)[ \t]*(?:>[ \t]?)*/g, (m, nl: string) => nl + ' '.repeat(m.length - nl.length)).replace(/\\(?=[!-/:-@[-`{-~])/g, ' ');
      kept.push({ start: s, end: e, text: prose.replace(URL_IN_TEXT, (url) => ' '.repeat(url.length)) });
      return;
    }
    case 'link': {
      const inner = node.children.map((c) => ('value' in c ? c.value : '')).join('');
      if (URL_LIKE.test(inner.trim()) || inner.trim() === node.url) return;
      for (const child of node.children) keepProse(text, child as Nodes, kept);
      return;
    }
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'linkReference':
      for (const child of node.children) keepProse(text, child as Nodes, kept);
      return;
    default:
      // inlineCode, html, image, footnote references, breaks: not prose.
      return;
  }
}

function within(range: { start: { offset: number }; end: { offset: number } } | null, offset: number): boolean {
  return !!range && range.start.offset <= offset && offset < range.end.offset;
}

function partAt(lookup: FaqLookup, offset: number): ProsePart {
  const { model } = lookup;
  const faqSection = model.sections.find((s) => (s.id === 'external-faq' || s.id === 'internal-faq') && within(s.range, offset));
  if (faqSection) return faqSection.id as ProsePart;
  const hit = lookup.questionsOrAnswers.first(offset, offset + 1);
  const entry = hit >= 0 ? lookup.entries[hit >> 1] : undefined;
  if (entry) return entry.kind === 'external' ? 'external-faq' : 'internal-faq';
  if (within(model.pressReleaseRange, offset)) return 'press-release';
  if (within(model.faqRange, offset)) return 'external-faq';
  return 'other';
}

/** The block with everything outside [start, end) blanked (an FAQ answer that shares a paragraph with its question). */
export function clipBlock(block: ProseBlock, start: number, end: number): ProseBlock {
  const from = Math.max(start - block.start, 0);
  const to = Math.min(end - block.start, block.masked.length);
  const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');
  const masked = blank(block.masked.slice(0, from)) + block.masked.slice(from, to) + blank(block.masked.slice(to));
  return { ...block, masked };
}

/** The block with [start, end) blanked (the question part of a paragraph that also holds the answer). */
export function blankRange(block: ProseBlock, start: number, end: number): ProseBlock {
  const from = Math.min(Math.max(start - block.start, 0), block.masked.length);
  const to = Math.min(Math.max(end - block.start, 0), block.masked.length);
  const masked = block.masked.slice(0, from) + block.masked.slice(from, to).replace(/[^\r\n]/g, ' ') + block.masked.slice(to);
  return { ...block, masked };
}

/** The prose of an FAQ entry's answer, as blocks clipped to the answer's range. */
export function answerBlocks(model: PrfaqModel, entry: FaqEntry): ProseBlock[] {
  const range = entry.answerRange;
  if (!range) return [];
  return overlapping(proseBlocks(model), range.start.offset, range.end.offset)
    .filter((b) => b.kind !== 'heading')
    .map((b) => clipBlock(b, range.start.offset, range.end.offset))
    .filter((b) => /[\p{L}\p{N}]/u.test(b.masked));
}

/**
 * The blocks overlapping [start, end), in order. Blocks come in document order and never nest, so a binary
 * search finds the first; scanning every block for every FAQ entry made long documents quadratic.
 */
function overlapping(blocks: ProseBlock[], start: number, end: number): ProseBlock[] {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end > start) hi = mid;
    else lo = mid + 1;
  }
  const out: ProseBlock[] = [];
  for (let i = lo; i < blocks.length && blocks[i].start < end; i++) if (start < blocks[i].end) out.push(blocks[i]);
  return out;
}

// Words that end with a dot without ending the sentence.
const ABBREVIATIONS = new Set(
  'e.g i.e etc vs mr mrs ms dr prof inc ltd co corp jr sr st no nos approx est dept fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k a.m p.m'.split(' '),
);
// Of those, the ones that often end a sentence too ("… at 5 a.m. The bus …"): a capital after them starts a new one.
const MAY_END_SENTENCE = new Set('etc inc ltd co corp jr sr a.m p.m u.s u.k'.split(' '));
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)/g;

/** Sentences of a block, with absolute offsets. A heading or table cell is one sentence. */
export function sentences(block: ProseBlock): Span[] {
  // Several rules split the same blocks, and a re-check after an edit splits the unchanged ones again.
  // Only a paragraph is split; a heading or table cell is one sentence, so the two kinds are kept apart.
  const cache = block.kind === 'paragraph' ? paragraphSentences : otherSentences;
  const local = cache.get(block.masked, () => splitSentences({ ...block, start: 0 }));
  return local.map((s) => ({ start: block.start + s.start, end: block.start + s.end, text: s.text }));
}

const paragraphSentences = new TextMemo<Span[]>('prose: sentences of paragraphs');
const otherSentences = new TextMemo<Span[]>('prose: sentences of headings and cells');

function splitSentences(block: ProseBlock): Span[] {
  const out: Span[] = [];
  const text = block.masked;
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (/[\p{L}\p{N}]/u.test(body)) out.push({ start: block.start + from + lead, end: block.start + from + lead + body.length, text: body });
    from = to;
  };
  if (block.kind === 'paragraph') {
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
      if (m[0].startsWith('.') && isAbbreviation(text, m.index, text.slice(m.index + m[0].length))) continue;
      push(m.index + m[0].length);
    }
  }
  push(text.length);
  return out;
}

function isAbbreviation(text: string, dot: number, after: string): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1].toLowerCase();
  if (ABBREVIATIONS.has(word)) return !(MAY_END_SENTENCE.has(word) && /^\s+["“(]?\p{Lu}\p{Ll}/u.test(after));
  // An initial ("J. Smith") or a dotted abbreviation ("U.S.").
  return /^\p{Lu}$/u.test(before[1]) || /^(\p{L}\.)+\p{L}$/u.test(before[1]);
}

// "don't", "end-to-end", "a.m", "3.5", "14,000" are one word each.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:['’.-]|(?<=\d),(?=\d))[\p{L}\p{N}\p{M}]+)*/gu;

/** Words of a span (letters/digits with inner apostrophes, hyphens and dots), with absolute offsets. */
export function words(span: Span): Span[] {
  const local = wordsByText.get(span.text, () => {
    const found: Array<[number, string]> = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(span.text); m; m = WORD.exec(span.text)) found.push([m.index, m[0]]);
    return found;
  });
  return local.map(([at, text]) => ({ start: span.start + at, end: span.start + at + text.length, text }));
}

const wordsByText = new TextMemo<Array<[number, string]>>('prose: words by sentence text');

/** The whole block as one span (for phrase searches that may cross a sentence's inner line breaks). */
export function blockSpan(block: ProseBlock): Span {
  return { start: block.start, end: block.end, text: block.masked };
}

/**
 * Character ranges inside quotation marks ("…", “…”): people speaking. Straight double quotes pair up in
 * order; an unpaired one quotes to the end of the block.
 */
export function quotedRanges(block: ProseBlock): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/g;
  for (let m = re.exec(block.masked); m; m = re.exec(block.masked)) {
    if (m[0].length < 2) break;
    out.push([block.start + m.index, block.start + m.index + m[0].length]);
  }
  return out;
}
