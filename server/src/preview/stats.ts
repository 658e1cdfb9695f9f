// The figures bar: the same word and page counts the diagnostics and the status bar show.
import type { CheckResult } from '../core/types';

function pages(value: number): string {
  return value.toFixed(1);
}

function figure(label: string, words: number, pageCount: number, budget: number): string {
  const over = pageCount > budget ? ' class="over"' : '';
  const unit = budget === 1 ? 'page' : 'pages';
  return `<span${over}>${label}: ${words.toLocaleString('en-US')} words, ${pages(pageCount)} of ${budget} ${unit}</span>`;
}

export function statsBar(result: CheckResult): string {
  const { words } = result.model;
  const { pressRelease, faq, total } = result.pages;
  const budgets = result.config.budgets;
  return [
    '<div id="prfaq-stats" class="prfaq-stats" role="status">',
    figure('Press release', words.pressRelease, pressRelease, budgets.pressRelease),
    figure('FAQ', words.faq, faq, budgets.faq),
    figure('Total', words.total, total, budgets.total),
    `<span class="muted">${result.pages.wordsPerPage} words a page</span>`,
    '<span id="prfaq-layout"></span>',
    '</div>',
  ].join('');
}
