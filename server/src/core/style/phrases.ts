// Finding listed words and phrases in prose, whatever the case, the line breaks or the hyphenation.
import type { ProseBlock, Span } from './prose';

export interface PhraseHit extends Span {
  /** The listed phrase that matched (lower case, as listed). */
  phrase: string;
  block: ProseBlock;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "game-changer" also matches "game changer" and "gamechanger"; spaces match any run of blanks. */
function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.split('-').map(escape).join('[-\\s]?'))
    .join('\\s+');
}

/** One case-insensitive regular expression for a list of phrases, longest first; null for an empty list. */
export function phraseRegex(phrases: readonly string[]): RegExp | null {
  const list = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}\\-'’])(?:${list.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}\\-]|['’]\\p{L})`, 'giu');
}

/** Normalises a matched text back to its list entry ("Game Changer" → "game-changer" when listed so). */
export function listedPhrase(text: string, phrases: readonly string[]): string {
  const key = (s: string) => s.toLowerCase().replace(/[-\s]+/g, '');
  const k = key(text);
  return phrases.find((p) => key(p) === k)?.toLowerCase() ?? text.toLowerCase();
}

export function findPhrases(blocks: readonly ProseBlock[], re: RegExp | null, phrases: readonly string[]): PhraseHit[] {
  if (!re) return [];
  const hits: PhraseHit[] = [];
  for (const block of blocks) {
    re.lastIndex = 0;
    for (let m = re.exec(block.masked); m; m = re.exec(block.masked)) {
      hits.push({ start: block.start + m.index, end: block.start + m.index + m[0].length, text: m[0], phrase: listedPhrase(m[0], phrases), block });
    }
  }
  return hits;
}

/** The configured list: built-in entries minus `ignore`, plus `extra`. */
export function effectiveList(builtIn: readonly string[], extra: readonly string[], ignore: readonly string[]): string[] {
  const ignored = new Set(ignore.map((s) => s.trim().toLowerCase()));
  return [...builtIn.filter((p) => !ignored.has(p)), ...extra.filter((p) => !ignored.has(p.trim().toLowerCase()))];
}
