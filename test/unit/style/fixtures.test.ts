import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../server/src/core/rules';
import { expectedLines } from '../rules/fixtureFiles';
import { STYLE_RULES, findings, styleFindings } from './helpers';

const ROOT = join(__dirname, '../../fixtures/style');
const dirs = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('style rule fixtures', () => {
  it('every style rule is registered and has ok and not-ok fixtures', () => {
    const style = allRules.filter((r) => r.category === 'style').map((r) => r.id).sort();
    expect(style).toEqual([...STYLE_RULES].sort());
    expect(dirs).toEqual([...STYLE_RULES].sort());
    for (const id of dirs) {
      const names = readdirSync(join(ROOT, id));
      expect(names.some((n) => n.startsWith('ok')), `${id}: no ok*.md`).toBe(true);
      expect(names.some((n) => n.startsWith('not-ok')), `${id}: no not-ok*.md`).toBe(true);
    }
  });

  for (const ruleId of dirs) {
    describe(ruleId, () => {
      for (const name of readdirSync(join(ROOT, ruleId)).filter((n) => n.endsWith('.md')).sort()) {
        it(`${name}: reports exactly the marked lines`, () => {
          const text = readFileSync(join(ROOT, ruleId, name), 'utf8');
          const expected = expectedLines(text, ruleId);
          if (name.startsWith('not-ok')) expect(expected.length).toBeGreaterThan(0);
          else expect(expected).toEqual([]);
          const lines = [...new Set(findings(text).filter((f) => f.ruleId === ruleId).map((f) => f.range.start.line))].sort((a, b) => a - b);
          expect(lines).toEqual(expected);
        });
      }
    });
  }

  const wellWritten = readdirSync(ROOT).filter((n) => n.startsWith('well-written'));
  it('has well-written documents to stay quiet on', () => expect(wellWritten.length).toBeGreaterThanOrEqual(2));
  it.each(wellWritten)('%s: no style finding', (name) => {
    const text = readFileSync(join(ROOT, name), 'utf8');
    expect(styleFindings(text).map((f) => `${f.range.start.line} ${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
