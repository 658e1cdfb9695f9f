// The core remembers per-block work by text (sentences, words, phrase and placeholder matches, acronym
// uses, word counts) so a re-check after an edit redoes one block. A remembered result must never differ
// from a fresh one: each document here is checked by a process-fresh core (no memory at all) and by one
// that has already checked every document before it, with other options, at other offsets.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { ConfigLayer } from '../../server/src/core/config';

const PIECES = [
  '# Acme Launches Rockets', 'SEATTLE, WA – March 3, 2027 – Acme today announced rockets for the TAM of everyone.',
  '## Problem', 'Today, buying a rocket is very hard and nearly all buyers wait weeks. It was designed by experts.',
  '## Solution', 'Acme provides revolutionary rockets online (TBD). The total addressable market (TAM) is large.',
  '## Leader Quote', '"We love rockets," said Wile E., CEO of Acme. "It significantly helps."',
  '## External FAQ', '## Internal FAQ', '### How much does it cost?', 'It costs $XXX and should help most users.',
  '### What is the SLA and the RPO?', 'The RPO is an hour. TODO: confirm with the team.', '**Q: Does it fly?**\n\nIt does, e.g. at 5 a.m. The bus leaves.',
  '- [ ] check the MVP\n- the MVP is done', '| RPO | TAM |\n| - | - |\n| very | [NAME, TITLE] |', '`TBD` in code and TODO',
  'This sentence goes on and on and on with many many words that a reader would find far too long to follow in one breath without any pause at all for quite a while.',
  'Great', 'Problem', 'game changer and game-changer and gamechanger', '> Describe the problem here.',
];
const SEPARATORS = ['\n\n', '\n', '\n\n\n'];
const documents = fc.sample(
  fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 25 }).map((parts) => parts.map(([p, s]) => p + s).join('')),
  { numRuns: 12, seed: 6 },
);
const SETTINGS: Array<ConfigLayer | undefined> = [
  undefined,
  { source: 'settings', value: { placeholders: ['RPO'], rules: { 'weasel-word': ['info', { words: ['rockets'], ignore: ['very'] }], acronym: ['info', { known: ['TAM'] }] } } },
];

type Check = typeof import('../../server/src/core/check').check;
async function freshCheck(): Promise<Check> {
  vi.resetModules();
  return (await import('../../server/src/core/check')).check;
}
const outcome = (check: Check, text: string, settings?: ConfigLayer) => {
  const { findings, model } = check(text, { settings });
  return { findings, words: model.words, lang: model.lang, faq: model.faq };
};

describe('remembered per-block results', () => {
  it('equal a fresh check, whatever was checked before', async () => {
    const warm = await freshCheck();
    let settingsMatter = false;
    for (const [i, text] of documents.entries()) {
      const bySettings: unknown[] = [];
      for (const settings of SETTINGS) {
        // The warm core also sees the text moved down and edited, so its memory holds these blocks elsewhere.
        warm('Preamble line.\n\n' + text, { settings });
        warm(text.replace(/a/, 'e'), { settings });
        const expected = outcome(await freshCheck(), text, settings);
        expect(outcome(warm, text, settings), `document ${i}`).toEqual(expected);
        bySettings.push(expected.findings);
      }
      settingsMatter ||= JSON.stringify(bySettings[0]) !== JSON.stringify(bySettings[1]);
    }
    // The options change what the patterns are: the memory must tell them apart.
    expect(settingsMatter).toBe(true);
  }, 120000);
});
