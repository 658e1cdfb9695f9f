import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../server/src/core/model';
import { proseBlocks, sentences } from '../../../server/src/core/style/prose';

const TEXT = [
  '---',
  'title: very revolutionary',
  '---',
  '',
  '# Tidepool',
  '',
  '## Summary',
  '',
  'Scan `very_fast()` and see <b>very</b> [the docs](https://example.com/very) at https://example.com/revolutionary or ![very](x.png).',
  '',
  '> "Line one is very good,',
  '> and line two is revolutionary," said Lee.',
  '',
  '```',
  'very revolutionary',
  '```',
  '',
  '<!-- very revolutionary -->',
  '',
  '- A list item \\*very\\* escaped.',
].join('\n');

describe('prose blocks', () => {
  const model = buildModel(TEXT);
  const blocks = proseBlocks(model);

  it('keeps the length of the source so offsets match', () => {
    for (const b of blocks) expect(b.masked.length).toBe(b.end - b.start);
  });

  it('leaves out front matter, code, HTML tags, URLs and images, keeps link text and text between tags', () => {
    const prose = blocks.map((b) => b.masked.replace(/\s+/g, ' ').trim());
    // Escaped asterisks are literal text; only their backslashes go.
    expect(prose).toEqual(['Tidepool', 'Summary', 'Scan and see very the docs at or .', '"Line one is very good, and line two is revolutionary," said Lee.', 'A list item *very * escaped.']);
  });

  it('marks blockquotes as quoted and knows the part and section', () => {
    const quote = blocks.find((b) => b.masked.includes('Line one'))!;
    expect(quote.quoted).toBe(true);
    expect(quote.part).toBe('press-release');
    expect(blocks.find((b) => b.masked.includes('Scan'))!.section).toBe('summary');
  });

  it('finds sentences with absolute offsets', () => {
    const block = buildModel('# T\n\n## Summary\n\nOne two. Three four! Five?\n');
    const para = proseBlocks(block).find((b) => b.kind === 'paragraph')!;
    expect(sentences(para).map((s) => block.text.slice(s.start, s.end))).toEqual(['One two.', 'Three four!', 'Five?']);
  });
});
