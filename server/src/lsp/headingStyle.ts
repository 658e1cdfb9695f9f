// How this document writes its headings, so inserted text looks like the writer's own.
import { PRESS_RELEASE_SECTIONS, type FaqEntry, type PrfaqModel, type SectionId } from '../core/types';

export interface HeadingStyle {
  /** ATX level of press-release part headings; 0 = bold label line. */
  partLevel: number;
  /** ATX level of the FAQ section headings. */
  faqLevel: number;
  /** Closed ATX (`## Problem ##`). */
  closed: boolean;
}

const DEFAULT_LEVEL = 2;

export function headingStyle(model: PrfaqModel): HeadingStyle {
  const levelOf = (ids: readonly SectionId[]) =>
    model.sections.find((s) => ids.includes(s.id) && s.source === 'heading' && s.headingLevel !== null)?.headingLevel ?? null;
  const parts = PRESS_RELEASE_SECTIONS.filter((id) => id !== 'headline' && id !== 'subheadline');
  const faqLevel = levelOf(['external-faq', 'internal-faq']);
  const partLevel = levelOf(parts) ?? faqLevel ?? DEFAULT_LEVEL;
  return { partLevel, faqLevel: faqLevel || partLevel || DEFAULT_LEVEL, closed: mostlyClosed(model) };
}

/** Closed ATX when most headings with text are closed (the `##` being typed right now has none and does not count). */
function mostlyClosed(model: PrfaqModel): boolean {
  const written = model.headings.filter((h) => h.text.trim() !== '');
  return written.filter((h) => h.closed).length * 2 > written.length;
}

export function formatHeading(text: string, level: number, closed: boolean): string {
  if (level === 0) return `**${text}**`;
  const hashes = '#'.repeat(Math.min(6, Math.max(1, level)));
  return closed ? `${hashes} ${text} ${hashes}` : `${hashes} ${text}`;
}

export function sectionLevel(style: HeadingStyle, id: SectionId): number {
  return id === 'external-faq' || id === 'internal-faq' ? style.faqLevel : style.partLevel;
}

/** A new FAQ question written like the existing ones (or as a heading one level under the FAQ heading). */
export function formatQuestion(model: PrfaqModel, existing: FaqEntry[], style: HeadingStyle, question: string): string {
  const sample = existing[0];
  switch (sample?.format) {
    case 'bold-q':
      return `**Q: ${question}**`;
    case 'bold':
      return `**${question}**`;
    case 'list':
      return `${existing.length + 1}. ${question}`;
    case 'plain-q':
      return `Q: ${question}`;
    case 'heading':
      return formatHeading(question, headingLevelAt(model, sample.range.start.offset) ?? style.faqLevel + 1, style.closed);
    default:
      return formatHeading(question, Math.min(6, style.faqLevel + 1), style.closed);
  }
}

function headingLevelAt(model: PrfaqModel, offset: number): number | null {
  const heading = model.headings.find((h) => h.range.start.offset <= offset && offset <= h.range.end.offset);
  return heading?.level ?? null;
}
