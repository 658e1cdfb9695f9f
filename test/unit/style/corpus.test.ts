// Real PR/FAQs written by others live in ../shared/corpus (read here, never copied into the project).
// A fresh clone has no ../shared: the suite is then skipped, and says so in its name.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STYLE_RULES, findings } from './helpers';

const DIR = process.env.PRFAQ_CORPUS ?? resolve(__dirname, '../../../../shared/corpus');
const present = existsSync(join(DIR, 'treeline-money.md')) && existsSync(join(DIR, 'turboelasticat.md'));

function flagged(file: string, ruleId: string): string[] {
  const text = readFileSync(join(DIR, file), 'utf8');
  return findings(text)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.range.start.offset, f.range.end.offset).toLowerCase());
}

describe.skipIf(!present)(`style rules on the corpus (${present ? DIR : 'absent: skipped'})`, () => {
  it('treeline-money: the hype words EXPECTED.md names', () => {
    const hype = flagged('treeline-money.md', 'hype-word');
    for (const word of ['powerful', 'insane', 'bank-level']) expect(hype).toContain(word);
    const text = readFileSync(join(DIR, 'treeline-money.md'), 'utf8');
    const powerful = findings(text).find((f) => f.ruleId === 'hype-word' && f.range.start.line === 5);
    expect(text.slice(powerful!.range.start.offset - 9, powerful!.range.end.offset + 4)).toBe('the most powerful way');
  });

  it('turboelasticat: the hype words EXPECTED.md names', () => {
    const hype = flagged('turboelasticat.md', 'hype-word');
    for (const word of ['revolutionary', 'game-changer', 'killer feature', 'powerful', 'goldilocks']) expect(hype).toContain(word);
  });

  it('turboelasticat: the internal FAQ misses cost and market size (EXPECTED.md: no TAM, no cost)', () => {
    const text = readFileSync(join(DIR, 'turboelasticat.md'), 'utf8');
    const [coverage] = findings(text).filter((f) => f.ruleId === 'internal-faq-coverage');
    expect(coverage.message).toMatch(/cost/);
    expect(coverage.message).toMatch(/market size/);
  });

  it.each(['good-first-ticket.md', 'battle-code.md', 'gitbud-unfilled-template.md', 'cdk-rfc-template.md'])('%s: no style finding', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    expect(findings(text).filter((f) => STYLE_RULES.includes(f.ruleId)).map((f) => `${f.range.start.line} ${f.ruleId}`)).toEqual([]);
  });

  it('no hype word anywhere else in the corpus', () => {
    for (const file of ['cabana.md', 'cdk-construct-hub.md', 'plit.md', 'envd-draft.md', 'good-first-ticket.md', 'battle-code.md']) {
      expect(flagged(file, 'hype-word'), file).toEqual([]);
    }
  });
});
