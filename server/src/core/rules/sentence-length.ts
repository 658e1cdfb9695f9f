// Long sentences lose readers; the narrative style wants one idea per sentence.
import type { Rule, RuleContext } from '../types';
import { isEnglish, proseBlocks, sentences, words } from '../style/prose';
import { booleanOption, claimBlocks, numberOption, partsOption } from '../style/options';
import { rangeOf } from './util';

export const sentenceLength: Rule = {
  id: 'sentence-length',
  description: 'Sentences longer than a reader takes in at once (over 30 words by default).',
  defaultSeverity: 'info',
  defaultOptions: { maxWords: 30, parts: ['press-release', 'external-faq', 'internal-faq'], inQuotes: true },
  fixable: false,
  category: 'style',
  check(context: RuleContext) {
    const { model } = context;
    if (!isEnglish(model)) return;
    const max = Math.max(1, numberOption(context, 'maxWords', 30));
    const blocks = claimBlocks(proseBlocks(model), partsOption(context), booleanOption(context, 'inQuotes', true)).filter((b) => b.kind === 'paragraph');
    for (const block of blocks) {
      for (const sentence of sentences(block)) {
        const count = words(sentence).length;
        if (count <= max) continue;
        context.report({
          message: `This sentence has ${count} words (more than ${max}): split it so each sentence carries one idea.`,
          range: rangeOf(model, sentence.start, sentence.end),
          section: block.section,
        });
      }
    }
  },
};
