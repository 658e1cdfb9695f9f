import { describe, expect, it } from 'vitest';
import type { StatsParams } from '../../../server/src/protocol';
import { formatStatus } from '../../../client/src/statusText';
import { buildStats } from '../../../server/src/lsp/stats';
import { check } from '../../../server/src/core/check';

function stats(words: { pr: number; ext: number; int: number }, wordsPerPage = 500): StatsParams {
  const faq = words.ext + words.int;
  const total = words.pr + faq;
  const pages = {
    pressRelease: words.pr / wordsPerPage,
    externalFaq: words.ext / wordsPerPage,
    internalFaq: words.int / wordsPerPage,
    faq: faq / wordsPerPage,
    total: total / wordsPerPage,
    wordsPerPage,
    charsPerPage: 1100,
    unit: 'words' as const,
  };
  const budgets = { pressRelease: 1, faq: 5, total: 6 };
  const budgetSize = { pressRelease: wordsPerPage, faq: 5 * wordsPerPage, total: 6 * wordsPerPage };
  return {
    uri: 'file:///w/launch.prfaq.md',
    version: 3,
    words: { pressRelease: words.pr, externalFaq: words.ext, internalFaq: words.int, faq, total, code: 0 },
    pages,
    budgets,
    size: { pressRelease: words.pr, externalFaq: words.ext, internalFaq: words.int, faq, total },
    budgetSize,
    overBudget: { pressRelease: words.pr > budgetSize.pressRelease, faq: faq > budgetSize.faq, total: total > budgetSize.total },
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
    expect(formatStatus(stats({ pr: 10, ext: 0, int: 0 })).tooltip).toMatch(/1 error, 2 warnings, 0 infos, 0 hints/);
  });

  it('tells a Chinese document in characters, from the same estimate as the diagnostics', () => {
    const body = '我们调查了四十家诊所，发现每八条消息中就有一条的答复晚了一天以上。'.repeat(40);
    const result = check(`# 港湾上线\n\n2027年3月3日，成都 — 艾克美公司今天发布港湾。${body}\n\n# 常见问题\n\n## 外部常见问题\n\n**问：报修需要付费吗？**\n\n答：免费。\n`);
    expect(result.pages.unit).toBe('characters');
    const view = formatStatus(buildStats('file:///w/zh.prfaq.md', 1, result));
    const chars = result.model.characters.pressRelease;
    expect(chars).toBeGreaterThan(1100);
    expect(view.text).toMatch(new RegExp(`^\\$\\(warning\\) PR ${chars.toLocaleString('en-US')}/[\\d,]+ · `));
    expect(view.tooltip).toContain(`Press release: ${chars.toLocaleString('en-US')} characters, ${(Math.round(result.pages.pressRelease * 10) / 10).toString()} of 1 page (over budget)`);
    expect(view.tooltip).toContain('A page: 500 words, or 1,000 characters of a script without spaces');
  });
});
