// Where a missing section goes and how it is written. The insertion must change what no other block
// is: it goes at a boundary the recogniser already sees — right before a heading or label line, or at
// the end of the part it belongs to — never among unlabelled paragraphs (a heading there would take
// them as its own text), and it is written in the document's own style (core/headingStyle.ts).
import { formatHeading, headingStyle } from '../headingStyle';
import { lineStartOffset } from '../positions';
import { FAQ_SECTIONS, SECTION_IDS } from '../types';
import type { BlockInfo, PrfaqModel, Range, SectionId, TextEdit } from '../types';
import { sectionPrompt, sectionTitle } from './sectionText';
import { lastContentLine, lineBreak, lineRange } from './util';

const isFaq = (id: SectionId) => (FAQ_SECTIONS as readonly string[]).includes(id);
const isBoundary = (b: BlockInfo | undefined) => b === undefined || (b.kind !== 'body' && b.startsBlock);

interface InsertionPoint {
  /** Index of the block the new section goes before; blocks.length for the end of the document. */
  before: number;
  /** What the finding points at. */
  anchor: Range;
}

/** The block index right after the last block of `region` (of `kind` for the FAQ), or -1 without one. */
function afterRegion(blocks: BlockInfo[], test: (b: BlockInfo) => boolean): number {
  let last = -1;
  blocks.forEach((b, i) => {
    if (test(b)) last = i;
  });
  return last < 0 ? -1 : last + 1;
}

function point(model: PrfaqModel, before: number): InsertionPoint {
  const { blocks } = model;
  const anchor = before < blocks.length ? lineRange(model, blocks[before].range.start.line) : lineRange(model, lastContentLine(model, model.lineStarts.length));
  return { before, anchor };
}

/** The first block of the document's body: after front matter and a title heading of its own. */
function documentStart(blocks: BlockInfo[]): number {
  const first = blocks.findIndex((b) => b.region !== 'pre');
  return first < 0 ? blocks.length : first;
}

function insertionPoint(model: PrfaqModel, id: SectionId): InsertionPoint | null {
  const { blocks } = model;
  const inFaq = (kind?: 'external' | 'internal') => (b: BlockInfo) => b.region === 'faq' && (kind === undefined || b.faqKind === kind);
  if (isFaq(id)) {
    if (id === 'external-faq') {
      // Before the internal FAQ when there is one.
      const internal = blocks.findIndex(inFaq('internal'));
      if (internal >= 0 && isBoundary(blocks[internal])) return point(model, internal);
    }
    const at = [afterRegion(blocks, inFaq()), afterRegion(blocks, (b) => b.region === 'pr'), afterRegion(blocks, (b) => b.region !== 'other')].find((i) => i >= 0);
    return at !== undefined && isBoundary(blocks[at]) ? point(model, at) : null;
  }
  const rank = SECTION_IDS.indexOf(id);
  const release = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.region === 'pr');
  // Before the first part the writer named that comes after this one in the canonical order.
  const next = release.find(({ b }) => b.kind !== 'body' && b.names !== null && SECTION_IDS.includes(b.names as SectionId) && SECTION_IDS.indexOf(b.names as SectionId) > rank && !isFaq(b.names as SectionId));
  if (next && next.b.startsBlock) return point(model, next.i);
  if (release.length === 0) return point(model, documentStart(blocks));
  if (id === 'headline' || id === 'subheadline') {
    // At the top of the release (after its container heading), unless the short line there would
    // become this section's text.
    const first = release.find(({ b }) => !(b.kind === 'heading' && (b.names === 'press-release' || b.names === 'prfaq')));
    if (!first) return point(model, release[release.length - 1].i + 1);
    const at = id === 'subheadline' ? release.find(({ i }) => i > first.i) ?? null : first;
    if (at && at.b.startsBlock && (at.b.kind !== 'body' || !at.b.short)) return point(model, at.i);
    return null;
  }
  // At the end of the release, before what follows it (never inside a paragraph).
  const end = release[release.length - 1].i + 1;
  return end >= blocks.length || blocks[end].startsBlock ? point(model, end) : null;
}

/**
 * An insertion (never a replacement) of the section's name and a one-line prompt, with blank lines around
 * it; null when there is no place that changes nothing else. The prompt is an HTML comment so it never
 * counts as content: the section stays "empty" until the writer fills it.
 */
export function sectionInsertion(model: PrfaqModel, id: SectionId): { edit: TextEdit; anchor: Range } | null {
  const at = insertionPoint(model, id);
  if (!at) return null;
  const eol = lineBreak(model.text);
  const offset = at.before < model.blocks.length ? lineStartOffset(model.lineStarts, model.blocks[at.before].range.start.line, model.text.length) : model.text.length;
  const block = `${formatHeading(headingStyle(model), id, sectionTitle(id))}${eol}${eol}<!-- ${sectionPrompt(id)} -->`;
  const before = model.text.slice(0, offset);
  const after = model.text.slice(offset);
  const ending = lineEnding(before);
  const prefix = ending === 'blank' ? '' : ending === 'break' ? eol : eol + eol;
  const suffix = after === '' || /^[ \t]*(\r?\n|\r)/.test(after) ? eol : eol + eol;
  return { edit: { start: offset, end: offset, newText: prefix + block + suffix }, anchor: at.anchor };
}

/** How the text before an insertion ends: at a blank line (or the start), a line break, or mid-line. */
function lineEnding(before: string): 'blank' | 'break' | 'text' {
  if (before === '') return 'blank';
  const last = before[before.length - 1];
  if (last !== '\n' && last !== '\r') return 'text';
  // Walked back by hand: a `[ \t]+$` regex is quadratic on long runs of spaces (deeply indented lists).
  let end = before.length - (before.endsWith('\r\n') ? 2 : 1);
  while (end > 0 && (before[end - 1] === ' ' || before[end - 1] === '\t')) end--;
  return end === 0 || before[end - 1] === '\n' || before[end - 1] === '\r' ? 'blank' : 'break';
}
