import type { Rule } from '../types';
import { checkBudget, DEFAULT_WARN_AT } from './lengthBudget';
import { partMeasure, sectionMeasure } from '../pages';
import { sectionTitle } from './sectionText';
import { documentAnchor, sectionAnchor } from './util';

export const documentLength: Rule = {
  id: 'document-length',
  description: 'The whole PR/FAQ is longer than its page budget (default 6 pages): warning from 90 %, error over.',
  defaultSeverity: 'warning',
  defaultOptions: { warnAt: DEFAULT_WARN_AT },
  fixable: false,
  category: 'length',
  check(ctx) {
    const { model, config } = ctx;
    const parts = () => model.sections.map((s) => ({ name: sectionTitle(s.id), measure: sectionMeasure(s), range: sectionAnchor(model, s) }));
    checkBudget(ctx, 'document-length', {
      label: 'The document',
      measure: partMeasure(model, 'total'),
      budgetPages: config.budgets.total,
      range: documentAnchor(model),
      parts,
    });
  },
};
