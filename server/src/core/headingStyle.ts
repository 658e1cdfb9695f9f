// How this document writes the names of its parts, so that text the checker inserts (a missing
// section, a completed heading, a new FAQ question) looks like the writer's own. One home for the
// quick fix (rules/sectionInsertion.ts) and the editor's completion (lsp/completion.ts).
import { FAQ_SECTIONS } from './types';
import type { BlockInfo, PrfaqModel, SectionId } from './types';

export interface HeadingStyle {
  /** How press-release parts are named: ATX headings, or label lines (bold or plain). */
  partKind: 'atx' | 'bold' | 'plain';
  /** ATX level of press-release part headings (when `partKind` is 'atx'). */
  partLevel: number;
  /** ATX level of the FAQ headings. */
  faqLevel: number;
  /** Closed ATX (`## Problem ##`). */
  closed: boolean;
}

const DEFAULT_LEVEL = 2;
const isFaqName = (n: BlockInfo['names']) => n === 'faq' || n === 'external-faq' || n === 'internal-faq';
const isPartName = (n: BlockInfo['names']) => n !== null && n !== 'headline' && n !== 'subheadline' && !isFaqName(n) && !['press-release', 'prfaq', 'other', 'title', 'body', 'dateline', 'decoration'].includes(n);

/**
 * The release's own part headings decide: a bold label where the release uses labels, their level where
 * it uses headings, else one level below the release's container heading ("## Press Release" → ###).
 */
export function headingStyle(model: PrfaqModel): HeadingStyle {
  const named = model.blocks.filter((b) => b.region === 'pr' && (b.kind === 'heading' || b.kind === 'label') && isPartName(b.names));
  const labels = named.filter((b) => b.kind === 'label');
  const headings = named.filter((b) => b.kind === 'heading');
  const container = model.blocks.find((b) => b.kind === 'heading' && (b.names === 'press-release' || b.names === 'prfaq'));
  const faqHeading = model.blocks.find((b) => b.kind === 'heading' && isFaqName(b.names));
  const topLevel = model.blocks.find((b) => b.kind === 'heading')?.level ?? 1;
  const partLevel = headings.length ? mostCommon(headings.map((b) => b.level)) : container ? Math.min(6, container.level + 1) : Math.min(6, Math.max(DEFAULT_LEVEL, topLevel + 1));
  const partKind = labels.length > headings.length ? (labels.filter((b) => b.bold).length * 2 >= labels.length ? 'bold' : 'plain') : 'atx';
  // The FAQ sits beside the release: at its container's level, else beside the part headings.
  const faqLevel = faqHeading?.level ?? container?.level ?? (partKind === 'atx' ? partLevel : DEFAULT_LEVEL);
  return { partKind, partLevel, faqLevel, closed: mostlyClosed(model) };
}

/** Closed ATX when most headings with text are closed (the `##` being typed right now has none and does not count). */
function mostlyClosed(model: PrfaqModel): boolean {
  const written = model.headings.filter((h) => h.text.trim() !== '');
  return written.filter((h) => h.closed).length * 2 > written.length;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

/** The level a section's name is written at in this style (0: a label line). */
export function sectionLevel(style: HeadingStyle, id: SectionId): number {
  if ((FAQ_SECTIONS as readonly string[]).includes(id)) return style.faqLevel;
  return style.partKind === 'atx' ? style.partLevel : 0;
}

/** A section's name written in the style: `### Problem`, `## Problem ##`, `**Problem**` or `Problem`. */
export function formatHeading(style: HeadingStyle, id: SectionId, title: string): string {
  const level = sectionLevel(style, id);
  if (level === 0) return style.partKind === 'plain' ? title : `**${title}**`;
  return formatAtx(title, level, style.closed);
}

export function formatAtx(text: string, level: number, closed: boolean): string {
  const hashes = '#'.repeat(Math.min(6, Math.max(1, level)));
  return closed ? `${hashes} ${text} ${hashes}` : `${hashes} ${text}`;
}
