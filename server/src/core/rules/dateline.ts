import type { Rule } from '../types';
import { firstContentLine, lineRange } from './util';

// The recogniser reads the dateline in every language it knows (vocabulary: month names, date forms,
// "2026년 9월, 시애틀", a `**Data:**` field); this rule only says what is missing from it.
export const dateline: Rule = {
  id: 'dateline',
  description: 'The summary paragraph does not open with a dateline (city and launch date).',
  defaultSeverity: 'info',
  fixable: false,
  category: 'content',
  check({ model, report }) {
    const summary = model.sections.find((s) => s.id === 'summary');
    if (!summary || summary.empty || summary.instructionsOnly || !model.dateline) return;
    const { city, date, placeholderDate } = model.dateline;
    if (city && (date || placeholderDate)) return;
    const missing = !city && !date && !placeholderDate ? 'a dateline (city and launch date)' : !city ? 'the city in its dateline' : 'the launch date in its dateline';
    const at = model.dateline.range;
    report({
      message: `The summary lacks ${missing}: open it like "SEATTLE, WA – May 1, 2026 – Today, …".`,
      range: lineRange(model, firstContentLine(model, at.start.line, at.end.line)),
      section: 'summary',
    });
  },
};
