// Shared by press-release-length, faq-length and document-length: words against a page budget.
import type { Range, RelatedInfo, RuleContext, Severity } from '../types';
import { configuredSeverity, formatNumber, formatPages, maxSeverity, minSeverity, plural } from './util';

export interface BudgetCheck {
  /** "Press release", "FAQ", "The document". */
  label: string;
  words: number;
  budgetPages: number;
  range: Range;
  /** The biggest contributors, largest first. */
  parts: { name: string; words: number; range: Range }[];
}

export const DEFAULT_WARN_AT = 0.9;

/**
 * Near the budget the finding has the configured severity (at most a warning); over it, a configured
 * warning becomes an error. A user who set the rule to info or hint gets exactly that.
 */
export function checkBudget(ctx: RuleContext, ruleId: string, c: BudgetCheck): void {
  const wpp = ctx.config.wordsPerPage;
  const limit = c.budgetPages * wpp;
  const warnAt = typeof ctx.options.warnAt === 'number' && ctx.options.warnAt > 0 ? ctx.options.warnAt : DEFAULT_WARN_AT;
  if (limit <= 0 || c.words < warnAt * limit) return;
  const configured = configuredSeverity(ctx.config.rules[ruleId]?.severity, 'warning');
  const over = c.words > limit;
  const severity: Severity = over ? maxSeverity(configured, configured === 'warning' ? 'error' : configured) : minSeverity(configured, 'warning');
  const figures = `${c.label} is ${plural(c.words, 'word')} (${formatPages(c.words / wpp)})`;
  const budget = `${formatPages(c.budgetPages)} (${plural(limit, 'word')})`;
  const message = over
    ? `${figures}; the budget is ${budget}. Cut ${plural(c.words - limit, 'word')}.`
    : `${figures}, close to the budget of ${budget}.`;
  const related: RelatedInfo[] = [...c.parts]
    .sort((a, b) => b.words - a.words)
    .slice(0, 3)
    .filter((p) => p.words > 0)
    .map((p) => ({ message: `${p.name}: ${formatNumber(p.words)} words`, range: p.range }));
  ctx.report({ message, range: c.range, severity, related: related.length > 0 ? related : undefined });
}
