// Numbers, counts and pages as the writer reads them: the one home for every message, hover, lens,
// status bar and preview figure (English, en-US separators).
import type { LengthUnit } from './pages';

const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ONE_PLACE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A whole number with thousands separators: "1,234". */
export function formatNumber(n: number): string {
  return INTEGER.format(Math.round(n) || 0);
}

/** One decimal at most, none for whole numbers: "0.9", "1", "12.5", "1,200". */
export function formatDecimal(n: number): string {
  // Round first so that 0.95 reads "1", not "0.9" or "1.0".
  return ONE_PLACE.format(Math.round(n * 10) / 10 || 0);
}

/** "1 word", "2 words", "1,234 words". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${Math.round(n) === 1 ? one : many}`;
}

/** Pages with one decimal at most: "1 page", "0.5 pages", "1.2 pages" (singular only for exactly one). */
export function formatPages(pages: number): string {
  const text = formatDecimal(pages);
  return `${text} ${text === '1' ? 'page' : 'pages'}`;
}

/** A size in words or characters: "460 words", "1,900 characters". */
export function formatSize(size: number, unit: LengthUnit): string {
  return plural(size, unit === 'characters' ? 'character' : 'word');
}
