import { describe, expect, it } from 'vitest';
import { covered, findings } from './helpers';

/** A press release of `n` body words plus the headline's words, and an FAQ of `m` answer words. */
function doc(prWords: number, faqWords = 0): string {
  const words = (n: number, w: string) => Array.from({ length: n }, () => w).join(' ');
  const lines = ['# Ferrylink Launches', '', '## Summary', '', words(prWords, 'ferry') + '.', ''];
  if (faqWords > 0) lines.push('## External FAQ', '', '### Is it free?', '', words(faqWords, 'yes') + '.', '');
  return lines.join('\n');
}
// "Ferrylink Launches" (2) + "Summary" (1) are counted with the body.
const PR_EXTRA = 3;

describe('length budgets', () => {
  it('no finding under 90 % of the budget', () => {
    expect(findings(doc(440 - PR_EXTRA), 'press-release-length')).toEqual([]);
  });

  it('warning from 90 %, with figures and the budget', () => {
    const [f] = findings(doc(460 - PR_EXTRA), 'press-release-length');
    expect(f.severity).toBe('warning');
    expect(f.message).toBe('The press release is 460 words (0.9 pages), close to the budget of 1 page (500 words).');
  });

  it('exactly at the budget is still a warning; one word over is an error', () => {
    expect(findings(doc(500 - PR_EXTRA), 'press-release-length')[0].severity).toBe('warning');
    const [over] = findings(doc(501 - PR_EXTRA), 'press-release-length');
    expect(over.severity).toBe('error');
    expect(over.message).toBe('The press release is 501 words (1 page); the budget is 1 page (500 words). Cut 1 word.');
  });

  it('message for a long release, range on its first line, longest sections related', () => {
    const text = doc(609);
    const [f] = findings(text, 'press-release-length');
    expect(f.message).toBe('The press release is 612 words (1.2 pages); the budget is 1 page (500 words). Cut 112 words.');
    expect(covered(text, f)).toBe('# Ferrylink Launches');
    expect(f.related?.map((r) => r.message)).toEqual(['Summary: 609 words', 'Headline: 2 words']);
  });

  it('follows wordsPerPage, budgets and the warnAt option', () => {
    expect(findings(doc(300), 'press-release-length', { wordsPerPage: 250 })[0].severity).toBe('error');
    expect(findings(doc(300), 'press-release-length', { budgets: { pressRelease: 0.5 } })[0].message).toContain('the budget is 0.5 pages (250 words)');
    expect(findings(doc(400 - PR_EXTRA), 'press-release-length', { rules: { 'press-release-length': ['warning', { warnAt: 0.8 }] } })).toHaveLength(1);
  });

  it('a rule set to info reports info both near and over; set to error, near stays a warning', () => {
    const info = { rules: { 'press-release-length': 'info' as const } };
    expect(findings(doc(460), 'press-release-length', info)[0].severity).toBe('info');
    expect(findings(doc(900), 'press-release-length', info)[0].severity).toBe('info');
    const error = { rules: { 'press-release-length': 'error' as const } };
    expect(findings(doc(460 - PR_EXTRA), 'press-release-length', error)[0].severity).toBe('warning');
    expect(findings(doc(900), 'press-release-length', error)[0].severity).toBe('error');
  });

  it('faq-length measures the FAQ and relates the longest entries', () => {
    const text = doc(10, 60);
    const [f] = findings(text, 'faq-length', { wordsPerPage: 50, budgets: { faq: 1 } });
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/^The FAQ is \d+ words \(1\.\d pages\); the budget is 1 page \(50 words\)\./);
    expect(covered(text, f)).toBe('## External FAQ');
    expect(f.related?.[0].message).toMatch(/^"Is it free\?": \d+ words$/);
    expect(findings(doc(10), 'faq-length', { wordsPerPage: 50, budgets: { faq: 0.1 } })).toEqual([]);
  });

  it('document-length measures the whole text and sits on its first line after front matter', () => {
    const text = '---\ntitle: x\n---\n\n' + doc(100, 100);
    const [f] = findings(text, 'document-length', { wordsPerPage: 50, budgets: { total: 2 } });
    expect(f.severity).toBe('error');
    expect(f.range.start.line).toBe(5);
    expect(findings(text, 'document-length')).toEqual([]);
  });
});
