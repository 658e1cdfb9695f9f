// Flesch reading ease and Flesch-Kincaid grade for release paragraphs and FAQ answers. Exported for the
// hover and the preview, which show the same figures the readability rule judges.
import { syllable } from 'syllable';
import type { PrfaqModel, Range, SectionId } from '../types';
import { rangeAt } from '../positions';
import { formatDecimal } from '../format';
import { answerBlocks, proseBlocks, sentences, words, type ProseBlock } from './prose';
import { BoundedCache, TextMemo } from '../cache';

export interface ReadabilityScores {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch reading ease (1975): 0–100, higher is easier; 60–70 is plain English, under 30 is very hard. */
  ease: number;
  /** Flesch-Kincaid grade level: the US school grade needed to follow the text. */
  grade: number;
}

export interface ReadabilityUnit {
  kind: 'paragraph' | 'answer';
  range: Range;
  section?: SectionId;
  /** The FAQ question, for answers. */
  question?: string;
  scores: ReadabilityScores;
}

// `syllable` looks words up in exception lists and runs many patterns: worth remembering per word.
const syllableCache = new BoundedCache<string, number>('readability: syllables by word', 20000, { fromText: true });

/** Syllables of one word; a number or code-like token counts as one (read as a unit). */
function syllablesOf(word: string): number {
  if (!/\p{L}/u.test(word) || /\d/.test(word)) return 1;
  const key = word.toLowerCase();
  return syllableCache.get(key, () => Math.max(1, syllable(key)));
}

/** Scores of prose blocks taken together; null when there are no words. */
export function scoreBlocks(blocks: readonly ProseBlock[]): ReadabilityScores | null {
  let wordCount = 0;
  let sentenceCount = 0;
  let syllableCount = 0;
  for (const block of blocks) {
    const [w, s, y] = blockCounts(block);
    wordCount += w;
    sentenceCount += s;
    syllableCount += y;
  }
  if (wordCount === 0) return null;
  const wordsPerSentence = wordCount / sentenceCount;
  const syllablesPerWord = syllableCount / wordCount;
  return {
    words: wordCount,
    sentences: sentenceCount,
    syllables: syllableCount,
    ease: round1(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
    grade: round1(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59),
  };
}

// Counts add up block by block, so each block's are remembered by its text: a re-check counts one block.
// Paragraphs are split into sentences and other blocks are not, so the two kinds are kept apart.
type Counts = [words: number, sentences: number, syllables: number];
const paragraphCounts = new TextMemo<Counts>('readability: counts of paragraphs');
const otherCounts = new TextMemo<Counts>('readability: counts of headings and cells');

function blockCounts(block: ProseBlock): Counts {
  const cache = block.kind === 'paragraph' ? paragraphCounts : otherCounts;
  return cache.get(block.masked, () => {
    const counts: Counts = [0, 0, 0];
    for (const sentence of sentences(block)) {
      const list = words(sentence);
      if (list.length === 0) continue;
      counts[1]++;
      counts[0] += list.length;
      for (const w of list) counts[2] += syllablesOf(w.text);
    }
    return counts;
  });
}

/** Scores of plain text (one paragraph): for tests and callers without a model. */
export function scoreText(text: string): ReadabilityScores | null {
  return scoreBlocks([{ kind: 'paragraph', start: 0, end: text.length, masked: text, part: 'other', quoted: false }]);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Every press-release paragraph and every answered FAQ entry with its scores, in document order. */
export function readabilityOf(model: PrfaqModel): ReadabilityUnit[] {
  const range = (s: number, e: number) => rangeAt(model.lineStarts, s, e, model.text.length);
  const units: ReadabilityUnit[] = [];
  for (const block of proseBlocks(model)) {
    if (block.kind !== 'paragraph' || block.part !== 'press-release' || block.question) continue;
    const scores = scoreBlocks([block]);
    if (scores) units.push({ kind: 'paragraph', range: range(block.start, block.end), section: block.section, scores });
  }
  for (const entry of [...model.faq.external, ...model.faq.internal]) {
    if (!entry.answerRange) continue;
    const scores = scoreBlocks(answerBlocks(model, entry));
    const section: SectionId = entry.kind === 'external' ? 'external-faq' : 'internal-faq';
    if (scores) units.push({ kind: 'answer', range: entry.answerRange, section, question: entry.question, scores });
  }
  return units.sort((a, b) => a.range.start.offset - b.range.start.offset);
}

/** "reading ease 62 (plain English) · grade 8.1": the words hover and preview use for the scores. */
export function describeReadability(scores: ReadabilityScores, bold = (s: string) => s): string {
  return `reading ease ${bold(formatDecimal(scores.ease))} (${easeLabel(scores.ease)}) · grade ${bold(formatDecimal(scores.grade))}`;
}

function easeLabel(ease: number): string {
  if (ease >= 70) return 'easy';
  if (ease >= 60) return 'plain English';
  if (ease >= 50) return 'fairly hard';
  if (ease >= 30) return 'hard';
  return 'very hard';
}
