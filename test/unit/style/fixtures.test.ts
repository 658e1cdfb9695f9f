import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../server/src/core/rules';
import { STYLE_RULES, styleFindings } from './helpers';

const ROOT = join(__dirname, '../../fixtures/style');

describe('style rules on well-written documents', () => {
  // Each rule's own fixtures are in test/fixtures/rules/<rule-id>, run by test/unit/rules/fixtures.test.ts.
  it('the style rules are the registered rules of category style', () => {
    const style = allRules.filter((r) => r.category === 'style').map((r) => r.id).sort();
    expect(style).toEqual([...STYLE_RULES].sort());
  });

  const wellWritten = readdirSync(ROOT).filter((n) => n.startsWith('well-written'));
  it('has well-written documents to stay quiet on', () => expect(wellWritten.length).toBeGreaterThanOrEqual(2));
  it.each(wellWritten)('%s: no style finding', (name) => {
    const text = readFileSync(join(ROOT, name), 'utf8');
    expect(styleFindings(text).map((f) => `${f.range.start.line} ${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
