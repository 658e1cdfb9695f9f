// The parser loads only the GFM extensions whose trigger a text contains (core/parse.ts). That must give
// exactly the tree remark-gfm gives: on every fixture and corpus document (whole and chunk by chunk) and
// on random Markdown made of the triggers, their near misses and the CommonMark constructs around them.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { chunkBlocks, splitBlocks } from '../../server/src/core/blocks';
import { findHazards } from '../../server/src/core/hazards';
import { parseMarkdown } from '../../server/src/core/parse';

const withAllOfGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
}

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');

function expectSameTree(text: string): void {
  expect(parseMarkdown(text)).toEqual(withAllOfGfm.parse(text));
}

describe('GFM extensions by trigger', () => {
  it('gives remark-gfm’s tree for every fixture and corpus document, whole and in chunks', () => {
    if (!fs.existsSync(CORPUS)) console.warn(`parseGfm: ${CORPUS} is absent; checking the fixtures only`);
    const files = [...markdownFiles(path.join(ROOT, 'test', 'fixtures')), ...markdownFiles(CORPUS), ...markdownFiles(path.join(ROOT, 'examples'))];
    expect(files.length).toBeGreaterThan(20);
    let texts = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      // Hazards (huge lines, deep nesting) are not handed to the parser at all: nothing to compare.
      for (const piece of [text, ...chunkBlocks(splitBlocks(text)).map((c) => c.text)]) {
        if (findHazards(piece).length) continue;
        expectSameTree(piece);
        texts++;
      }
    }
    expect(texts).toBeGreaterThan(100);
  });

  it('gives remark-gfm’s tree for random Markdown around the triggers', () => {
    const tokens = [
      'a', 'b', 'x', 'X', 'w', 'ww', 'www', 'WWW', '.', 'www.', 'http', 'HTTPS', 'https', ':', '//', 'h', '@', 'mailto:', 'xmpp:',
      'example.com', 'a.b', '~', '~~', '|', '\\|', '-', '--', '---', ':-', '-:', ' :', ': ', ':--:', '[', ']', '[^', '^', '[ ]', '[x]',
      '(', ')', ' ', '  ', '    ', '\t', '\n', '\n\n', '\r\n', '\r', '*', '**', '_', '`', '```', '>', '> ', '#', '# ', '1. ', '- ', '* ',
      '+', '\\', '<', '!', '&', '&#94;', '&#124;', '"', "'", '<!--', '-->', 'é', '中',
    ];
    const lines = [
      '| a | b |\n| - | :-: |\n| 1 | 2 |', 'a\n:-', 'a\n-:', 'a | b\n--|--', '- [ ] task\n- [x] done', '* [X]\tthing', '1. [ ]',
      'See [^1].\n\n[^1]: The note.', 'www.example.com/a_b_', 'https://x.y/(z)', 'me@example.com.', 'mailto:a@b.c', '~~gone~~ ~one~',
      '---\ntitle: x\n---', '> | q |\n> | - |', '    | code |\n    | - |',
    ];
    const markdown = fc
      .array(fc.oneof({ arbitrary: fc.constantFrom(...tokens), weight: 6 }, { arbitrary: fc.constantFrom(...lines), weight: 1 }), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(fc.property(markdown, (text) => expectSameTree(text)), { numRuns: 3000 });
  });
});

describe('one micromark parser per extension list', () => {
  it('keeps nothing from one parse to the next: definitions, footnote labels, lazy lines', () => {
    // Same GFM triggers (a URL, a footnote), so both go through the same parser; the expected trees come
    // from a processor made for the occasion, whose parser has never seen anything.
    const defines = 'See [x] and [^1].\n\n[x]: https://example.com\n[^1]: A note.\n\n> quote\nlazy line\n';
    const uses = 'See [x] and [^1] at https://example.com.\n\n> quote\n    code or lazy?\n';
    const fresh = (text: string) => unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(text);
    for (const text of [defines, uses, defines, uses]) expect(parseMarkdown(text)).toEqual(fresh(text));
  });

  it('hands the same parser back for the same extension list, and a fresh one for another', async () => {
    const { parse } = await import('../../server/src/core/micromarkOnce');
    const extensions: never[] = [];
    expect(parse({ extensions })).toBe(parse({ extensions }));
    expect(parse({ extensions: [] })).not.toBe(parse({ extensions }));
  });
});
