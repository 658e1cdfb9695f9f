// The figures hovers and lenses show for a section or an FAQ entry: the core's page estimate, told in
// the document's unit (words, or characters for Chinese and Japanese), formatted by core/format.ts.
import { FAQ_SECTIONS, type CheckResult, type FaqEntry, type SectionId, type Section } from '../core/types';
import { budgetSize, entryMeasure, lengthOf, partMeasure, sectionMeasure, type Length, type Part } from '../core/pages';
import { formatPages, formatSize } from '../core/format';

/** The budget a section's length counts against: the press release for its parts, the FAQ for FAQ sections. */
export function budgetOf(result: CheckResult, id: SectionId): { name: string; pages: number } {
  const faq = (FAQ_SECTIONS as readonly string[]).includes(id);
  return { name: faq ? 'FAQ' : 'press release', pages: faq ? result.config.budgets.faq : result.config.budgets.pressRelease };
}

export function sectionLength(result: CheckResult, section: Section): Length {
  return lengthOf(sectionMeasure(section), result.pages.unit, result.config, partMeasure(result.model, 'total'));
}

/** A whole part of the document (the press release, the FAQ or one of its parts). */
export function partLength(result: CheckResult, part: Part): Length {
  return lengthOf(partMeasure(result.model, part), result.pages.unit, result.config, partMeasure(result.model, 'total'));
}

export function entryLength(result: CheckResult, entry: FaqEntry): Length {
  return lengthOf(entryMeasure(entry), result.pages.unit, result.config, partMeasure(result.model, 'total'));
}

/** "230 words", "1,900 characters". */
export function describeSize(length: Length): string {
  return formatSize(length.size, length.unit);
}

/** "230 words · 0.5 pages". */
export function describeLength(length: Length): string {
  return `${describeSize(length)} · ${formatPages(length.pages)}`;
}

/** "1 page, 500 words": a budget of `pages` told in the unit and mix of `length`. */
export function describeBudget(length: Length, pages: number): string {
  return `${formatPages(pages)}, ${formatSize(budgetSize(length, pages), length.unit)}`;
}
