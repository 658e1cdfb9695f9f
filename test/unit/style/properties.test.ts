import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HYPE_WORDS } from '../../../server/src/core/rules/hype-word';
import { WEASEL_WORDS } from '../../../server/src/core/rules/weasel-word';
import { visit } from 'unist-util-visit';
import { buildModel } from '../../../server/src/core/recognise';
import { STYLE_RULES, findings } from './helpers';

// Pieces of Markdown that style rules must read or skip correctly, glued in random order.
const PIECES = [
  'Tidepool is revolutionary.', 'It is very fast.', 'Staff will be able to scan.', 'Tubes are scanned daily.', 'The TAM is big.',
  '`very revolutionary`', '<b>game-changer</b>', '[a world-class link](https://example.com/very)', 'https://example.com/insane',
  '**killer feature**', '_nearly all_', '> "It is amazing," said Lee Park.', '- a lot of tubes', '1. significantly more',
  '```\nvery revolutionary\n```', '<!-- very -->', '\\*very\\*', 'Dr. Park met us at 5 a.m. today.', '| very | best-in-class |\n|---|---|\n| a | b |',
  '## External FAQ', '## Internal FAQ', '### Will it ship?', '**Q: Is it powerful?**', 'A: Yes.', '\r\n', '\n\n', ' ', 'Ünïcödé 😀 text.',
];
const doc = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => `# Tidepool\n\n## Summary\n\n${parts.join(' ')}\n`);
const key = (s: string) => s.toLowerCase().replace(/[-\s]+/g, '');

/** Ranges of code, inline code, HTML and link destinations, from the parser's own tree. */
function notProse(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  visit(buildModel(text).tree, (node) => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === undefined || e === undefined) return;
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') out.push([s, e]);
    if (node.type === 'link') {
      const last = node.children[node.children.length - 1]?.position?.end.offset ?? s;
      out.push([last, e]);
      if (node.children.length === 1 && 'value' in node.children[0] && node.children[0].value === node.url) out.push([s, e]);
    }
  });
  return out;
}

describe('style rules on random documents', () => {
  it('never throw, and every finding lies inside the text', () => {
    fc.assert(
      fc.property(doc, (text) => {
        for (const f of findings(text).filter((x) => STYLE_RULES.includes(x.ruleId))) {
          expect(f.message).not.toMatch(/Internal error/);
          expect(f.range.start.offset).toBeGreaterThanOrEqual(0);
          expect(f.range.end.offset).toBeLessThanOrEqual(text.length);
          expect(f.range.start.offset).toBeLessThanOrEqual(f.range.end.offset);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a word finding covers exactly a listed word, never code, a URL or a comment', () => {
    const hype = new Set(HYPE_WORDS.map(key));
    const weasel = new Set(WEASEL_WORDS.map(key));
    fc.assert(
      fc.property(doc, (text) => {
        for (const f of findings(text)) {
          const covered = text.slice(f.range.start.offset, f.range.end.offset);
          if (f.ruleId === 'hype-word') expect(hype.has(key(covered)), covered).toBe(true);
          if (f.ruleId === 'weasel-word') expect(weasel.has(key(covered)), covered).toBe(true);
          if (f.ruleId === 'hype-word' || f.ruleId === 'weasel-word') {
            const inside = notProse(text).find(([s, e]) => f.range.start.offset >= s && f.range.start.offset < e);
            expect(inside, `${covered} at ${f.range.start.offset} is inside ${JSON.stringify(inside && text.slice(inside[0], inside[1]))}`).toBeUndefined();
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
