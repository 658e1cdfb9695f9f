import { allRules } from './rules';
import { applyDirectives } from './directives';
import { documentStage, stageSeverity } from './stages';
import type { Finding, PrfaqModel, ResolvedConfig, Severity } from './types';

export const DOCS_BASE_URL = 'https://github.com/prfaq/prfaq/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

/** Runs every enabled rule; a rule that throws is reported as one finding instead of taking the others down. */
export function runRules(model: PrfaqModel, config: ResolvedConfig): Finding[] {
  const findings: Finding[] = [];
  const stage = documentStage(model, config);
  for (const rule of allRules) {
    const setting = config.rules[rule.id];
    if (!setting || setting.severity === 'off') continue;
    const severity = setting.severity as Severity;
    const url = ruleDocsUrl(rule.id);
    try {
      rule.check({
        model,
        config,
        options: setting.options,
        report: (f) => findings.push({ ...f, ruleId: rule.id, severity: stageSeverity(rule.category, rule.id, stage, f.severity ?? severity), url }),
      });
    } catch (e) {
      const start = { line: 1, column: 1, offset: 0 };
      findings.push({ ruleId: rule.id, severity: 'error', url, message: `Internal error in rule ${rule.id}: ${(e as Error).message}`, range: { start, end: start } });
    }
  }
  const kept = applyDirectives(findings, model.directives);
  kept.sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
  return kept;
}
