// Agreement with ../shared/corpus/EXPECTED.md: real PR/FAQs written by others (read, never copied into
// the project). The expectations below are our reading of EXPECTED.md; the whole file skips when the
// corpus is absent (a fresh clone without ../shared).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/core/check';
import type { SectionId } from '../../server/src/core/types';

const dir = process.env.PRFAQ_CORPUS ?? path.resolve(__dirname, '../../../shared/corpus');
const present = fs.existsSync(path.join(dir, 'EXPECTED.md'));

interface Expectation {
  present: SectionId[];
  missing: SectionId[];
  faq: { external: number; internal: number; unanswered?: number };
  /** Placeholder texts EXPECTED.md names. */
  placeholders: string[];
  /** Budget rules that must fire (and no other length rule). */
  overBudget: string[];
  /** Whole-file word count from EXPECTED.md; ours must land within ±15 %. */
  words: number;
  emptySections?: SectionId[];
}

const PR: SectionId[] = ['headline', 'subheadline', 'summary', 'problem', 'solution', 'leader-quote', 'how-it-works', 'customer-quote', 'call-to-action'];

const EXPECTED: Record<string, Expectation> = {
  'cdk-construct-hub.md': {
    present: ['summary', 'solution', 'how-it-works', 'call-to-action', 'external-faq'],
    missing: ['headline', 'subheadline', 'problem', 'leader-quote', 'customer-quote', 'internal-faq'],
    faq: { external: 6, internal: 0 },
    placeholders: [],
    overBudget: ['document-length'],
    words: 4837,
  },
  'cdk-rfc-template.md': {
    present: ['external-faq', 'internal-faq'],
    missing: PR,
    faq: { external: 2, internal: 8, unanswered: 10 },
    placeholders: ['{RFC_TITLE}', '@{AUTHOR}', '#{TRACKING_ISSUE}', '@{BAR_RAISER_USER}', '@xxxxx', '[ ]'],
    overBudget: [],
    words: 888,
  },
  'plit.md': {
    present: ['summary', 'solution', 'external-faq'],
    missing: ['headline', 'subheadline', 'problem', 'leader-quote', 'customer-quote', 'call-to-action', 'internal-faq'],
    faq: { external: 7, internal: 0 },
    placeholders: [],
    overBudget: [],
    words: 653,
  },
  'envd-draft.md': {
    present: ['headline', 'subheadline', 'summary', 'problem', 'how-it-works', 'customer-quote'],
    missing: ['external-faq', 'internal-faq'],
    faq: { external: 0, internal: 0 },
    placeholders: ['XXX'],
    overBudget: [],
    words: 173,
    emptySections: ['solution', 'leader-quote', 'call-to-action'],
  },
  'cabana.md': {
    present: ['problem', 'solution', 'call-to-action'],
    missing: ['headline', 'subheadline', 'summary', 'leader-quote', 'customer-quote', 'external-faq', 'internal-faq'],
    faq: { external: 0, internal: 0 },
    placeholders: [],
    overBudget: [],
    words: 279,
  },
  'good-first-ticket.md': {
    present: PR,
    missing: ['external-faq', 'internal-faq'],
    faq: { external: 0, internal: 0 },
    placeholders: [],
    overBudget: [],
    words: 235,
  },
  'battle-code.md': {
    present: PR,
    missing: ['external-faq', 'internal-faq'],
    faq: { external: 0, internal: 0 },
    placeholders: ['(deployed link)'],
    overBudget: [],
    words: 159,
  },
  'treeline-money.md': {
    present: ['summary', 'problem', 'solution', 'customer-quote', 'external-faq'],
    missing: ['headline', 'subheadline', 'leader-quote', 'how-it-works', 'call-to-action', 'internal-faq'],
    faq: { external: 8, internal: 0 },
    placeholders: ['$XXX', '$XXX', '$XXX'],
    overBudget: ['press-release-length'],
    words: 1629,
  },
  'turboelasticat.md': {
    present: ['headline', 'subheadline', 'summary', 'problem', 'solution', 'how-it-works', 'customer-quote', 'call-to-action', 'external-faq', 'internal-faq'],
    missing: ['leader-quote'],
    faq: { external: 8, internal: 7 },
    placeholders: [],
    overBudget: ['press-release-length'],
    words: 1427,
  },
  'gitbud-unfilled-template.md': {
    present: [],
    missing: ['external-faq', 'internal-faq'],
    faq: { external: 0, internal: 0 },
    placeholders: ['Project Name'],
    overBudget: [],
    words: 132,
    emptySections: PR,
  },
};

describe.skipIf(!present)('the corpus agrees with EXPECTED.md', () => {
  for (const [file, want] of Object.entries(EXPECTED)) {
    it(file, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const { model, findings } = check(text);
      const found = (id: SectionId) => model.sections.find((s) => s.id === id);
      for (const id of want.present) expect(found(id) && !found(id)!.empty, `${id} present with content`).toBeTruthy();
      for (const id of want.missing) expect(found(id), `${id} missing`).toBeUndefined();
      for (const id of want.emptySections ?? []) expect(found(id)?.empty, `${id} empty or unfilled`).toBe(true);
      expect(model.faq.external).toHaveLength(want.faq.external);
      expect(model.faq.internal).toHaveLength(want.faq.internal);
      if (want.faq.unanswered !== undefined) {
        expect([...model.faq.external, ...model.faq.internal].filter((e) => !e.answered)).toHaveLength(want.faq.unanswered);
      }
      const placeholders = findings.filter((f) => f.ruleId === 'placeholder').map((f) => text.slice(f.range.start.offset, f.range.end.offset));
      for (const p of want.placeholders) expect(placeholders, `placeholder ${p}`).toContain(p);
      if (want.placeholders.length === 0) expect(placeholders).toEqual([]);
      const lengths = findings.filter((f) => f.ruleId.endsWith('-length') && f.ruleId !== 'sentence-length').map((f) => f.ruleId);
      expect(lengths.sort()).toEqual([...want.overBudget].sort());
      expect(Math.abs(model.words.total - want.words) / want.words, `words ${model.words.total} vs ${want.words}`).toBeLessThanOrEqual(0.15);
    });
  }
});
