import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../server/src/core/recognise';
import { readabilityOf, scoreText } from '../../../server/src/core/style/readability';

describe('readability scores', () => {
  it('computes Flesch reading ease and Flesch-Kincaid grade from words, sentences and syllables', () => {
    // 6 words, 1 sentence, 6 syllables: ease = 206.835 − 1.015·6 − 84.6·1; grade = 0.39·6 + 11.8·1 − 15.59.
    expect(scoreText('The cat sat on the mat.')).toEqual({ words: 6, sentences: 1, syllables: 6, ease: 116.1, grade: -1.4 });
    // 4 words, 2 sentences, 10 syllables (or·gan·i·za·tions, ad·min·is·ter, pol·i·cies... counted by `syllable`).
    const hard = scoreText('Organizations administer policies. Universities collaborate.');
    expect(hard?.sentences).toBe(2);
    expect(hard!.ease).toBeLessThan(0);
    expect(hard!.grade).toBeGreaterThan(14);
  });

  it('does not end a sentence at an abbreviation, an initial or a decimal', () => {
    expect(scoreText('Dr. Park and J. Smith met e.g. at 3.5 p.m. in the U.S. office. They talked.')?.sentences).toBe(2);
  });

  it('returns null for text without words', () => {
    expect(scoreText('  — ')).toBeNull();
  });

  it('scores each press-release paragraph and each answered FAQ entry, with their ranges', () => {
    const text = [
      '# Tidepool',
      '',
      '## Summary',
      '',
      'PORTLAND, OR – March 3, 2027 – Harbor Labs today launched Tidepool. It tracks tubes.',
      '',
      '## External FAQ',
      '',
      '### What does it cost?',
      '',
      'Twelve dollars a month.',
      '',
      '### Is there a trial?',
      '',
    ].join('\n');
    const units = readabilityOf(buildModel(text));
    expect(units.map((u) => [u.kind, u.range.start.line, u.section, u.question ?? null])).toEqual([
      ['paragraph', 5, 'summary', null],
      ['answer', 11, 'external-faq', 'What does it cost?'],
    ]);
    expect(units[1].scores.words).toBe(4);
  });
});
