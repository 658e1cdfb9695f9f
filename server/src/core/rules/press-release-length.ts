import { FAQ_SECTIONS } from '../types';
import type { Rule } from '../types';
import { checkBudget, DEFAULT_WARN_AT } from './lengthBudget';
import { partMeasure, sectionMeasure } from '../pages';
import { sectionTitle } from './sectionText';
import { lineRange, sectionAnchor } from './util';

export const pressReleaseLength: Rule = {
  id: 'press-release-length',
  description: 'The press release is longer than its page budget (default 1 page): warning from 90 %, error over.',
  defaultSeverity: 'warning',
  defaultOptions: { warnAt: DEFAULT_WARN_AT },
  fixable: false,
  category: 'length',
  check(ctx) {
    const { model, config } = ctx;
    if (!model.pressReleaseRange) return;
    const parts = () =>
      model.sections
        // (A part found inside another's text holds that part's words: it is not listed twice.)
        .filter((s) => !(FAQ_SECTIONS as readonly string[]).includes(s.id) && !s.shared)
        .map((s) => ({ name: sectionTitle(s.id), measure: sectionMeasure(s), range: sectionAnchor(model, s) }));
    checkBudget(ctx, 'press-release-length', {
      label: 'The press release',
      measure: partMeasure(model, 'pressRelease'),
      budgetPages: config.budgets.pressRelease,
      range: lineRange(model, model.pressReleaseRange.start.line),
      parts,
    });
  },
};
