// The page estimate (core/pages.ts) and the one formatter (core/format.ts): every consumer (length
// rules, hover, code lens, status bar, preview figures, CLI JSON) shows the same figures.
import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/core/check';
import { formatDecimal, formatNumber, formatPages, formatSize, plural } from '../../server/src/core/format';
import { HANGUL_WORD_WEIGHT, pagesOf, unitOf } from '../../server/src/core/pages';
import { hover } from '../../server/src/lsp/hover';
import { codeLenses } from '../../server/src/lsp/codeLens';
import { buildStats } from '../../server/src/lsp/stats';
import { formatStatus } from '../../client/src/statusText';
import { statsBar } from '../../server/src/preview/stats';
import { fileJson } from '../../server/src/cli/formats/json';
import { toReportResult } from '../../server/src/cli/report';
import type { CheckResult } from '../../server/src/core/types';

describe('format', () => {
  it('pages: one decimal at most, "page" only for exactly one', () => {
    expect([0, 0.04, 0.5, 0.96, 1, 1.04, 1.25, 2, 1234.56].map(formatPages)).toEqual([
      '0 pages', '0 pages', '0.5 pages', '1 page', '1 page', '1 page', '1.3 pages', '2 pages', '1,234.6 pages',
    ]);
  });

  it('numbers, decimals, counts and sizes', () => {
    expect([formatNumber(1234.4), formatNumber(-0.2), formatDecimal(12.25), formatDecimal(-0.01), formatDecimal(3)]).toEqual(['1,234', '0', '12.3', '0', '3']);
    expect([plural(1, 'word'), plural(0, 'word'), plural(2500, 'word'), plural(1, 'query', 'queries'), plural(3, 'query', 'queries')]).toEqual([
      '1 word', '0 words', '2,500 words', '1 query', '3 queries',
    ]);
    expect([formatSize(1, 'characters'), formatSize(1900, 'characters'), formatSize(460, 'words')]).toEqual(['1 character', '1,900 characters', '460 words']);
  });
});

describe('pagesOf', () => {
  const config = { wordsPerPage: 500, charsPerPage: 1000 };

  it('spaced words over wordsPerPage, Korean words weighted, no-space characters over charsPerPage', () => {
    expect(pagesOf({ words: 750, noSpaceWords: 0, hangulWords: 0, characters: 0 }, config)).toBe(1.5);
    expect(pagesOf({ words: 500, noSpaceWords: 0, hangulWords: 500, characters: 0 }, config)).toBeCloseTo(HANGUL_WORD_WEIGHT, 12);
    // 1,500 characters segmented into 800 words, and 50 Latin words among them.
    expect(pagesOf({ words: 850, noSpaceWords: 800, hangulWords: 0, characters: 1500 }, config)).toBeCloseTo(1.5 + 0.1, 12);
    expect(pagesOf({ words: 0, noSpaceWords: 0, hangulWords: 0, characters: 0 }, config)).toBe(0);
  });

  it('tells a text in characters when most of its pages come from them', () => {
    expect(unitOf({ words: 850, noSpaceWords: 800, hangulWords: 0, characters: 1500 }, config)).toBe('characters');
    expect(unitOf({ words: 1000, noSpaceWords: 10, hangulWords: 0, characters: 20 }, config)).toBe('words');
    expect(unitOf({ words: 0, noSpaceWords: 0, hangulWords: 0, characters: 0 }, config)).toBe('words');
  });
});

/** Every page figure a consumer shows for the whole document and the press release, as text. */
function shown(result: CheckResult) {
  const stats = buildStats('file:///w/x.prfaq.md', 1, result);
  const status = formatStatus(stats);
  const json = fileJson({ path: 'x.prfaq.md', absolutePath: '/w/x.prfaq.md', result: toReportResult(result) });
  const bar = statsBar(result);
  const lens = codeLenses(result).map((l) => l.command!.title);
  return { stats, status, json, bar, lens };
}

describe('one estimate, the same figures everywhere', () => {
  const english = `# Acme launches Widgets\n\n## Summary\n\n${'Teams see their numbers every morning. '.repeat(85)}\n\n## External FAQ\n\n### Is it free?\n\n${'Yes, for five people. '.repeat(40)}\n`;
  const japanese = `# ハーバー提供開始\n\n## 概要\n\n${'診療時間外に電話をかけた患者さんの伝言は、翌日の午後まで誰にも気づかれないことがあります。'.repeat(30)}\n\n# よくある質問\n\n## 利用者向け FAQ\n\n**問：予約はいつまでにすればよいですか？**\n\n答：${'利用日の前日午後5時までです。'.repeat(20)}\n`;

  for (const [name, text, unit] of [['English', english, 'words'], ['Japanese', japanese, 'characters']] as const) {
    it(`${name}: rule, status bar, preview figures, code lens, hover and CLI JSON agree`, () => {
      const result = check(text);
      const { pages, model } = result;
      expect(pages.unit).toBe(unit);
      const size = unit === 'words' ? model.words : model.characters;
      const { stats, status, json, bar, lens } = shown(result);
      const release = formatDecimal(pages.pressRelease);
      // The rule's message.
      const [finding] = result.findings.filter((f) => f.ruleId === 'press-release-length');
      expect(finding.message).toContain(`is ${formatSize(size.pressRelease, unit)} (${formatPages(pages.pressRelease)})`);
      // Status bar, preview figures bar, code lens.
      expect(stats.size.pressRelease).toBe(size.pressRelease);
      expect(status.tooltip).toContain(`Press release: ${formatSize(size.pressRelease, unit)}, ${release} of 1 page`);
      expect(status.text).toContain(`${formatDecimal(pages.total)}/6 pages`);
      expect(bar).toContain(`Press release: ${formatSize(size.pressRelease, unit)}, ${release} of 1 page`);
      expect(lens).toContain(`PR ${release} / 1 page`);
      // CLI JSON: the same estimate, unrounded but for four decimals; words unchanged.
      expect(json.pages.pressRelease).toBeCloseTo(pages.pressRelease, 4);
      expect(json.pages.unit).toBe(unit);
      expect(json.words.total).toBe(model.words.total);
      expect(json.characters.total).toBe(model.characters.total);
      // Hover on the summary heading: its size in the same unit, and the budget told in it.
      const summary = model.sections.find((s) => s.id === 'summary')!;
      const value = (hover(result, { line: summary.headingRange!.start.line - 1, character: 3 })!.contents as { value: string }).value;
      expect(value).toMatch(new RegExp(`^\\*\\*Summary\\*\\*\\n\\n[\\d,]+ ${unit} · [\\d.]+ pages? · \\d+% of the press release budget \\(1 page, [\\d,]+ ${unit}\\)$`));
    });
  }
});
