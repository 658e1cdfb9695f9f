import { describe, expect, it } from 'vitest';
import type { StatsParams } from '../../../server/src/protocol';
import { formatStatus } from '../../../client/src/statusText';

function stats(words: { pr: number; ext: number; int: number }, wordsPerPage = 500): StatsParams {
  const faq = words.ext + words.int;
  const total = words.pr + faq;
  const pages = { pressRelease: words.pr / wordsPerPage, faq: faq / wordsPerPage, total: total / wordsPerPage, wordsPerPage };
  const budgets = { pressRelease: 1, faq: 5, total: 6 };
  const budgetWords = { pressRelease: wordsPerPage, faq: 5 * wordsPerPage, total: 6 * wordsPerPage };
  return {
    uri: 'file:///w/launch.prfaq.md',
    version: 3,
    words: { pressRelease: words.pr, externalFaq: words.ext, internalFaq: words.int, faq, total, code: 0 },
    pages,
    budgets,
    budgetWords,
    overBudget: { pressRelease: words.pr > budgetWords.pressRelease, faq: faq > budgetWords.faq, total: total > budgetWords.total },
    sections: [],
    counts: { error: 1, warning: 2, info: 0, hint: 0 },
  };
}

describe('formatStatus', () => {
  it('writes words against budgets with thousand separators and pages to one place', () => {
    const view = formatStatus(stats({ pr: 412, ext: 1300, int: 830 }));
    expect(view.text).toBe('PR 412/500 · FAQ 2,130/2,500 · 5.1/6 pages');
    expect(view.overBudget).toBe(false);
  });

  it('marks an over-budget document and says which part is over', () => {
    const view = formatStatus(stats({ pr: 640, ext: 900, int: 100 }));
    expect(view.text).toBe('$(warning) PR 640/500 · FAQ 1,000/2,500 · 3.3/6 pages');
    expect(view.overBudget).toBe(true);
    expect(view.tooltip).toMatch(/Press release: 640 words, 1\.3 of 1 page \(over budget\)/);
    expect(view.tooltip).not.toMatch(/FAQ: .*over budget/);
  });

  it('lists the findings by severity in the tooltip', () => {
    expect(formatStatus(stats({ pr: 10, ext: 0, int: 0 })).tooltip).toMatch(/1 errors, 2 warnings, 0 infos, 0 hints/);
  });
});
