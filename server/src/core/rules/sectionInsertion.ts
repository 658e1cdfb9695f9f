// Where a missing section belongs and how to write it in the document's own heading style.
import { classifyName } from '../recognise';
import { lineStartOffset } from '../positions';
import { FAQ_SECTIONS, SECTION_IDS } from '../types';
import type { PrfaqModel, Range, Section, SectionId, TextEdit } from '../types';
import { sectionPrompt, sectionTitle } from './sectionText';
import { lastContentLine, lineBreak, lineRange, sectionAnchor } from './util';

export interface HeadingStyle {
  kind: 'atx' | 'bold' | 'plain';
  level: number;
  closed: boolean;
}

export interface InsertionPoint {
  /** Offset at the start of a line (or the end of the text). */
  offset: number;
  /** What the finding points at: the next section's heading, or the last line of the part. */
  anchor: Range;
  /** The section the new one goes right before or after: its heading style is the one to copy. */
  neighbour: Section | null;
}

const isFaq = (id: SectionId) => (FAQ_SECTIONS as readonly string[]).includes(id);

export function insertionPoint(model: PrfaqModel, id: SectionId): InsertionPoint {
  const present = new Map<SectionId, Section>();
  for (const s of model.sections) if (!present.has(s.id)) present.set(s.id, s);
  if (id === 'external-faq') {
    const internal = present.get('internal-faq');
    if (internal) return beforeSection(model, internal);
  }
  if (!isFaq(id)) {
    for (const next of SECTION_IDS.slice(SECTION_IDS.indexOf(id) + 1)) {
      const s = present.get(next);
      if (s && !isFaq(next)) return beforeSection(model, s);
    }
    if (model.pressReleaseRange) return afterRange(model, model.pressReleaseRange, lastOf(model, false));
    if (model.faqRange) return beforeLine(model, model.faqRange.start.line);
  } else if (model.faqRange) {
    return afterRange(model, model.faqRange, lastOf(model, true));
  }
  return endOfPrfaq(model, model.pressReleaseRange?.end.offset ?? 0);
}

/** Before the first appendix-like heading (Appendix, Specification, …) after `from`, else after the last line. */
function endOfPrfaq(model: PrfaqModel, from: number): InsertionPoint {
  const other = model.headings.find((h) => h.range.start.offset >= from && h.sectionId === null && classifyName(h.text)?.type === 'other');
  if (other) return beforeLine(model, other.range.start.line);
  return afterLine(model, lastContentLine(model, model.lineStarts.length), null);
}

function lastOf(model: PrfaqModel, faq: boolean): Section | null {
  const inPart = model.sections.filter((s) => isFaq(s.id) === faq);
  return inPart.length > 0 ? inPart[inPart.length - 1] : null;
}

function beforeSection(model: PrfaqModel, s: Section): InsertionPoint {
  const anchor = sectionAnchor(model, s);
  return { offset: lineStartOffset(model.lineStarts, anchor.start.line, model.text.length), anchor, neighbour: s };
}

function beforeLine(model: PrfaqModel, line: number): InsertionPoint {
  return { offset: lineStartOffset(model.lineStarts, line, model.text.length), anchor: lineRange(model, line), neighbour: null };
}

function afterRange(model: PrfaqModel, range: Range, neighbour: Section | null): InsertionPoint {
  const endLine = range.end.column === 1 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  return afterLine(model, lastContentLine(model, endLine), neighbour);
}

function afterLine(model: PrfaqModel, line: number, neighbour: Section | null): InsertionPoint {
  return { offset: lineStartOffset(model.lineStarts, line + 1, model.text.length), anchor: lineRange(model, line), neighbour };
}

/**
 * The style of the neighbouring section's heading (a new heading at another level next to it could
 * nest under or swallow it), else of the sibling section headings (same part), else of any, else `## X`.
 */
export function headingStyle(model: PrfaqModel, id: SectionId, neighbour: Section | null = null): HeadingStyle {
  const headed = model.sections.filter((s) => s.source === 'heading' && s.headingRange && s.headingLevel !== null);
  const siblings = headed.filter((s) => isFaq(s.id) === isFaq(id) && (isFaq(id) || (s.id !== 'headline' && s.id !== 'subheadline')));
  const pool = siblings.length > 0 ? siblings : headed.filter((s) => s.id !== 'headline' && s.id !== 'subheadline');
  const closed = model.headings.some((h) => h.sectionId !== null && h.closed);
  if (neighbour && headed.includes(neighbour) && isFaq(neighbour.id) === isFaq(id)) return styleOf(model, neighbour, neighbour.headingLevel!, closed);
  if (pool.length === 0) return { kind: 'atx', level: 2, closed: false };
  const level = mostCommon(pool.map((s) => s.headingLevel!));
  return styleOf(model, pool.find((s) => s.headingLevel === level)!, level, closed);
}

function styleOf(model: PrfaqModel, sample: Section, level: number, closed: boolean): HeadingStyle {
  if (level > 0) return { kind: 'atx', level, closed };
  const raw = model.text.slice(sample.headingRange!.start.offset, sample.headingRange!.end.offset).trimStart();
  return { kind: /^(\*\*|__)/.test(raw) ? 'bold' : 'plain', level: 0, closed: false };
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

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

export function headingLine(style: HeadingStyle, title: string): string {
  if (style.kind === 'bold') return `**${title}**`;
  if (style.kind === 'plain') return title;
  const hashes = '#'.repeat(style.level);
  return style.closed ? `${hashes} ${title} ${hashes}` : `${hashes} ${title}`;
}

/**
 * An insertion (never a replacement) of the heading and a one-line prompt, with blank lines around it.
 * The prompt is an HTML comment so it never counts as content: the section stays "empty" until the writer fills it.
 */
export function sectionInsertion(model: PrfaqModel, id: SectionId): { edit: TextEdit; anchor: Range } {
  const point = insertionPoint(model, id);
  const eol = lineBreak(model.text);
  const block = `${headingLine(headingStyle(model, id, point.neighbour), sectionTitle(id))}${eol}${eol}<!-- ${sectionPrompt(id)} -->`;
  const before = model.text.slice(0, point.offset);
  const after = model.text.slice(point.offset);
  const ending = lineEnding(before);
  const prefix = ending === 'blank' ? '' : ending === 'break' ? eol : eol + eol;
  const suffix = after === '' || /^[ \t]*(\r?\n|\r)/.test(after) ? eol : eol + eol;
  return { edit: { start: point.offset, end: point.offset, newText: prefix + block + suffix }, anchor: point.anchor };
}
