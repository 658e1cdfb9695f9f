import { describe, expect, it } from 'vitest';
import { check } from '../../../server/src/core/check';
import { allRules } from '../../../server/src/core/rules';
import { fixtureRuleIds, fixturesFor } from './fixtureFiles';

describe('rule fixtures', () => {
  it('every structure, length, FAQ and content rule has ok and not-ok fixtures', () => {
    const withFixtures = new Set(fixtureRuleIds());
    for (const rule of allRules.filter((r) => r.category !== 'style')) {
      expect(withFixtures.has(rule.id), `test/fixtures/rules/${rule.id}/ is missing`).toBe(true);
      const names = fixturesFor(rule.id).map((f) => f.name);
      expect(names.some((n) => n.startsWith('ok')), `${rule.id}: no ok*.md`).toBe(true);
      expect(names.some((n) => n.startsWith('not-ok')), `${rule.id}: no not-ok*.md`).toBe(true);
    }
  });

  it('every fixture directory names a rule', () => {
    const ids = new Set(allRules.map((r) => r.id));
    for (const id of fixtureRuleIds()) expect(ids.has(id), `fixtures for unknown rule ${id}`).toBe(true);
  });

  for (const ruleId of fixtureRuleIds()) {
    describe(ruleId, () => {
      for (const fixture of fixturesFor(ruleId)) {
        it(`${fixture.name}: reports exactly the marked lines`, () => {
          if (fixture.name.startsWith('not-ok')) expect(fixture.expectedLines.length, 'a not-ok fixture marks at least one line').toBeGreaterThan(0);
          else expect(fixture.expectedLines, 'an ok fixture marks no line').toEqual([]);
          const { findings } = check(fixture.text);
          const hitLines = [...new Set(findings.filter((f) => f.ruleId === ruleId).map((f) => f.range.start.line))].sort((a, b) => a - b);
          expect(hitLines).toEqual([...fixture.expectedLines].sort((a, b) => a - b));
        });
      }
    });
  }
});
