// Formats the status bar item for a document's figures; pure so it is tested without an editor.
import type { StatsParams } from '../../server/src/protocol';

export interface StatusView {
  text: string;
  tooltip: string;
  overBudget: boolean;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const onePlace = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const pagesFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatStatus(stats: StatsParams): StatusView {
  const { words, pages, budgets, budgetWords, overBudget, counts } = stats;
  const text = [
    `PR ${integer.format(words.pressRelease)}/${integer.format(budgetWords.pressRelease)}`,
    `FAQ ${integer.format(words.faq)}/${integer.format(budgetWords.faq)}`,
    `${onePlace.format(pages.total)}/${pagesFormat.format(budgets.total)} pages`,
  ].join(' · ');
  const over = overBudget.pressRelease || overBudget.faq || overBudget.total;
  const line = (name: string, w: number, p: number, budget: number, isOver: boolean) =>
    `${name}: ${integer.format(w)} words, ${onePlace.format(p)} of ${pagesFormat.format(budget)} ${budget === 1 ? 'page' : 'pages'}${isOver ? ' (over budget)' : ''}`;
  const tooltip = [
    line('Press release', words.pressRelease, pages.pressRelease, budgets.pressRelease, overBudget.pressRelease),
    line('FAQ', words.faq, pages.faq, budgets.faq, overBudget.faq),
    `  external ${integer.format(words.externalFaq)} words, internal ${integer.format(words.internalFaq)} words`,
    line('Whole document', words.total, pages.total, budgets.total, overBudget.total),
    `${integer.format(pages.wordsPerPage)} words a page`,
    `Findings: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos, ${counts.hint} hints`,
  ].join('\n');
  return { text: `${over ? '$(warning) ' : ''}${text}`, tooltip, overBudget: over };
}
