// Finding listed words and phrases in prose, whatever the case, the line breaks or the hyphenation.
import type { ProseBlock, Span } from './prose';
import { BoundedCache, KeyedMemos } from '../cache';

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

/**
 * One case-insensitive regular expression for a list of phrases, longest first; null for an empty list.
 * Built once per list (rules ask for theirs on every check); callers reset `lastIndex` before a search.
 */
export function phraseRegex(phrases: readonly string[]): RegExp | null {
  return regexes.get(phrases.join('\u0000'), () => ({ re: buildPhraseRegex(phrases) })).re;
}

const regexes = new BoundedCache<string, { re: RegExp | null }>('phrase expressions by list', 50);

function buildPhraseRegex(phrases: readonly string[]): RegExp | null {
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
  const cache = matchesByPattern.for(`${re.flags}/${re.source}`);
  for (const block of blocks) {
    const local = cache.get(block.masked, () => {
      const found: LocalMatches = [];
      re.lastIndex = 0;
      for (let m = re.exec(block.masked); m; m = re.exec(block.masked)) found.push([m.index, m[0]]);
      return found;
    });
    for (const [at, text] of local) hits.push({ start: block.start + at, end: block.start + at + text.length, text, phrase: listedPhrase(text, phrases), block });
  }
  return hits;
}

// Matches in a block depend on its masked text and the expression only: after an edit, only the changed
// block is searched again. Keyed by the expression's source, since each check compiles its own.
type LocalMatches = Array<[number, string]>;
const matchesByPattern = new KeyedMemos<LocalMatches>('phrase matches by expression and block text', 50);

/** The configured list: built-in entries minus `ignore`, plus `extra`. */
export function effectiveList(builtIn: readonly string[], extra: readonly string[], ignore: readonly string[]): string[] {
  const ignored = new Set(ignore.map((s) => s.trim().toLowerCase()));
  return [...builtIn.filter((p) => !ignored.has(p)), ...extra.filter((p) => !ignored.has(p.trim().toLowerCase()))];
}
