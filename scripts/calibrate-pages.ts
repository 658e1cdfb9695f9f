// `npm run calibrate:pages`: measures how much a page of the preview holds, in headless Chromium, to set
// the page estimate's defaults (core/config.ts CHARS_PER_PAGE_BY_LANGUAGE, core/pages.ts HANGUL_WORD_WEIGHT).
//
// The same PR/FAQ in English, Japanese, Chinese and Korean (test/preview/scriptDocuments.ts: the same
// sentences, translated), in a dozen shapes, laid out on Letter and A4 as they print. English is the
// reference: a page is 500 English words by convention, so for each shape the script asks how many
// characters of Japanese or Chinese, and how many English words' room a Korean word takes, fill the room
// those 500 English words fill. With ../shared/corpus present it also prints estimate against layout for
// the real documents there. Needs Debian's chromium and fonts-noto-cjk.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '../server/src/core/check';
import { partMeasure } from '../server/src/core/pages';
import type { Paper } from '../server/src/preview/styles';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../test/preview/chromium';
import { measurePrintLayout, openPreview } from '../test/preview/layout';
import { scriptDocument, type Script } from '../test/preview/scriptDocuments';

const SHAPES: [release: number, questions: number, partHeadings: boolean][] = [
  [14, 2, false], [21, 2, false], [28, 2, false], [21, 1, false],
  [21, 8, true], [21, 10, true], [21, 12, true], [21, 14, true], [21, 22, true],
  [28, 30, true], [28, 35, true], [28, 50, true], [42, 60, true],
];
const WORDS_PER_PAGE = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  if (!chromiumAvailable()) {
    console.error(`calibrate-pages: ${CHROMIUM_PATH} is missing (apt-get install -y chromium fonts-noto-cjk)`);
    process.exit(2);
  }
  const browser = await launchChromium();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-calibrate-'));
  try {
    for (const paper of ['letter', 'a4'] as Paper[]) {
      const cpp: Record<'ja' | 'zh', number[]> = { ja: [], zh: [] };
      const korean: number[] = [];
      console.log(`\n${paper}: shape (release sentences-questions, n = no part headings) · English words a page · Japanese, Chinese characters in 500 English words' room · Korean word weight`);
      for (const [release, questions, headings] of SHAPES) {
        const shape = `${release}-${questions}${headings ? '' : 'n'}`;
        const layouts = {} as Record<Script, { filled: number; words: number; spaced: number; characters: number; hangul: number }>;
        for (const script of ['en', 'ja', 'zh', 'ko'] as Script[]) {
          const result = check(scriptDocument(script, release, questions, headings));
          const page = await openPreview(browser.context, work, `${script}-${shape}`, result, paper);
          const { filled } = await measurePrintLayout(page);
          await page.close();
          const m = partMeasure(result.model, 'total');
          layouts[script] = { filled, words: m.words, spaced: m.words - m.noSpaceWords - m.hangulWords, characters: m.characters, hangul: m.hangulWords };
        }
        // English words a page of this shape holds; the other scripts' pages, less their few spaced words.
        const english = layouts.en.words / layouts.en.filled;
        const rest = (s: Script) => layouts[s].filled - layouts[s].spaced / english;
        const ja = (layouts.ja.characters / rest('ja')) * (WORDS_PER_PAGE / english);
        const zh = (layouts.zh.characters / rest('zh')) * (WORDS_PER_PAGE / english);
        const ko = english / (layouts.ko.hangul / rest('ko'));
        cpp.ja.push(ja);
        cpp.zh.push(zh);
        korean.push(ko);
        console.log(`  ${shape.padEnd(7)} ${english.toFixed(0).padStart(4)}  ja ${ja.toFixed(0).padStart(5)}  zh ${zh.toFixed(0).padStart(5)}  ko ${ko.toFixed(3)}`);
      }
      console.log(`  median: ja ${median(cpp.ja).toFixed(0)} characters, zh ${median(cpp.zh).toFixed(0)} characters, Korean word ${median(korean).toFixed(3)} English words`);
    }
    const corpus = path.resolve(__dirname, '../../shared/corpus');
    if (fs.existsSync(corpus)) {
      console.log('\nreal documents (../shared/corpus), Letter: estimate · layout · difference (lists, tables and code take more room than prose)');
      for (const name of fs.readdirSync(corpus).filter((f) => f.endsWith('.md') && !/^(README|EXPECTED)\.md$/.test(f)).sort()) {
        const result = check(fs.readFileSync(path.join(corpus, name), 'utf8'));
        const page = await openPreview(browser.context, work, name, result, 'letter');
        const { filled } = await measurePrintLayout(page);
        await page.close();
        const diff = result.pages.total / filled - 1;
        console.log(`  ${name.padEnd(30)} ${result.model.lang.padEnd(3)} ${result.pages.total.toFixed(2).padStart(6)} ${filled.toFixed(2).padStart(6)} ${`${diff >= 0 ? '+' : ''}${(diff * 100).toFixed(0)} %`.padStart(6)}`);
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`calibrate-pages: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
