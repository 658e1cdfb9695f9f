// The checker on real PR/FAQs written by others (../shared/corpus: read, never copied into the project),
// scored against the corpus's own key (expected.json) by its own scorer (score.mjs). The goals of the
// recogniser issue: at least 95 % agreement overall and 90 % in every language, and never a
// `missing-section` finding for a part the key says is there. Skips cleanly when the corpus is absent
// (a fresh clone has no ../shared).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, scoreCorpus, type CorpusScore } from '../../scripts/corpusScore';

const available = fs.existsSync(path.join(CORPUS_DIR, 'expected.json')) && fs.existsSync(path.join(CORPUS_DIR, 'score.mjs'));

describe.skipIf(!available)('the corpus of real PR/FAQs, scored against its key', () => {
  let score: CorpusScore;
  const scored = () => (score ??= scoreCorpus());

  it('agrees with the key on at least 95 % of its calls', () => {
    const { overall, misses } = scored();
    expect(overall.percent, `${overall.ok}/${overall.total}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(95);
  });

  it('agrees on at least 90 % in every language', () => {
    const low = Object.entries(scored().byLanguage).filter(([, a]) => a.percent < 90);
    expect(low.map(([lang, a]) => `${lang} ${a.percent.toFixed(1)}% (${a.ok}/${a.total})`), scored().misses.join('\n')).toEqual([]);
  });

  it('never reports a part missing that the key says is there', () => {
    expect(scored().falseMissing).toEqual([]);
  });
});
