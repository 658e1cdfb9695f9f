import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../../server/src/core/check';
import { computeLineStarts, pointAt } from '../../../server/src/core/positions';
import { applyEdits } from './helpers';

// PR/FAQ-shaped documents built from the pieces real ones are made of, in any order and style.
const heading = fc.tuple(
  fc.integer({ min: 1, max: 4 }),
  fc.constantFrom('Summary', 'Problem', 'Solution', 'Leader Quote', 'How to Get Started', 'Customer Quote', 'Call to Action', 'External FAQ', 'Internal FAQ', 'Appendix', 'Describe the customer experience'),
  fc.boolean(),
).map(([level, name, closed]) => `${'#'.repeat(level)} ${name}${closed ? ` ${'#'.repeat(level)}` : ''}`);
const block = fc.oneof(
  heading,
  fc.constantFrom(
    'SEATTLE, WA – May 1, 2027 – Acme today launched Lantern, a night bus.',
    'Riders wait an hour for the last bus. TBD',
    '"It changed my nights," said Ana Ruiz, a nurse in Austin.',
    '> I get home before my kids wake up.\n> - Keisha from Oak Park',
    '### How much does it cost',
    '### Is it free?',
    '**Q: Can I pay by card.**',
    'A: TODO',
    '1. Do I need an account?\n\n   No.',
    '- [ ] Legal sign-off @xxxxx',
    '```\n# not a heading {RFC_TITLE}\n```',
    '<!-- prfaq-disable placeholder -->',
    '<!-- prfaq-disable-next-line -->',
    '**Problem**',
    'Project Name',
    '',
  ),
  fc.string({ maxLength: 40 }),
);
const documents = fc.tuple(fc.array(block, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([blocks, eol, trailing]) => {
  const text = blocks.join('\n\n').replace(/\n/g, eol);
  return trailing ? text + eol : text;
});

describe('rules on arbitrary documents', () => {
  it('never fail, and every range is inside the text with consistent positions', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const starts = computeLineStarts(text);
        for (const f of check(text).findings) {
          expect(f.message).not.toMatch(/^Internal error/);
          for (const r of [f.range, ...(f.related ?? []).map((x) => x.range)]) {
            expect(0 <= r.start.offset && r.start.offset <= r.end.offset && r.end.offset <= text.length).toBe(true);
            expect(pointAt(starts, r.start.offset)).toEqual(r.start);
            expect(pointAt(starts, r.end.offset)).toEqual(r.end);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('fixes keep the writer\'s text and remove their finding', () => {
    fc.assert(
      fc.property(documents, (text) => {
        for (const f of check(text).findings) {
          if (!f.fix) continue;
          const fixed = applyEdits(text, f.fix.edits);
          if (f.ruleId === 'missing-section') {
            const [e] = f.fix.edits;
            expect(e.start).toBe(e.end);
            expect(fixed.slice(0, e.start) + fixed.slice(e.start + e.newText.length)).toBe(text);
            const again = check(fixed).findings.filter((g) => g.ruleId === 'missing-section' && g.section === f.section);
            expect(again).toEqual([]);
          }
          if (f.ruleId === 'faq-question-form') {
            const [e] = f.fix.edits;
            expect(e.newText).toBe('?');
            expect(['', '.', ':']).toContain(text.slice(e.start, e.end));
            const before = check(text).findings.filter((g) => g.ruleId === 'faq-question-form').length;
            expect(check(fixed).findings.filter((g) => g.ruleId === 'faq-question-form')).toHaveLength(before - 1);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
  // Found by the property above with FC_SEED=1178987814 (the suite now runs a fixed seed): a release section
  // inserted after an "Appendix" heading lands inside the appendix and is still missing after the fix. The
  // insertion point belongs to the recogniser rewrite (reported to the lead). This pins today's behaviour: when
  // the fix lands it fails, and the last line becomes `.toEqual([])`.
  it('a missing release section is inserted before "# Appendix", where it counts, and is found after the fix', () => {
    const text = '# Appendix\n\n## Internal FAQ';
    const findings = check(text).findings.filter((f) => f.ruleId === 'missing-section' && f.section === 'problem');
    expect(findings).toHaveLength(1);
    const fixed = applyEdits(text, findings[0]!.fix!.edits);
    expect(fixed).toMatch(/^## Problem\n\n<!-- .* -->\n\n# Appendix\n/);
    expect(check(fixed).findings.filter((g) => g.ruleId === 'missing-section' && g.section === 'problem')).toEqual([]);
  });
});
