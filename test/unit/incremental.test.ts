import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check } from '../../server/src/core/check';
import { parseMarkdown } from '../../server/src/core/parse';
import { parseBlockwise, splitBlocks } from '../../server/src/core/blocks';
import { IncrementalChecker } from '../../server/src/core/incremental';
import type { CheckResult } from '../../server/src/core/types';
import { cacheSizes } from '../../server/src/core/cache';

// Pieces PR/FAQs are made of, and the constructs that make block splitting hard.
const PIECES = [
  '---\nprfaq: true\ntitle: Rockets\n---',
  '# Acme Launches Rockets for Everyone',
  '*Rockets that anyone can fly.*',
  'SEATTLE – March 3, 2027 – Acme today announced rockets. Customers fly them home.',
  '## Problem', 'Today, buying a rocket is hard to do and takes weeks.',
  '## Solution', 'Acme provides rockets online.',
  '## Leader Quote', '"We love rockets," said Wile E., CEO of Acme.',
  '## How It Works', 'To get started, visit acme.example and sign up.',
  '## Customer Quote', '"It flew," said Road Runner, a customer.',
  '## Call to Action', 'Rockets are available today at acme.example.',
  '## External FAQ', '## Internal FAQ', '### How much does it cost?', 'It costs $9 TBD.',
  '### Who is it for', 'Q: Is it safe?\nA: Yes.', '**Q: Does it fly?**\n\nIt does.',
  '- one\n- two\n  continued', '1. first\n2. second', '- item\n\n  more of the item', '* star', '+ plus',
  '> quoted guidance\nlazy continuation', '> Describe the problem here.',
  '```\ncode\n\nmore code\n```', '~~~js\nx\n~~~', '```', '    indented code', '\tTab code',
  '<!-- a comment\n\nstill the comment -->', '<!-- prfaq-disable placeholder -->', '<pre>\n\nraw\n</pre>', '<div>\nhtml\n</div>',
  '| a | b |\n| - | - |\n| 1 | 2 |', 'Setext heading\n===', 'Setext two\n---', '---', '***', '[ref]: https://example.com',
  'A [ref] and a footnote[^1].', '[^1]: The note.', 'Text with **bold** and `code` and https://example.com.',
  '', '   ', '#', '>', '-', '1.', '2)', '  - nested', '     deep indented',
];
const SEPARATORS = ['\n', '\n\n', '\n\n\n', '\n \n', '\r\n\r\n', '\r\n'];
const EDIT_TEXTS = ['\n', '\n\n', 'x', ' ', '```', '~~~', '- ', '* ', '1. ', '#', '# ', '>', '> ', '---', '    ', '\t', '<!--', '-->', '<pre>', '</pre>', '|', '**', '===', '[a]: /u', '?', 'TBD', '\r\n'];

const documentArb = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { minLength: 0, maxLength: 30 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

type Edit = { at: number; remove: number; insert: string };
const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat({ max: 100000 }),
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 40 })),
  insert: fc.oneof(fc.constantFrom(...EDIT_TEXTS), fc.constant(''), fc.string({ maxLength: 4 })),
});

function applyEdit(text: string, e: Edit): string {
  const at = text.length ? e.at % (text.length + 1) : 0;
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

/** What a full check decides: findings and the model's figures (the tree itself is compared separately). */
function decided(r: CheckResult) {
  const { text, tree, lineStarts, ...model } = r.model;
  void text;
  void tree;
  void lineStarts;
  return { findings: r.findings, model, pages: r.pages };
}

const fullCheck = (text: string) => check(text, { tree: parseMarkdown(text) });

describe('block-wise parsing', () => {
  it('splits at blank lines before unindented lines, never inside list items or before ---', () => {
    const blocks = splitBlocks('# A\n\npara\n\n- a\n\n- b\n\n  more\n---\n\n---\n\nend\n');
    expect(blocks.map((b) => b.text)).toEqual(['# A\n\n', 'para\n\n- a\n\n- b\n\n  more\n---\n\n---\n\n', 'end\n']);
    expect(blocks.map((b) => [b.line, b.offset])).toEqual([[0, 0], [2, 5], [13, 38]]);
  });

  it('does not split a document with reference definitions', () => {
    expect(splitBlocks('[a]\n\npara\n\n[a]: /url\n')).toHaveLength(1);
  });

  it('gives the same tree as a whole-document parse for an unclosed fence and a comment over blank lines', () => {
    for (const text of ['a\n\n```\nx\n\ny\n\n```\n\nb\n', 'a\n\n```\n\nnever closed\n\nz', 'a\n\n<!--\n\nb\n\n-->\n\nc\n', '---\nx: 1\n---\n\n# T\n']) {
      expect(parseBlockwise(text)).toEqual(parseMarkdown(text));
    }
  });

  it('gives the same tree as a whole-document parse for random PR/FAQ-shaped documents', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        expect(parseBlockwise(text)).toEqual(parseMarkdown(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('incremental checking', () => {
  it('equals a full check after every edit of a sequence (tree, findings, sections, FAQ, words)', () => {
    fc.assert(
      fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const checker = new IncrementalChecker();
        let text = start;
        checker.check(text);
        for (const edit of edits) {
          text = applyEdit(text, edit);
          const incremental = checker.check(text);
          const full = fullCheck(text);
          expect(incremental.model.tree).toEqual(full.model.tree);
          expect(decided(incremental)).toEqual(decided(full));
        }
      }),
      { numRuns: 120 },
    );
  });

  it('re-checks an edited block of a long document and keeps the untouched blocks', () => {
    const doc = Array.from({ length: 40 }, (_, i) => `### Question ${i}?\n\nAnswer ${i} TBD.`).join('\n\n') + '\n';
    const checker = new IncrementalChecker();
    const before = checker.check(doc);
    const edited = doc.replace('Answer 20 TBD.', 'Answer 20 is done.');
    const after = checker.check(edited);
    expect(decided(after)).toEqual(decided(fullCheck(edited)));
    expect(after.model.tree.children[0]).toBe(before.model.tree.children[0]);
    expect(after.findings.length).toBe(before.findings.length - 1);
  });

  it('reads again only the blocks an edit touched, also when the edit moves every block after it', () => {
    const doc = Array.from({ length: 40 }, (_, i) => `### Question ${i}?\n\nAnswer ${i} is written here.`).join('\n\n') + '\n';
    const checker = new IncrementalChecker();
    checker.check(doc);
    const readings = () => cacheSizes()['recogniser: blocks of top-level nodes'];
    const before = readings();
    // Typing one character into the second answer moves the 76 blocks after it.
    const edited = doc.replace('Answer 1 is', 'Answer 1 xis');
    const after = checker.check(edited);
    // The edited chunk (the second question and its answer) is read again; the moved blocks are not.
    expect(readings() - before).toBeLessThanOrEqual(2);
    expect(decided(after)).toEqual(decided(fullCheck(edited)));
  });
});

