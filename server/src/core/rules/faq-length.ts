import type { Rule } from '../types';
import { checkBudget, DEFAULT_WARN_AT } from './lengthBudget';
import { entryMeasure, partMeasure } from '../pages';
import { lineRange, quoteText } from './util';

export const faqLength: Rule = {
  id: 'faq-length',
  description: 'The FAQ (external and internal) is longer than its page budget (default 5 pages): warning from 90 %, error over.',
  defaultSeverity: 'warning',
  defaultOptions: { warnAt: DEFAULT_WARN_AT },
  fixable: false,
  category: 'length',
  check(ctx) {
    const { model, config } = ctx;
    if (!model.faqRange) return;
    // The longest answers are where cutting pays off, so they are the related places.
    const parts = () => [...model.faq.external, ...model.faq.internal].map((q) => ({ name: quoteText(q.question), measure: entryMeasure(q), range: q.range }));
    checkBudget(ctx, 'faq-length', {
      label: 'The FAQ',
      measure: partMeasure(model, 'faq'),
      budgetPages: config.budgets.faq,
      range: lineRange(model, model.faqRange.start.line),
      parts,
    });
  },
};
