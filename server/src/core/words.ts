import { BoundedCache, NodeReadings, TextMemo } from './cache';
import type { Nodes, Parent, Root } from 'mdast';

// Scripts written without spaces between words need a dictionary-based segmenter. Intl.Segmenter is slow
// (about 30 characters a millisecond in Node 20), so only runs of these scripts go through it. The
// prolonged sound mark ー (and its half-width form) and 〆 belong to no script but are part of Japanese
// words (サーバー is one word, not four).
const NO_SPACE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\uFF70\u3006\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\uFF70\u3006\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
// A word as a reader counts it: letters/digits, with inner apostrophes, hyphens, dots (1.5, don't, end-to-end).
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-_/@&][\p{L}\p{N}\p{M}]+)*/gu;
let segmenter: Intl.Segmenter | undefined;
const segmentedRuns = new BoundedCache<string, number>('segmented word counts of no-space runs', 5000, { fromText: true });

/** Words in plain text, as a reader counts them; correct for languages without spaces (Intl.Segmenter). */
export function countWords(text: string): number {
  if (!text) return 0;
  // A re-check after an edit counts the same blocks again: remember the counts of block-sized texts.
  if (text.length > MAX_CACHED_LENGTH) return countUncached(text);
  return countsByText.get(text, () => countUncached(text));
}

/**
 * Characters of scripts written without spaces (Chinese, Japanese, Thai…) in plain text: their pages
 * are measured in characters, not words (see the page estimate).
 */
export function countNoSpaceChars(text: string): number {
  if (!text || !NO_SPACE_SCRIPTS.test(text)) return 0;
  let n = 0;
  NO_SPACE_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NO_SPACE_RUN.exec(text))) n += m[0].length;
  return n;
}

/**
 * The words `countWords` finds inside runs of scripts without spaces (Intl.Segmenter's words): a page
 * estimate counts those runs in characters instead, so it takes these words out of the word count.
 */
export function countNoSpaceWords(text: string): number {
  if (!text || !NO_SPACE_SCRIPTS.test(text)) return 0;
  let n = 0;
  NO_SPACE_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NO_SPACE_RUN.exec(text))) n += countSegmented(m[0]);
  return n;
}

const HANGUL = /\p{Script=Hangul}/u;

/** Words (as `countWords` counts them) with a Hangul letter: a Korean word takes more room on a page than an English one. */
export function countHangulWords(text: string): number {
  if (!text || !HANGUL.test(text)) return 0;
  let n = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) if (HANGUL.test(m[0])) n++;
  return n;
}

const MAX_CACHED_LENGTH = 20000;
const countsByText = new TextMemo<number>('word counts of block texts');

function countUncached(text: string): number {
  if (!NO_SPACE_SCRIPTS.test(text)) return countSpaced(text);
  let n = 0;
  let last = 0;
  NO_SPACE_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NO_SPACE_RUN.exec(text))) {
    n += countSpaced(text.slice(last, m.index)) + countSegmented(m[0]);
    last = m.index + m[0].length;
  }
  return n + countSpaced(text.slice(last));
}

function countSpaced(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

function countSegmented(run: string): number {
  return segmentedRuns.get(run, () => {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    let n = 0;
    for (const s of segmenter.segment(run)) if (s.isWordLike) n++;
    return n;
  });
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);
const URL_LIKE = /^(https?:\/\/|www\.|mailto:)\S+$/i;

/**
 * Plain text of a node as a reader reads it: no HTML, no front matter, no URLs (link text stays,
 * bare autolinks go), image alt text stays, code stays (counted as content; see ARCHITECTURE.md).
 */
export function readableText(root: Nodes, out: string[] = []): string[] {
  // Iterative (a work stack of nodes and separators): trees can be deep enough to overflow recursion.
  const work: Array<Nodes | string> = [root];
  while (work.length) {
    const node = work.pop()!;
    if (typeof node === 'string') out.push(node);
    else readNode(node, out, work);
  }
  return out;
}

function readNode(node: Nodes, out: string[], work: Array<Nodes | string>): void {
  switch (node.type) {
    case 'text':
      out.push(node.value);
      break;
    case 'inlineCode':
      if (!URL_LIKE.test(node.value.trim())) out.push(node.value);
      break;
    case 'code':
      out.push(node.value);
      break;
    case 'html':
    case 'yaml':
    case 'definition':
      break;
    case 'image':
      if (node.alt) out.push(node.alt);
      break;
    case 'imageReference':
      if (node.alt) out.push(node.alt);
      break;
    case 'link': {
      const inner = readableText({ type: 'paragraph', children: node.children } as Nodes).join(' ');
      if (!URL_LIKE.test(inner.trim()) && inner.trim() !== node.url) out.push(inner);
      break;
    }
    case 'break':
      out.push('\n');
      break;
    default:
      if ('children' in node) {
        // Inline children run together ("`plit`?"); blocks are separated.
        const sep = PHRASING_PARENTS.has(node.type) ? '' : ' ';
        const children = (node as Parent).children;
        for (let i = children.length - 1; i >= 0; i--) {
          if (sep) work.push(sep);
          work.push(children[i] as Nodes);
        }
      }
  }
}

export function nodeText(node: Nodes): string {
  return readableText(node).join('').replace(/[ \t]+/g, ' ').trim();
}

export function nodeWords(node: Nodes): { words: number; code: number } {
  // The document's blocks are read apart (their texts are joined with spaces, so no word spans two): each
  // block's count can come from countWords' cache.
  if (node.type === 'root') {
    const sum = { words: 0, code: 0 };
    for (const child of node.children) {
      const counts = nodeWords(child);
      sum.words += counts.words;
      sum.code += counts.code;
    }
    return sum;
  }
  let code = 0;
  const work: Nodes[] = [node];
  while (work.length) {
    const n = work.pop()!;
    if (n.type === 'code' || n.type === 'inlineCode') code += countWords(n.value);
    else if ('children' in n) for (const c of (n as Parent).children) work.push(c as Nodes);
  }
  return { words: countWords(readableText(node).join(' ')), code };
}

// A block the incremental parser did not parse again is the same node: its counts stand.
const wordsOfNodes = new NodeReadings<{ words: number; code: number }>('word counts of top-level nodes', (counts) => counts);

/** The words of a whole document (as `nodeWords` of its root), each top-level node counted once while it lasts. */
export function documentWords(tree: Root, text: string): { words: number; code: number } {
  const sum = { words: 0, code: 0 };
  for (const child of tree.children) {
    const counts = wordsOfNodes.read(child, text, () => nodeWords(child));
    sum.words += counts.words;
    sum.code += counts.code;
  }
  return sum;
}
