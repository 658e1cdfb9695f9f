// The figures the client's status bar shows, sent after every check.
import type { CheckResult, Finding } from '../core/types';
import type { StatsParams } from '../protocol';

export function buildStats(uri: string, version: number | null, result: CheckResult, checks?: StatsParams['checks']): StatsParams {
  const { budgets, wordsPerPage } = result.config;
  const words = result.model.words;
  const budgetWords = {
    pressRelease: budgets.pressRelease * wordsPerPage,
    faq: budgets.faq * wordsPerPage,
    total: budgets.total * wordsPerPage,
  };
  return {
    uri,
    version,
    words,
    pages: result.pages,
    budgets,
    budgetWords,
    overBudget: {
      pressRelease: words.pressRelease > budgetWords.pressRelease,
      faq: words.faq > budgetWords.faq,
      total: words.total > budgetWords.total,
    },
    sections: result.model.sections.map((s) => ({ id: s.id, line: s.range.start.line, words: s.words })),
    counts: countBySeverity(result.findings),
    ...(checks ? { checks } : {}),
  };
}

function countBySeverity(findings: Finding[]): StatsParams['counts'] {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
