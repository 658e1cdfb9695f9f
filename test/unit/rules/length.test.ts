import { describe, expect, it } from 'vitest';
import { covered, findings } from './helpers';
import { check } from '../../../server/src/core/check';
import { HANGUL_WORD_WEIGHT } from '../../../server/src/core/pages';

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

  it('a Japanese or Chinese release is told in characters, against the characters a page holds', () => {
    // 1,300 characters of Japanese under a heading: more than the 1,200 of a Japanese page.
    const text = `# ハーバー\n\n## 概要\n\n${'受付の電話'.repeat(260)}。\n`;
    const result = check(text);
    const chars = result.model.characters.pressRelease;
    expect(chars).toBe(4 + 2 + 1300); // ハーバー, 概要 and the body
    const [f] = result.findings.filter((x) => x.ruleId === 'press-release-length');
    expect(f.severity).toBe('error');
    expect(f.message).toBe('The press release is 1,306 characters (1.1 pages); the budget is 1 page (1,200 characters). Cut 106 characters.');
    expect(f.related?.map((r) => r.message)).toEqual(['Summary: 1,300 characters', 'Headline: 4 characters']);
    // Near the budget: a warning, in characters too.
    const [near] = findings(`# ハーバー\n\n## 概要\n\n${'受付の電話'.repeat(220)}。\n`, 'press-release-length');
    expect(near.severity).toBe('warning');
    expect(near.message).toBe('The press release is 1,106 characters (0.9 pages), close to the budget of 1 page (1,200 characters).');
  });

  it('charsPerPage sets the characters of a page; Latin words in the text still count as words', () => {
    const text = `# ハーバー\n\n## 概要\n\n${'受付の電話'.repeat(100)} Harbor Inbox for small clinics.\n`;
    const result = check(text, { settings: { source: 'settings', value: { charsPerPage: 400 } } });
    const spaced = result.model.words.pressRelease - result.model.scriptWords.noSpace.pressRelease;
    expect(spaced).toBe(5);
    expect(result.pages.pressRelease).toBeCloseTo(506 / 400 + 5 / 500, 9);
    const [f] = result.findings.filter((x) => x.ruleId === 'press-release-length');
    // The budget in characters is a page of this text's mix: 1 page of it holds 400 characters less the Latin words' share.
    expect(f.message).toMatch(/^The press release is 506 characters \(1\.3 pages\); the budget is 1 page \(397 characters\)\. Cut 109 characters\.$/);
  });

  it('a Korean word takes 1.2 English words of room: the budget in words is smaller', () => {
    const words = (n: number) => Array.from({ length: n }, () => '접수처').join(' ');
    const result = check(`# 하버 출시\n\n## 요약\n\n${words(420)}.\n`);
    expect(result.model.scriptWords.hangul.pressRelease).toBe(423); // 하버 출시, 요약 and the body
    expect(result.pages.pressRelease).toBeCloseTo((423 * HANGUL_WORD_WEIGHT) / 500, 9);
    expect(result.pages.unit).toBe('words');
    const [f] = result.findings.filter((x) => x.ruleId === 'press-release-length');
    expect(f.message).toBe('The press release is 423 words (1 page); the budget is 1 page (417 words). Cut 6 words.');
  });
});
