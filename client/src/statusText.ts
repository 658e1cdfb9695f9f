// Formats the status bar item for a document's figures; pure so it is tested without an editor.
import type { StatsParams } from '../../server/src/protocol';
import { formatDecimal, formatNumber, formatPages, formatSize, plural } from '../../server/src/core/format';

export interface StatusView {
  text: string;
  tooltip: string;
  overBudget: boolean;
}

export function formatStatus(stats: StatsParams): StatusView {
  const { size, pages, budgets, budgetSize, overBudget, counts } = stats;
  const unit = pages.unit;
  const text = [
    `PR ${formatNumber(size.pressRelease)}/${formatNumber(budgetSize.pressRelease)}`,
    `FAQ ${formatNumber(size.faq)}/${formatNumber(budgetSize.faq)}`,
    `${formatDecimal(pages.total)}/${formatPages(budgets.total)}`,
  ].join(' · ');
  const over = overBudget.pressRelease || overBudget.faq || overBudget.total;
  const line = (name: string, n: number, p: number, budget: number, isOver: boolean) =>
    `${name}: ${formatSize(n, unit)}, ${formatDecimal(p)} of ${formatPages(budget)}${isOver ? ' (over budget)' : ''}`;
  const tooltip = [
    line('Press release', size.pressRelease, pages.pressRelease, budgets.pressRelease, overBudget.pressRelease),
    line('FAQ', size.faq, pages.faq, budgets.faq, overBudget.faq),
    `  external ${formatSize(size.externalFaq, unit)}, internal ${formatSize(size.internalFaq, unit)}`,
    line('Whole document', size.total, pages.total, budgets.total, overBudget.total),
    `A page: ${plural(pages.wordsPerPage, 'word')}, or ${plural(pages.charsPerPage, 'character')} of a script without spaces`,
    `Findings: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}, ${plural(counts.hint, 'hint')}`,
  ].join('\n');
  return { text: `${over ? '$(warning) ' : ''}${text}`, tooltip, overBudget: over };
}
