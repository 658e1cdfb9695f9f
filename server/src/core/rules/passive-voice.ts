// Passive voice hides who acts ("mistakes were made"); the narrative style names the actor.
import type { Rule, RuleContext } from '../types';
import { isEnglish, proseBlocks, sentences } from '../style/prose';
import { booleanOption, claimBlocks, listOption, partsOption } from '../style/options';
import { rangeOf } from './util';

const IRREGULAR = new Set(
  ('arisen awoken borne beaten become begun bent bet bid bitten bled blown broken brought built burnt bought caught chosen come cost crept cut ' +
    'dealt dug done drawn dreamt driven drunk eaten fallen fed felt fought found fled flung flown forbidden forgotten forgiven frozen given gone ' +
    'ground grown hung heard hidden hit held hurt kept knelt known laid led leant left lent let lain lit lost made meant met paid proven put quit ' +
    'read ridden rung risen run said seen sought sold sent set sewn shaken shed shone shot shown shrunk shut sung sunk sat slain slept slid slung ' +
    'spoken sped spent spun split spread sprung stood stolen stuck stung struck strung sworn swept swum swung taken taught torn told thought thrown ' +
    'understood undertaken upset woken worn woven wed wept won wound withdrawn written rebuilt rewritten overridden overseen overtaken undone')
    .split(' '),
);
// Participles that after "be" describe a state, not an action: "is based in", "are excited", "is located".
const ADJECTIVAL = new Set(
  ('based located excited interested pleased thrilled delighted proud concerned worried tired bored married supposed called named known ' +
    'related involved committed dedicated focused limited aged advanced complicated detailed experienced qualified talented skilled ' +
    'organized organised prepared done finished gone left closed open opened crowded connected satisfied surprised amazed convinced determined ' +
    'disappointed frustrated confused scared embarrassed ashamed exhausted overwhelmed equipped entitled designed built-in')
    .split(' '),
);
const NOT_PARTICIPLES = new Set('need feed speed seed indeed embed proceed exceed succeed hundred bed red shed bred'.split(' '));

const PASSIVE = /\b(am|is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:(not|also|then|now|already|automatically|often|always|never|\p{L}+ly)\s+)?(\p{L}+)\b(\s+to\b)?/giu;

function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  if (ADJECTIVAL.has(w) || NOT_PARTICIPLES.has(w)) return false;
  return IRREGULAR.has(w) || (/^\p{L}{2,}ed$/u.test(w) && w.length > 4);
}

export const passiveVoice: Rule = {
  id: 'passive-voice',
  description: 'Passive voice ("is managed by", "was built") that hides who acts; name the actor.',
  defaultSeverity: 'hint',
  // The release is the customer story, where who acts matters; FAQ answers about how a system behaves
  // ("packages are indexed nightly") read naturally in the passive, so they are opt-in.
  defaultOptions: { ignore: [], parts: ['press-release'], inQuotes: false },
  fixable: false,
  category: 'style',
  check(context: RuleContext) {
    const { model } = context;
    if (!isEnglish(model)) return;
    const ignored = new Set(listOption(context, 'ignore').map((w) => w.toLowerCase()));
    const blocks = claimBlocks(proseBlocks(model), partsOption(context), booleanOption(context, 'inQuotes', false)).filter((b) => b.kind === 'paragraph');
    for (const block of blocks) {
      for (const sentence of sentences(block)) {
        PASSIVE.lastIndex = 0;
        for (let m = PASSIVE.exec(sentence.text); m; m = PASSIVE.exec(sentence.text)) {
          const participle = m[3];
          // "is used to doing" is a habit; "are set to launch" a plan: neither is passive.
          if (!isParticiple(participle) || ignored.has(participle.toLowerCase()) || (m[4] && /^(used|set|supposed|meant)$/i.test(participle))) continue;
          // "is encrypted by the service" names the actor already.
          if (/^\s+by\b/i.test(sentence.text.slice(m.index + m[0].length - (m[4]?.length ?? 0)))) continue;
          const start = sentence.start + m.index;
          const end = start + m[0].length - (m[4]?.length ?? 0);
          context.report({
            message: `Passive voice: "${m[0].replace(/\s+to$/, '').replace(/\s+/g, ' ')}". Say who does it ("the service encrypts…", "we built…").`,
            range: rangeOf(model, start, end),
            section: block.section,
          });
          break; // one per sentence is enough to make the point
        }
      }
    }
  },
};
