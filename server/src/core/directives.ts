import type { DisableDirective, Finding } from './types';

/**
 * Drops findings silenced by inline comments:
 * `<!-- prfaq-disable rule-a rule-b -->` … `<!-- prfaq-enable rule-a -->`, `<!-- prfaq-disable-next-line rule -->`.
 * No rule ids means every rule.
 */
export function applyDirectives(findings: Finding[], directives: DisableDirective[]): Finding[] {
  if (directives.length === 0) return findings;
  const sorted = [...directives].sort((a, b) => a.line - b.line);
  return findings.filter((f) => !isDisabled(f.ruleId, f.range.start.line, sorted));
}

function isDisabled(ruleId: string, line: number, directives: DisableDirective[]): boolean {
  let disabled = false;
  for (const d of directives) {
    const applies = d.rules.length === 0 || d.rules.includes(ruleId);
    if (!applies) continue;
    if (d.kind === 'disable-next-line' && d.range.end.line + 1 === line) return true;
    if (d.kind === 'disable-line' && d.line === line) return true;
    if (d.line > line) break;
    if (d.kind === 'disable') disabled = true;
    else if (d.kind === 'enable') disabled = false;
  }
  return disabled;
}
