// The page estimate: how many pages a part of the document fills. Every figure the writer sees (the
// length rules, hover, code lens, status bar, preview figures, CLI JSON) comes from here.
//
// A page holds `wordsPerPage` words of scripts written with spaces, or `charsPerPage` characters of
// scripts written without (Chinese, Japanese, Thai…); a Korean word (Hangul) takes HANGUL_WORD_WEIGHT
// English words' room. Both defaults and the weight were measured on the preview's own layout in
// Chromium (Letter, 11 pt; see docs/configuration.md and test/preview/pages.test.ts).
import type { FaqEntry, PageCounts, PrfaqModel, ResolvedConfig, Section } from './types';
import { countHangulWords, countNoSpaceChars, countNoSpaceWords } from './words';
import { TextMemo } from './cache';

/** A Korean word fills as much of a line as 1.2 English words (measured in the preview's layout). */
export const HANGUL_WORD_WEIGHT = 1.2;

/** What a stretch of text puts on a page. */
export interface PageMeasure {
  /** Every word, as the model counts them (segmented words of no-space scripts included). */
  words: number;
  /** The segmented words of no-space scripts among `words` (their room is counted in characters). */
  noSpaceWords: number;
  /** Words with Hangul letters among `words`. */
  hangulWords: number;
  /** Characters of scripts without spaces. */
  characters: number;
}

export type PageConfig = Pick<ResolvedConfig, 'wordsPerPage' | 'charsPerPage'>;
export type Part = 'pressRelease' | 'externalFaq' | 'internalFaq' | 'faq' | 'total';
export type LengthUnit = PageCounts['unit'];

const EMPTY: PageMeasure = { words: 0, noSpaceWords: 0, hangulWords: 0, characters: 0 };

export function pagesOf(m: PageMeasure, config: PageConfig): number {
  const spaced = Math.max(0, m.words - m.noSpaceWords - m.hangulWords);
  return (spaced + m.hangulWords * HANGUL_WORD_WEIGHT) / config.wordsPerPage + m.characters / config.charsPerPage;
}

/** The measure of one part of the document, from the model's counts. */
export function partMeasure(model: PrfaqModel, part: Part): PageMeasure {
  return {
    words: model.words[part],
    noSpaceWords: model.scriptWords.noSpace[part],
    hangulWords: model.scriptWords.hangul[part],
    characters: model.characters[part],
  };
}

/** The measure of a text the model counted `words` words in (a section body, an FAQ entry). */
export function textMeasure(words: number, text: string): PageMeasure {
  if (!text) return { ...EMPTY, words };
  const { noSpaceWords, hangulWords, characters } = scriptCounts.get(text, () => ({ noSpaceWords: countNoSpaceWords(text), hangulWords: countHangulWords(text), characters: countNoSpaceChars(text) }));
  return { words, noSpaceWords, hangulWords, characters };
}

// The length rules measure every section and FAQ entry on each check; after an edit, one has changed.
const scriptCounts = new TextMemo<Omit<PageMeasure, 'words'>>('page measures by text');

export function sectionMeasure(section: Section): PageMeasure {
  return textMeasure(section.words, section.text);
}

export function entryMeasure(entry: FaqEntry): PageMeasure {
  return textMeasure(entry.words, `${entry.question}\n${entry.answerText}`);
}

/** Characters when most of the pages come from scripts without spaces, else words. */
export function unitOf(m: PageMeasure, config: PageConfig): LengthUnit {
  const fromCharacters = m.characters / config.charsPerPage;
  return fromCharacters > 0 && fromCharacters >= pagesOf(m, config) / 2 ? 'characters' : 'words';
}

/** The document's page figures: one estimate for every consumer. */
export function pageCounts(model: PrfaqModel, config: PageConfig): PageCounts {
  const pages = (part: Part) => pagesOf(partMeasure(model, part), config);
  return {
    pressRelease: pages('pressRelease'),
    externalFaq: pages('externalFaq'),
    internalFaq: pages('internalFaq'),
    faq: pages('faq'),
    total: pages('total'),
    wordsPerPage: config.wordsPerPage,
    charsPerPage: config.charsPerPage,
    unit: unitOf(partMeasure(model, 'total'), config),
  };
}

/** A length told in the document's unit: its size (words or characters), its pages, and that unit a page. */
export interface Length {
  unit: LengthUnit;
  size: number;
  pages: number;
  /** Units of this text's mix a page holds: turns a budget in pages into words or characters. */
  perPage: number;
}

/**
 * A measure told in `unit`. `mix` is the text whose mixture of scripts sets how many units a page holds
 * when the measure itself is empty (the document as a whole, usually).
 */
export function lengthOf(m: PageMeasure, unit: LengthUnit, config: PageConfig, mix: PageMeasure = m): Length {
  const size = unit === 'characters' ? m.characters : m.words;
  const pages = pagesOf(m, config);
  return { unit, size, pages, perPage: unitsPerPage(pages > 0 ? m : mix, unit, config) };
}

function unitsPerPage(m: PageMeasure, unit: LengthUnit, config: PageConfig): number {
  const pages = pagesOf(m, config);
  const size = unit === 'characters' ? m.characters : m.words;
  // Plain English (or any spaced script but Korean) holds exactly wordsPerPage: no rounding drift.
  if (unit === 'words' && m.hangulWords === 0 && m.characters === 0) return config.wordsPerPage;
  if (pages <= 0 || size <= 0) return unit === 'characters' ? config.charsPerPage : config.wordsPerPage;
  return size / pages;
}

/** A budget of `pages` in the unit of a length: "500 words", "1,100 characters". */
export function budgetSize(length: Length, pages: number): number {
  return Math.round(pages * length.perPage);
}

/** The document's unit, from its totals. */
export function documentUnit(model: PrfaqModel, config: PageConfig): LengthUnit {
  return unitOf(partMeasure(model, 'total'), config);
}

// Pages are quotients: compare them with a little slack, so that 450 words of 500 are exactly 90 %.
const EPSILON = 1e-9;

/** Over a budget of `budgetPages` (a budget of 1 page holds exactly 1 page). */
export function overBudget(pages: number, budgetPages: number): boolean {
  return pages > budgetPages + EPSILON;
}

/** At or past `share` of a budget (the length rules warn from 90 %). */
export function nearBudget(pages: number, budgetPages: number, share: number): boolean {
  return pages >= share * budgetPages - EPSILON;
}
