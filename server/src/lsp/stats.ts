// The figures the client's status bar shows, sent after every check: the core's page estimate.
import type { CheckResult, Finding } from '../core/types';
import type { StatsParams } from '../protocol';
import { budgetSize, lengthOf, overBudget, partMeasure, type Part } from '../core/pages';

export function buildStats(uri: string, version: number | null, result: CheckResult, checks?: StatsParams['checks']): StatsParams {
  const { model, config, pages } = result;
  const total = partMeasure(model, 'total');
  const length = (part: Part) => lengthOf(partMeasure(model, part), pages.unit, config, total);
  const budgeted = { pressRelease: length('pressRelease'), faq: length('faq'), total: length('total') };
  const { budgets } = config;
  return {
    uri,
    version,
    words: model.words,
    pages,
    budgets,
    size: {
      pressRelease: budgeted.pressRelease.size,
      externalFaq: length('externalFaq').size,
      internalFaq: length('internalFaq').size,
      faq: budgeted.faq.size,
      total: budgeted.total.size,
    },
    budgetSize: {
      pressRelease: budgetSize(budgeted.pressRelease, budgets.pressRelease),
      faq: budgetSize(budgeted.faq, budgets.faq),
      total: budgetSize(budgeted.total, budgets.total),
    },
    overBudget: {
      pressRelease: overBudget(pages.pressRelease, budgets.pressRelease),
      faq: overBudget(pages.faq, budgets.faq),
      total: overBudget(pages.total, budgets.total),
    },
    sections: model.sections.map((s) => ({ id: s.id, line: s.range.start.line, words: s.words })),
    counts: countBySeverity(result.findings),
    ...(checks ? { checks } : {}),
  };
}

function countBySeverity(findings: Finding[]): StatsParams['counts'] {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
