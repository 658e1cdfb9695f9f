// Marketing superlatives: a press release that has to shout has not yet found its customer benefit.
import type { Fix, Rule, RuleContext } from '../types';
import { isEnglish, proseBlocks } from '../style/prose';
import { effectiveList, findPhrases, phraseRegex, type PhraseHit } from '../style/phrases';
import { booleanOption, listOption, partsOption } from '../style/options';
import { rangeOf } from './util';

export const HYPE_WORDS: readonly string[] = [
  'revolutionary', 'revolutionize', 'revolutionizes', 'revolutionise', 'game-changer', 'game-changing', 'best-in-class', 'best of breed',
  'world-class', 'killer feature', 'killer app', 'cutting-edge', 'bleeding-edge', 'state-of-the-art', 'groundbreaking',
  'paradigm shift', 'unparalleled', 'unprecedented', 'industry-leading', 'market-leading', 'second to none', 'insane', 'insanely',
  'mind-blowing', 'magical', 'amazing', 'awesome', 'blazing fast', 'blazingly fast', 'lightning-fast', 'supercharge', 'supercharges',
  'powerful', 'military-grade', 'bank-level', 'bank-grade', 'goldilocks', 'next-level', 'jaw-dropping', 'rockstar',
];

// Adjectives that can go without a trace when they sit in front of a noun ("a revolutionary workflow").
const DROPPABLE = new Set(['revolutionary', 'world-class', 'best-in-class', 'cutting-edge', 'bleeding-edge', 'state-of-the-art', 'groundbreaking', 'unparalleled', 'industry-leading', 'market-leading', 'powerful', 'amazing', 'awesome', 'magical']);

function dropFix(text: string, hit: PhraseHit): Fix | undefined {
  if (!DROPPABLE.has(hit.phrase)) return undefined;
  const after = /^[ \t]+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(hit.end, hit.end + 40));
  if (!after || /^(and|or|but|to|for|enough|than|as)$/.test(after[1])) return undefined;
  const before = /(?:^|[^\p{L}])(an?|An?)[ \t]+$/u.exec(text.slice(Math.max(0, hit.start - 10), hit.start));
  if (before) {
    // "a world-class experience" must become "an experience": only where the right article is certain.
    const next = after[1];
    const article = /^[aeio]/i.test(next) ? 'an' : /^[bcdfgjklmnpqrstvwxyz]/i.test(next) && !/^(hour|honest|heir)/i.test(next) ? 'a' : null;
    if (!article || /^u/i.test(next)) return undefined;
    const articleStart = hit.start - before[0].length + before[0].indexOf(before[1]);
    const written = before[1][0] === 'A' ? article[0].toUpperCase() + article.slice(1) : article;
    return { title: `Remove "${hit.text}"`, edits: [{ start: articleStart, end: hit.end + after[0].length - after[1].length, newText: `${written} ` }] };
  }
  // A capitalised one opens a sentence or a title: dropping it would leave the next word in lower case.
  if (/^\p{Lu}/u.test(hit.text)) return undefined;
  return { title: `Remove "${hit.text}"`, edits: [{ start: hit.start, end: hit.end + after[0].length - after[1].length, newText: '' }] };
}

export const hypeWord: Rule = {
  id: 'hype-word',
  description: 'Marketing superlatives ("revolutionary", "game-changer", "best-in-class", "INSANE") that claim instead of show.',
  defaultSeverity: 'warning',
  defaultOptions: { words: [], ignore: [], parts: ['press-release', 'external-faq', 'internal-faq'], inQuotes: true },
  fixable: true,
  category: 'style',
  check(context: RuleContext) {
    const { model } = context;
    if (!isEnglish(model)) return;
    const list = effectiveList(HYPE_WORDS, listOption(context, 'words'), listOption(context, 'ignore'));
    const parts = partsOption(context);
    const withQuotes = booleanOption(context, 'inQuotes', true);
    // Headings count here (a hyped headline is the worst kind), FAQ questions too: the writer wrote them.
    const blocks = proseBlocks(model).filter((b) => parts.has(b.part) && (withQuotes || !b.quoted));
    for (const hit of findPhrases(blocks, phraseRegex(list), list)) {
      const fix = dropFix(model.text, hit);
      const message = `"${hit.text.replace(/\s+/g, ' ')}" is hype: show what it does instead (a number, a before/after, a customer's result).`;
      context.report({ message, range: rangeOf(model, hit.start, hit.end), section: hit.block.section, ...(fix ? { fix } : {}) });
    }
  },
};
