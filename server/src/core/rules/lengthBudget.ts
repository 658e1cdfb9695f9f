// Shared by press-release-length, faq-length and document-length: a part's pages against its budget.
// Lengths are told in words, or in characters for a document mostly in Chinese or Japanese (core/pages.ts).
import type { Range, RelatedInfo, RuleContext, Severity } from '../types';
import { budgetSize, documentUnit, lengthOf, nearBudget, overBudget, partMeasure, type PageMeasure } from '../pages';
import { formatPages, formatSize } from '../format';
import { configuredSeverity, maxSeverity, minSeverity } from './util';

export interface BudgetCheck {
  /** "Press release", "FAQ", "The document". */
  label: string;
  measure: PageMeasure;
  budgetPages: number;
  range: Range;
  /** The contributors (read only when the rule reports): the three biggest become the related places. */
  parts: () => { name: string; measure: PageMeasure; range: Range }[];
}

export const DEFAULT_WARN_AT = 0.9;

/**
 * Near the budget the finding has the configured severity (at most a warning); over it, a configured
 * warning becomes an error. A user who set the rule to info or hint gets exactly that.
 */
export function checkBudget(ctx: RuleContext, ruleId: string, c: BudgetCheck): void {
  const { config, model } = ctx;
  const warnAt = typeof ctx.options.warnAt === 'number' && ctx.options.warnAt > 0 ? ctx.options.warnAt : DEFAULT_WARN_AT;
  const unit = documentUnit(model, config);
  const length = lengthOf(c.measure, unit, config, partMeasure(model, 'total'));
  if (c.budgetPages <= 0 || !nearBudget(length.pages, c.budgetPages, warnAt)) return;
  const configured = configuredSeverity(config.rules[ruleId]?.severity, 'warning');
  const over = overBudget(length.pages, c.budgetPages);
  const severity: Severity = over ? maxSeverity(configured, configured === 'warning' ? 'error' : configured) : minSeverity(configured, 'warning');
  const limit = budgetSize(length, c.budgetPages);
  const figures = `${c.label} is ${formatSize(length.size, unit)} (${formatPages(length.pages)})`;
  const budget = `${formatPages(c.budgetPages)} (${formatSize(limit, unit)})`;
  const message = over
    ? `${figures}; the budget is ${budget}. Cut ${formatSize(Math.max(1, length.size - limit), unit)}.`
    : `${figures}, close to the budget of ${budget}.`;
  const related: RelatedInfo[] = c
    .parts()
    .map((p) => ({ ...p, size: lengthOf(p.measure, unit, config).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 3)
    .filter((p) => p.size > 0)
    .map((p) => ({ message: `${p.name}: ${formatSize(p.size, unit)}`, range: p.range }));
  ctx.report({ message, range: c.range, severity, related: related.length > 0 ? related : undefined });
}
