import { describe, expect, it } from 'vitest';
import { check } from '../../../server/src/core/check';
import { applyDirectives } from '../../../server/src/core/directives';
import type { DisableDirective, Finding } from '../../../server/src/core/types';

const lines = (text: string, ruleId = 'placeholder') =>
  check(text).findings.filter((f) => f.ruleId === ruleId).map((f) => f.range.start.line);

describe('inline directives', () => {
  it('disable … enable turns a rule off between the comments', () => {
    const text = ['# Lantern', '', 'TBD one.', '', '<!-- prfaq-disable placeholder -->', '', 'TBD two.', '', '<!-- prfaq-enable placeholder -->', '', 'TBD three.'].join('\n');
    expect(lines(text)).toEqual([3, 11]);
  });

  it('disable-next-line affects only the next line', () => {
    const text = ['# Lantern', '', '<!-- prfaq-disable-next-line placeholder -->', 'TBD one.', 'TBD two.'].join('\n');
    expect(lines(text)).toEqual([5]);
  });

  it('disable-line affects its own line', () => {
    expect(lines('# Lantern\n\nTBD one. <!-- prfaq-disable-line placeholder -->\nTBD two.\n')).toEqual([4]);
  });

  it('no rule ids means every rule; other rules stay on', () => {
    const text = ['# Lantern', '', '<!-- prfaq-disable -->', '', 'TBD one.', '', '### Is it free', '', 'TBD'].join('\n');
    expect(check(text).findings.filter((f) => f.range.start.line > 3)).toEqual([]);
    const onlyFaq = text.replace('<!-- prfaq-disable -->', '<!-- prfaq-disable faq-question-form, faq-unanswered -->');
    expect(lines(onlyFaq)).toEqual([5, 9]);
  });

  it('enable of one rule after a disable of all re-enables only that rule', () => {
    const d = (kind: DisableDirective['kind'], rules: string[], line: number): DisableDirective => ({
      kind,
      rules,
      line,
      range: { start: { line, column: 1, offset: 0 }, end: { line, column: 10, offset: 0 } },
    });
    const f = (ruleId: string, line: number) => ({ ruleId, range: { start: { line, column: 1, offset: 0 }, end: { line, column: 1, offset: 0 } } }) as Finding;
    const kept = applyDirectives([f('a', 1), f('a', 3), f('b', 3), f('a', 6), f('b', 6)], [d('disable', [], 2), d('enable', ['a'], 5)]);
    expect(kept.map((k) => `${k.ruleId}@${k.range.start.line}`)).toEqual(['a@1', 'a@6']);
  });

  it('a directive inside fenced code is text, not a directive', () => {
    const text = ['# Lantern', '', '```', '<!-- prfaq-disable placeholder -->', '```', '', 'TBD one.'].join('\n');
    expect(lines(text)).toEqual([7]);
  });
});
