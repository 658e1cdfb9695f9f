// Hard-to-read paragraphs and answers, by Flesch reading ease and Flesch-Kincaid grade.
import type { Range, Rule, RuleContext } from '../types';
import { isEnglish } from '../style/prose';
import { readabilityOf } from '../style/readability';
import { numberOption } from '../style/options';
import { rangeOf } from './util';
import { lineEndOffset } from '../positions';

export const readability: Rule = {
  id: 'readability',
  description: 'Release paragraphs and FAQ answers that are very hard to read (Flesch reading ease under 20 or Flesch-Kincaid grade over 18 by default).',
  defaultSeverity: 'info',
  // Technical PR/FAQs score ease 20–45 and grade 12–16 when they read well; only the far end is flagged.
  // Under about 40 words a single long product name swings the scores, so short units are left alone.
  defaultOptions: { minEase: 20, maxGrade: 18, minWords: 40 },
  fixable: false,
  category: 'style',
  check(context: RuleContext) {
    const { model } = context;
    if (!isEnglish(model)) return;
    const minEase = numberOption(context, 'minEase', 20);
    const maxGrade = numberOption(context, 'maxGrade', 18);
    const minWords = numberOption(context, 'minWords', 40);
    for (const unit of readabilityOf(model)) {
      const { ease, grade, words, sentences } = unit.scores;
      if (words < minWords || (ease >= minEase && grade <= maxGrade)) continue;
      const what = unit.kind === 'answer' ? 'This answer' : 'This paragraph';
      const why = ease < minEase ? `reading ease ${ease} (under ${minEase})` : `grade level ${grade} (over ${maxGrade})`;
      const per = Math.round(words / sentences);
      context.report({
        message: `${what} is hard to read: ${why}; ${per} words a sentence. Use shorter sentences and plainer words.`,
        // The first line only: a squiggle under a whole paragraph hides everything else on it.
        range: firstLine(context, unit.range),
        section: unit.section,
      });
    }
  },
};

function firstLine(context: RuleContext, range: Range): Range {
  const { model } = context;
  const end = Math.min(range.end.offset, lineEndOffset(model.text, model.lineStarts, range.start.line));
  return rangeOf(model, range.start.offset, Math.max(end, range.start.offset));
}
