import type { FaqEntry, Rule } from '../types';
import { allFaqEntries, bareQuestion, faqSectionOf } from './faqEntries';
import { quoteText } from './util';

/** Case, punctuation, symbols and spacing do not make a question different. */
export function normaliseQuestion(question: string): string {
  return bareQuestion(question)
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const faqDuplicateQuestion: Rule = {
  id: 'faq-duplicate-question',
  description: 'The same FAQ question is asked twice (ignoring case, punctuation and spacing).',
  defaultSeverity: 'warning',
  fixable: false,
  category: 'faq',
  check({ model, report }) {
    const first = new Map<string, FaqEntry>();
    for (const entry of allFaqEntries(model)) {
      const key = normaliseQuestion(entry.question);
      if (key === '') continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, entry);
        continue;
      }
      report({
        message: `Duplicate question ${quoteText(entry.question)}: it is already asked on line ${earlier.range.start.line}.`,
        range: entry.range,
        section: faqSectionOf(entry),
        related: [{ message: 'First asked here', range: earlier.range }],
      });
    }
  },
};
