import { describe, expect, it } from 'vitest';
import { applyEdits, covered, findings } from './helpers';
import { normaliseQuestion } from '../../../server/src/core/rules/faq-duplicate-question';

const faq = (...lines: string[]) => ['# Ferrylink', '', '## External FAQ', '', ...lines, ''].join('\n');

describe('faq-question-form', () => {
  it('adds "?" after the last word of a heading question and the finding goes away', () => {
    const text = faq('### When does the next boat leave', '', 'Every 40 minutes.');
    const [f] = findings(text, 'faq-question-form');
    expect(f.severity).toBe('info');
    expect(f.section).toBe('external-faq');
    expect(f.message).toBe('FAQ question "When does the next boat leave" does not end with a question mark.');
    const fixed = applyEdits(text, f.fix!.edits);
    expect(fixed).toBe(text.replace('leave\n', 'leave?\n'));
    expect(findings(fixed, 'faq-question-form')).toEqual([]);
  });

  it('replaces a final stop inside bold, before the closing marks', () => {
    const text = faq('**Q: Can I pay by card.**', '', 'A: Yes, at every booth.');
    const [f] = findings(text, 'faq-question-form');
    const fixed = applyEdits(text, f.fix!.edits);
    expect(fixed).toContain('**Q: Can I pay by card?**');
    expect(findings(fixed, 'faq-question-form')).toEqual([]);
  });

  it('inserts before the closing sequence of a closed ATX heading', () => {
    const text = faq('### Does it work in fog ###', '', 'Yes.');
    const [f] = findings(text, 'faq-question-form');
    expect(applyEdits(text, f.fix!.edits)).toContain('### Does it work in fog? ###');
  });

  it('skips a trailing comment and a long run of blanks when placing the "?"', () => {
    const text = faq('### How do I pay <!-- owner: Sam -->' + ' '.repeat(20000), '', 'By card.');
    const [f] = findings(text, 'faq-question-form');
    expect(applyEdits(text, f.fix!.edits)).toContain('### How do I pay? <!-- owner: Sam -->');
  });

  it('offers no fix for a topic label, only a message', () => {
    const text = faq('### Accessibility', '', 'The display reads the times aloud.');
    const [f] = findings(text, 'faq-question-form');
    expect(f.fix).toBeUndefined();
    expect(f.message).toBe('FAQ entry "Accessibility" is not phrased as a question: ask it the way a reader would.');
  });
});

describe('faq-unanswered', () => {
  it('says why the question counts as unanswered', () => {
    const text = faq('### Is it free?', '', 'TBD', '', '### Is it fast?', '', '### Is it safe?', '', 'Yes: it passed the coast guard inspection.');
    const found = findings(text, 'faq-unanswered');
    expect(found.map((f) => f.message)).toEqual([
      'Unanswered question "Is it free?": its answer is only "TBD".',
      'Unanswered question "Is it fast?": it has no answer.',
    ]);
    expect(covered(text, found[0])).toContain('Is it free?');
    expect(found.every((f) => f.severity === 'warning' && f.section === 'external-faq')).toBe(true);
  });
});

describe('faq-duplicate-question', () => {
  it('normalises case, punctuation, spacing and a Q: prefix', () => {
    expect(normaliseQuestion('Q: How much does it   COST?')).toBe(normaliseQuestion('how much does it cost'));
    expect(normaliseQuestion('How much does it cost?')).not.toBe(normaliseQuestion('How much does a pass cost?'));
  });

  it('reports the second question with the first as related, across external and internal FAQ', () => {
    const text = faq('### Is it free?', '', 'Yes.', '', '## Internal FAQ', '', '### is it FREE', '', 'For riders, yes.');
    const [f] = findings(text, 'faq-duplicate-question');
    expect(f.section).toBe('internal-faq');
    expect(f.message).toBe('Duplicate question "is it FREE": it is already asked on line 5.');
    expect(f.related).toHaveLength(1);
    expect(f.related![0].message).toBe('First asked here');
    expect(f.related![0].range.start.line).toBe(5);
  });
});
