// Vague words that stand where a number should: a PR/FAQ convinces with data, not with "significantly".
import type { Fix, Rule, RuleContext } from '../types';
import { isEnglish, proseBlocks } from '../style/prose';
import { effectiveList, findPhrases, phraseRegex, type PhraseHit } from '../style/phrases';
import { booleanOption, claimBlocks, listOption, partsOption } from '../style/options';
import { rangeOf } from './util';

type Kind = 'quantity' | 'hedge' | 'intensifier' | 'attribution';

const WORDS: Record<Kind, string[]> = {
  quantity: [
    'nearly all', 'almost all', 'most people', 'many people', 'a lot', 'lots of', 'tons of', 'a ton of', 'countless', 'numerous',
    'a number of', 'the vast majority', 'a great deal', 'significantly', 'substantially', 'dramatically', 'considerably',
    'vastly', 'massively', 'hugely', 'greatly',
  ],
  // Bare "might" and "may" are ordinary modals ("what might work in 2025 might not in 2027"); hedged benefit claims are not.
  hedge: ['should help', 'may help', 'might help', 'could help', 'might improve', 'might save', 'might reduce', 'should improve', 'arguably', 'perhaps', 'possibly', 'probably', 'to some extent', 'in some cases', 'more or less', 'kind of', 'sort of'],
  intensifier: ['very', 'really', 'extremely', 'truly', 'quite', 'fairly', 'relatively', 'somewhat', 'basically', 'essentially', 'virtually', 'literally'],
  attribution: ['some people say', 'some say', 'it is said', 'it is believed', 'experts agree', 'studies show', 'research shows', 'many believe'],
};
export const WEASEL_WORDS: readonly string[] = Object.values(WORDS).flat();

// Intensifiers whose removal leaves the sentence as it was, minus the fluff.
const DROPPABLE = new Set(['very', 'really', 'extremely', 'truly']);
// "very much", "very few": dropping the intensifier changes or breaks the phrase.
const KEEP_BEFORE = /^\s+(much|many|few|little|own|well|same|least|most|best)\b/i;

function kindOf(phrase: string): Kind | null {
  for (const [kind, list] of Object.entries(WORDS) as Array<[Kind, string[]]>) if (list.includes(phrase)) return kind;
  return null;
}

function message(hit: PhraseHit): string {
  const quoted = `"${hit.text.replace(/\s+/g, ' ')}"`;
  switch (kindOf(hit.phrase)) {
    case 'intensifier':
      return `${quoted} adds emphasis, not information: drop it or give a number.`;
    case 'hedge':
      return `${quoted} hedges: say what the product does, with a number if you have one ("cuts setup from 2 days to 1 hour").`;
    case 'attribution':
      return `${quoted} hides who says it: name the source and give a number ("72 % of 400 surveyed teams").`;
    default:
      return `${quoted} is vague: give the number ("9 of 10 pilot customers", "40 % faster").`;
  }
}

function dropFix(text: string, hit: PhraseHit): Fix | undefined {
  // A capitalised one opens a sentence: dropping it would leave the next word in lower case.
  if (!DROPPABLE.has(hit.phrase) || /^\p{Lu}/u.test(hit.text)) return undefined;
  const after = text.slice(hit.end, hit.end + 20);
  const space = /^[ \t]+(?=\p{L})/u.exec(after);
  if (!space || KEEP_BEFORE.test(after)) return undefined;
  return { title: `Remove "${hit.text}"`, edits: [{ start: hit.start, end: hit.end + space[0].length, newText: '' }] };
}

export const weaselWord: Rule = {
  id: 'weasel-word',
  description: 'Vague quantities, hedges and intensifiers ("nearly all", "significantly", "should help", "very") where a number would convince.',
  defaultSeverity: 'info',
  defaultOptions: { words: [], ignore: [], parts: ['press-release', 'external-faq'], inQuotes: false },
  fixable: true,
  category: 'style',
  check(context: RuleContext) {
    const { model } = context;
    if (!isEnglish(model)) return;
    const list = effectiveList(WEASEL_WORDS, listOption(context, 'words'), listOption(context, 'ignore'));
    const blocks = claimBlocks(proseBlocks(model), partsOption(context), booleanOption(context, 'inQuotes', false));
    for (const hit of findPhrases(blocks, phraseRegex(list), list)) {
      const fix = dropFix(model.text, hit);
      context.report({ message: message(hit), range: rangeOf(model, hit.start, hit.end), section: hit.block.section, ...(fix ? { fix } : {}) });
    }
  },
};
