import type { FaqEntry, Rule } from '../types';
import { allFaqEntries, faqSectionOf } from './faqEntries';
import { quoteText } from './util';

function why(entry: FaqEntry): string {
  const answer = entry.answerText.trim();
  if (answer === '') return 'it has no answer';
  if (/^(?:[-*_~.\s]*)(?:TODO|TBD|TBA|FIXME|XXX|\?+|N\/?A|…|\.\.\.)[\s.:!-]*$/i.test(answer)) return `its answer is only "${answer}"`;
  return 'its answer holds only instructions';
}

export const faqUnanswered: Rule = {
  id: 'faq-unanswered',
  description: 'An FAQ question has no real answer (empty, TODO, TBD or only instructions).',
  defaultSeverity: 'warning',
  fixable: false,
  category: 'faq',
  check({ model, report }) {
    for (const entry of allFaqEntries(model)) {
      if (entry.answered) continue;
      report({
        message: `Unanswered question ${quoteText(entry.question)}: ${why(entry)}.`,
        range: entry.range,
        section: faqSectionOf(entry),
      });
    }
  },
};
