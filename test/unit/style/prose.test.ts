import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../server/src/core/recognise';
import { proseBlocks, sentences, words } from '../../../server/src/core/style/prose';

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

describe('sentences and words', () => {
  const split = (text: string) => {
    const model = buildModel(`# T\n\n## Summary\n\n${text}\n`);
    const para = proseBlocks(model).find((b) => b.kind === 'paragraph')!;
    return sentences(para).map((s) => s.text);
  };

  it('a.m., Inc. and etc. end a sentence when a capitalised word follows; titles never do', () => {
    expect(split('Buses run until 5 a.m. The app shows them.')).toEqual(['Buses run until 5 a.m.', 'The app shows them.']);
    expect(split('We met Dr. Park at 5 a.m. on Monday.')).toEqual(['We met Dr. Park at 5 a.m. on Monday.']);
    expect(split('Made by Harbor Labs Inc. We ship today.')).toEqual(['Made by Harbor Labs Inc.', 'We ship today.']);
  });

  it('counts 14,000 and 3.5 as one word each', () => {
    const model = buildModel('# T\n\n## Summary\n\nIt serves 14,000 riders, 3.5 times more.\n');
    const para = proseBlocks(model).find((b) => b.kind === 'paragraph')!;
    expect(words(sentences(para)[0]).map((w) => w.text)).toEqual(['It', 'serves', '14,000', 'riders', '3.5', 'times', 'more']);
  });
});
