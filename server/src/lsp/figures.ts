// Words and pages as the writer reads them in hovers and lenses.
import { FAQ_SECTIONS, type ResolvedConfig, type SectionId } from '../core/types';

export function formatPages(pages: number): string {
  return `${formatNumber(pages)} ${pages > 1 ? 'pages' : 'page'}`;
}

export function formatNumber(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, '');
}

export function words(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'word' : 'words'}`;
}

/** The budget a section's words count against: the press release for its parts, the FAQ for FAQ sections. */
export function budgetOf(config: ResolvedConfig, id: SectionId): { name: string; pages: number; words: number } {
  const faq = (FAQ_SECTIONS as readonly string[]).includes(id);
  const pages = faq ? config.budgets.faq : config.budgets.pressRelease;
  return { name: faq ? 'FAQ' : 'press release', pages, words: pages * config.wordsPerPage };
}
