// The figures bar: the same lengths and pages the diagnostics and the status bar show (core/pages.ts).
import type { CheckResult } from '../core/types';
import { lengthOf, overBudget, partMeasure, type Part } from '../core/pages';
import { formatDecimal, formatPages, formatSize, plural } from '../core/format';

export function statsBar(result: CheckResult): string {
  const { model, config, pages } = result;
  const total = partMeasure(model, 'total');
  const figure = (label: string, part: Part & keyof typeof config.budgets) => {
    const length = lengthOf(partMeasure(model, part), pages.unit, config, total);
    const budget = config.budgets[part];
    const over = overBudget(length.pages, budget) ? ' class="over"' : '';
    return `<span${over}>${label}: ${formatSize(length.size, length.unit)}, ${formatDecimal(length.pages)} of ${formatPages(budget)}</span>`;
  };
  const perPage = pages.unit === 'characters' ? plural(pages.charsPerPage, 'character') : plural(pages.wordsPerPage, 'word');
  return [
    '<div id="prfaq-stats" class="prfaq-stats" role="status">',
    figure('Press release', 'pressRelease'),
    figure('FAQ', 'faq'),
    figure('Total', 'total'),
    `<span class="muted">${perPage} a page</span>`,
    '<span id="prfaq-layout"></span>',
    '</div>',
  ].join('');
}
