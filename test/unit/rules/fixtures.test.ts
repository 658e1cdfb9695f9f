// One fixture runner for every rule (markdownlint-style): test/fixtures/rules/<rule-id>/{ok,not-ok}*.md.
// Each fixture is checked with the defaults (plus its own front matter); the rule's findings (line, column,
// end, severity and message) and the text after applying all of its fixes must equal the fixture's
// `<name>.expected` file, and the reported lines must be the ones marked `<!-- expect: rule-id -->`.
// After a deliberate change: `npx vitest run test/unit/rules/fixtures.test.ts -u`, then read the diff.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../../server/src/core/check';
import { allRules } from '../../../server/src/core/rules';
import { ruleDocsUrl } from '../../../server/src/core/runRules';
import type { Finding } from '../../../server/src/core/types';
import { fixtureRuleIds, fixturesFor, type Fixture } from './fixtureFiles';

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const at = (p: { line: number; column: number }) => `${p.line}:${p.column}`;

/** Applies every fix of the findings, inserts at one offset in the order the findings came. */
function applyFixes(text: string, findings: Finding[]): string {
  const edits = findings.flatMap((f, i) => (f.fix?.edits ?? []).map((e, j) => ({ ...e, order: i * 1000 + j })));
  edits.sort((a, b) => b.start - a.start || b.order - a.order);
  return edits.reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}

/** The text of a fixture's `.expected` file. */
function results(fixture: Fixture, findings: Finding[]): string {
  const fixed = findings.filter((f) => f.fix);
  const lines = [
    `# ${fixture.ruleId}/${fixture.name}: ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}, ${fixed.length} with a fix`,
    '',
    ...findings.map((f) => `${at(f.range.start)}-${at(f.range.end)} ${f.severity}: ${f.message}${f.fix ? `\n    fix: ${f.fix.title}` : ''}`),
  ];
  if (fixed.length > 0) lines.push('', '## The text after the fixes', '', applyFixes(fixture.text, findings));
  return `${lines.join('\n').trimEnd()}\n`;
}

describe('rule fixtures', () => {
  it('every rule has ok and not-ok fixtures, and every fixture folder is a rule', () => {
    const withFixtures = fixtureRuleIds();
    expect(withFixtures).toEqual(allRules.map((r) => r.id).sort());
    for (const id of withFixtures) {
      const names = fixturesFor(id).map((f) => f.name);
      expect(names.some((n) => n.startsWith('ok')), `${id}: no ok*.md`).toBe(true);
      expect(names.some((n) => n.startsWith('not-ok')), `${id}: no not-ok*.md`).toBe(true);
    }
  });

  for (const ruleId of fixtureRuleIds()) {
    describe(ruleId, () => {
      for (const fixture of fixturesFor(ruleId)) {
        it(`${fixture.name}: the marked lines, messages and fixed text`, async () => {
          if (fixture.name.startsWith('not-ok')) expect(fixture.expectedLines.length, 'a not-ok fixture marks at least one line').toBeGreaterThan(0);
          else expect(fixture.expectedLines, 'an ok fixture marks no line').toEqual([]);
          const findings = check(fixture.text).findings.filter((f) => f.ruleId === ruleId);
          const lines = [...new Set(findings.map((f) => f.range.start.line))].sort((a, b) => a - b);
          expect(lines, 'lines reported').toEqual([...fixture.expectedLines].sort((a, b) => a - b));
          for (const f of findings) {
            expect(f.url).toBe(ruleDocsUrl(ruleId));
            // A fix inserts, or rewrites words on the finding's own lines: it never removes a line or text elsewhere.
            for (const e of f.fix?.edits ?? []) {
              const removed = fixture.text.slice(e.start, e.end);
              if (!removed) continue;
              expect(removed, `${f.fix!.title}: removes a line break`).not.toMatch(/\n/);
              expect(lineOf(fixture.text, e.start), `${f.fix!.title}: edits another line`).toBe(f.range.start.line);
            }
          }
          await expect(results(fixture, findings)).toMatchFileSnapshot(path.join(path.dirname(fixture.path), `${fixture.name.replace(/\.md$/, '')}.expected`));
        });
      }
    });
  }
});
