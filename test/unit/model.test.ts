import { describe, expect, it } from 'vitest';
import { buildModel } from '../../server/src/core/recognise';
import { check } from '../../server/src/core/check';
import { countWords } from '../../server/src/core/words';
import type { PrfaqModel, SectionId } from '../../server/src/core/types';

const ids = (m: PrfaqModel) => m.sections.map((s) => s.id);
const section = (m: PrfaqModel, id: SectionId) => m.sections.find((s) => s.id === id);
const md = (lines: string[]) => lines.join('\n') + '\n';

describe('sections from headings', () => {
  it('recognises every McAllister heading name, closed ATX included', () => {
    const m = buildModel(md([
      '# Heading #', 'Acme Rockets', '',
      '## Sub-Heading ##', 'Rockets for everyone.', '',
      '## Summary ##', 'Acme today announced rockets.', '',
      '## Problem ##', 'Rockets are hard to buy.', '',
      '## Solution ##', 'Acme sells them online.', '',
      '## Quote from You ##', '"We love rockets," said Wile E., CEO of Acme.', '',
      '## How to Get Started ##', 'Visit the store.', '',
      '## Customer Quote ##', '"It flew," said Road Runner, a customer.', '',
      '## Closing and Call to Action ##', 'Buy one today.',
    ]));
    expect(ids(m)).toEqual(['headline', 'subheadline', 'summary', 'problem', 'solution', 'leader-quote', 'how-it-works', 'customer-quote', 'call-to-action']);
    expect(m.headings[0]).toMatchObject({ text: 'Heading', closed: true, sectionId: 'headline' });
    expect(section(m, 'headline')!.words).toBe(2);
    expect(section(m, 'summary')!.headingRange!.start.line).toBe(7);
  });

  it('does not take a bare `##` being typed, or a # inside the text, for a closed heading', () => {
    const m = buildModel(md(['## Summary ##', '', 'Text.', '', '##', '', '## Issue #42', '', 'More.']));
    expect(m.headings.map((h) => h.closed)).toEqual([true, false, false]);
  });

  it('matches other real names case-insensitively, with extra words', () => {
    const cases: [string, SectionId][] = [
      ['## The Setup', 'problem'],
      ['## Opportunity', 'problem'],
      ['## The Knockdown', 'solution'],
      ['## Key Features', 'solution'],
      ['## From Our Team', 'leader-quote'],
      ['## Spokesperson Quote', 'leader-quote'],
      ['## Getting Started', 'how-it-works'],
      ['## Customer Experience', 'how-it-works'],
      ['## What the Customers are Saying', 'customer-quote'],
      ['## Customer Testimonies', 'customer-quote'],
      ['## AVAILABILITY', 'call-to-action'],
      ['## Anything Else?', 'call-to-action'],
      ['## Next Steps', 'call-to-action'],
      ['### Subtitle', 'subheadline'],
      ['## Intro', 'summary'],
      ['## Describe the opportunity or problem: The setup', 'problem'],
      ['## Include cutomer testimonials', 'customer-quote'],
    ];
    for (const [heading, id] of cases) {
      const m = buildModel(md([heading, '', 'Some real text about the product and its customers.']));
      expect(ids(m), heading).toContain(id);
    }
  });

  it('recognises FAQ headings and maps unlabelled ones to external', () => {
    const names: [string, SectionId][] = [
      ['## External FAQ (what real people will ask)', 'external-faq'],
      ['## Public FAQ', 'external-faq'],
      ['## Customer FAQ', 'external-faq'],
      ['## EXTERNAL FAQ', 'external-faq'],
      ['## FAQ', 'external-faq'],
      ['## Frequently Asked Questions', 'external-faq'],
      ['## Internal FAQ (the hard questions)', 'internal-faq'],
      ['## Internal/Technical FAQ', 'internal-faq'],
      ['## Stakeholder FAQ', 'internal-faq'],
    ];
    for (const [heading, id] of names) {
      const m = buildModel(md([heading, '', '### Does it work?', '', 'Yes, it works well.']));
      expect(ids(m), heading).toEqual([id]);
    }
  });

  it('splits a group FAQ heading into its customer and internal parts', () => {
    const m = buildModel(md([
      '## Frequently Asked Questions', '',
      '### Customer FAQ', '', '**Q: Is it free?**', '', 'A: Yes.', '',
      '### Internal/Technical FAQ', '', '**Q: Why Go?**', '', 'A: Fast builds.',
    ]));
    expect(ids(m)).toEqual(['external-faq', 'internal-faq']);
    expect(m.faq.external.map((e) => e.question)).toEqual(['Is it free?']);
    expect(m.faq.internal.map((e) => e.question)).toEqual(['Why Go?']);
  });

  it('keeps internal FAQ before external FAQ apart', () => {
    const m = buildModel(md(['## Internal FAQ', '', '### What does it cost?', '', '$1M.', '', '## External FAQ', '', '### Can I try it?', '', 'Yes.']));
    expect(ids(m)).toEqual(['internal-faq', 'external-faq']);
    expect(m.faq.internal).toHaveLength(1);
    expect(m.faq.external).toHaveLength(1);
  });

  it('ignores # lines inside fenced code and HTML comments', () => {
    const m = buildModel(md([
      '## Getting Started', '', '```bash', '# Install the tool', 'npm install -g acme', '## Problem', '```', '',
      '<!--', '## Customer Quote', 'guidance for writers that must not count', '-->', '',
      'Run the installer.',
    ]));
    expect(ids(m)).toEqual(['how-it-works']);
    expect(m.headings).toHaveLength(1);
    // Getting Started (2) + code lines (3 + 4 + 1, code is content) + Run the installer (3)
    expect(m.words.total).toBe(2 + 8 + 3);
  });

  it('does not count headings of an appendix or design section as FAQ or release parts', () => {
    const m = buildModel(md([
      '## Press Release', '', 'Acme today announced rockets.', '',
      '## FAQ', '', '### Is it safe?', '', 'Yes.', '',
      '## Technical Design', '', '### Summary', '', 'Design notes.', '', '### Why a queue?', '', 'Because.',
    ]));
    expect(m.faq.external.map((e) => e.question)).toEqual(['Is it safe?']);
    expect(ids(m)).toEqual(['summary', 'external-faq']);
    expect(section(m, 'summary')!.range.start.line).toBe(3);
  });

  it('recognises bare label lines and bold labels in plain-text templates', () => {
    const m = buildModel(md([
      'Heading', '', 'Acme Rockets', '',
      'Summary', '', 'Acme today announced rockets for everyone.', '',
      '**Problem:** Rockets are hard to buy today.', '',
      'Solution', 'Acme sells them online with free delivery.',
    ]));
    expect(ids(m)).toEqual(['headline', 'summary', 'problem', 'solution']);
    expect(section(m, 'problem')!.words).toBe(6);
    expect(section(m, 'solution')!.words).toBe(7);
  });

  it('marks sections holding only template instructions, blockquoted or not', () => {
    const m = buildModel(md([
      '## Summary', '', 'Give a summary of the product and the benefit. Assume the reader will not read anything else.', '',
      '## Problem', '', '> Describe the problem your product solves.', '',
      '## Solution', '', 'Acme sells rockets online.', '',
      '## Customer Quote', '',
    ]));
    expect(section(m, 'summary')).toMatchObject({ empty: true, instructionsOnly: true });
    expect(section(m, 'problem')).toMatchObject({ empty: true, instructionsOnly: true });
    expect(section(m, 'solution')).toMatchObject({ empty: false, instructionsOnly: false });
    expect(section(m, 'customer-quote')).toMatchObject({ empty: true, instructionsOnly: false, bodyRange: null });
  });

  it('treats a blockquoted testimonial as content and indented body text as paragraphs', () => {
    const m = buildModel(md([
      '## Customer Quote ##', '  "I finally get my weekends back," said Dana Cho, an accountant in Denver.', '',
      '## Testimonials', '', '> "Best purchase this year."', '> — Sam Ortiz, customer',
    ]));
    expect(section(m, 'customer-quote')).toMatchObject({ empty: false, words: 13 });
  });
});

describe('sections without headings', () => {
  const release = md([
    '# Acme Launches Rocket Delivery for Small Farms',
    '',
    '*Farmers get seed and parts delivered in one hour, anywhere in the county.*',
    '',
    'DENVER, CO – May 4, 2027 – Acme today announced Rocket Delivery, a same-hour delivery service for farms.',
    '',
    'Today, farmers lose a day of work whenever a part breaks, because the nearest store is two hours away.',
    '',
    'Rocket Delivery lets farmers order parts from their phone and receive them within an hour.',
    '',
    '"Farmers should spend their time farming, not driving," said Ana Ruiz, Vice President of Delivery at Acme.',
    '',
    '"My tractor was fixed before lunch," said Tom Baker, a customer and wheat farmer in Kansas.',
    '',
    'Rocket Delivery is available today at acme.example/rockets.',
  ]);

  it('infers each part from what the paragraph is', () => {
    const m = buildModel(release);
    expect(ids(m)).toEqual(['headline', 'subheadline', 'summary', 'problem', 'solution', 'leader-quote', 'customer-quote', 'call-to-action']);
    expect(m.sections.every((s) => s.source === 'inferred')).toBe(true);
    expect(section(m, 'summary')!.range.start.line).toBe(5);
    expect(section(m, 'leader-quote')!.range.start.line).toBe(11);
    expect(section(m, 'customer-quote')!.range.start.line).toBe(13);
  });

  it('takes a bold first line as the headline and a bold second line as the subheading', () => {
    const m = buildModel(md(['**Acme Launches Rockets**', '', '**Rockets for every farm.**', '', 'Acme today announced rockets.']));
    expect(ids(m).slice(0, 3)).toEqual(['headline', 'subheadline', 'summary']);
  });

  it('skips a FOR IMMEDIATE RELEASE line when looking for the headline', () => {
    const m = buildModel(md(['**FOR IMMEDIATE RELEASE**', '', '**Acme Launches Rockets**', '', '*Rockets for every farm.*', '', 'Acme today announced rockets.']));
    expect(section(m, 'headline')!.text).toBe('Acme Launches Rockets');
    expect(section(m, 'subheadline')!.range.start.line).toBe(5);
  });

  it('does not take a document title as the headline', () => {
    const m = buildModel(md(['# PR FAQ for Acme Rockets', 'Rockets are table stakes for farms.', '', 'Acme adds the following features.']));
    expect(ids(m)).not.toContain('headline');
  });

  it('looks for the headline inside a Press Release heading', () => {
    const m = buildModel(md(['# Rockets PRFAQ', '', '## Press Release', '', '### Acme Rockets: Delivery in an Hour', '', '**For farms that cannot wait**', '', 'Today we announce Acme Rockets.']));
    expect(section(m, 'headline')!.text).toBe('Acme Rockets: Delivery in an Hour');
    expect(section(m, 'subheadline')!.range.start.line).toBe(7);
  });
});

describe('prefer silence: a part some paragraph could be is not called missing', () => {
  const lines = [
    '# Ledger Launches Prepaid Cup Tracking for Coffee Shops',
    '',
    'PORTLAND, OR – May 4, 2027 – Ledger today announced Cup Ledger, a prepaid cup ledger for small coffee shops.',
    '',
    'Coffee shops that sell prepaid drink packages track them on paper punch cards today, and the cards get lost.',
    '',
    'Cup Ledger keeps an accurate record of every package a customer bought and every cup they drank.',
  ];
  const usage = 'Shop owners create a customer, record each purchase with its price, mark every delivered cup and share a read-only balance link; customers open the link to see the cups they have left and their history.';
  const missing = (text: string) => (check(text).findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.section));

  it('keeps how-it-works unreported when a paragraph of prose after the opening belongs to no part', () => {
    expect(missing(md([...lines, '', usage, '', 'Shops that used spreadsheets get a clearer and more trustworthy record while staying lean.']))).not.toContain('how-it-works');
  });

  it('reports it when every paragraph is taken by another part', () => {
    expect(missing(md(lines))).toContain('how-it-works');
  });

  it('keeps the subheading unreported when it stands under a dateline on a line of its own', () => {
    const [headline, , summary, ...rest] = lines;
    const [dateline, opening] = summary.split(' – Ledger ');
    const subheading = '*Shops see every prepaid cup at a glance and stop losing punch cards.*';
    expect(missing(md([headline, '', `${dateline}`, '', subheading, '', `Ledger ${opening}`, ...rest]))).not.toContain('subheadline');
    expect(missing(md([headline, '', `${dateline}`, '', `Ledger ${opening}`, ...rest]))).toContain('subheadline');
  });
});

describe('FAQ entries', () => {
  const kinds = (m: PrfaqModel) => m.faq.external.map((e) => [e.format, e.question, e.answered]);

  it('reads question headings at any level, even a stray H1', () => {
    const m = buildModel(md(['## FAQ', '', '### How much does it cost?', '', '$5.', '', '# Can I cancel?', '', 'Any time.', '', '#### Is there a trial?', '', 'TODO']));
    expect(kinds(m)).toEqual([
      ['heading', 'How much does it cost?', true],
      ['heading', 'Can I cancel?', true],
      ['heading', 'Is there a trial?', false],
    ]);
    expect(m.faq.external[0].range.start).toMatchObject({ line: 3, column: 5 });
    expect(m.faq.external[0].answerRange!.start.line).toBe(5);
  });

  it('reads bold Q:/A: pairs, with the answer prefix or without', () => {
    const m = buildModel(md(['## FAQ', '', '**Q: Is it free?**', '', 'A: Yes, for a year.', '', '**Q:** Does it work offline?', '**A:** No.', '', '**Q: Who is it for?**', '', 'TBD']));
    expect(kinds(m)).toEqual([
      ['bold-q', 'Is it free?', true],
      ['bold-q', 'Does it work offline?', true],
      ['bold-q', 'Who is it for?', false],
    ]);
    expect(m.faq.external[0].answerText).toBe('Yes, for a year.');
  });

  it('reads a bold question without prefix, also when it wraps over two lines', () => {
    const m = buildModel(md(['## FAQ', '', '**How does the service protect my data when', 'I travel abroad?**', '', 'All data is encrypted.', '', '**Can I export?**', 'Yes, as CSV.']));
    expect(kinds(m)).toEqual([
      ['bold', 'How does the service protect my data when\nI travel abroad?', true],
      ['bold', 'Can I export?', true],
    ]);
  });

  it('reads numbered lists with indented answers', () => {
    const m = buildModel(md(['## External FAQ', '1. Do I have to know SQL?  ', '    Not necessarily.', '', '2. Why CLI?', '', '    Because it is fast.', '', '3. Is there an app?', '']));
    expect(kinds(m)).toEqual([
      ['list', 'Do I have to know SQL?', true],
      ['list', 'Why CLI?', true],
      ['list', 'Is there an app?', false],
    ]);
  });

  it('reads plain Q: lines', () => {
    const m = buildModel(md(['## FAQ', '', 'Q: Where is it sold?', 'A: Online only.']));
    expect(kinds(m)).toEqual([['plain-q', 'Where is it sold?', true]]);
  });

  it('treats blockquoted guidance as no answer', () => {
    const m = buildModel(md(['## Internal FAQ', '', '### Why are we doing this?', '', '> What is the motivation for this change?', '', '### What are the risks?', '', '> Describe any problems that can be introduced.']));
    expect(m.faq.internal.map((e) => e.answered)).toEqual([false, false]);
  });

  it('ends a heading question before a trailing comment and reads any blockquoted imperative as guidance', () => {
    const m = buildModel(md(['## FAQ', '', '### Is it free? <!-- check with finance -->', '', '> Say what it costs.']));
    expect(m.faq.external[0].range.end.column).toBe(16);
    expect(m.faq.external[0].answered).toBe(false);
  });

  it('does not take a non-question group heading inside the FAQ as a question', () => {
    const m = buildModel(md(['## FAQ', '', '### Pricing', '', '**Q: How much?**', '', '$5.']));
    expect(m.faq.external.map((e) => e.question)).toEqual(['How much?']);
  });
});

describe('word counts', () => {
  it('counts what a reader reads: no front matter, comments, URLs or markup', () => {
    const m = buildModel(md([
      '---', 'title: A long title that should not count', '---', '',
      '# Acme *Rockets*', '', '<!-- a comment with many words in it -->', '',
      'Read [the docs](https://acme.example/docs) or visit https://acme.example today.', '',
      '![rocket photo](img/rocket.png)',
    ]));
    // Acme Rockets (2) + Read the docs or visit today (6) + rocket photo (2)
    expect(m.words.total).toBe(10);
  });

  it('counts words in languages without spaces and with accents', () => {
    expect(countWords('Wir freuen uns über die Einführung')).toBe(6);
    expect(countWords('end-to-end, don’t stop: 1.5 pages')).toBe(5);
    expect(countWords('我们今天发布了新产品')).toBeGreaterThanOrEqual(4);
    expect(countWords('今日、新しい製品を発表しました')).toBeGreaterThanOrEqual(5);
  });

  it('splits words into press release, external and internal FAQ parts', () => {
    const m = buildModel(md(['## Summary', '', 'One two three.', '', '## External FAQ', '', '### Why?', '', 'Four five.', '', '## Internal FAQ', '', '### Cost?', '', 'Six.']));
    expect(m.words).toMatchObject({ pressRelease: 4, externalFaq: 5, internalFaq: 4, faq: 9, total: 13 });
  });

  it('reports code words separately but counts them as content', () => {
    const m = buildModel(md(['## How It Works', '', '```', 'npm install acme', '```']));
    expect(m.words.code).toBe(3);
    expect(m.words.total).toBe(3 + 3);
  });
});

describe('front matter, directives and language', () => {
  it('parses front matter and reports YAML errors without throwing', () => {
    expect(buildModel('---\nprfaq: true\nlang: de\n---\n# X\n').frontMatter!.data).toEqual({ prfaq: true, lang: 'de' });
    const bad = buildModel('---\nprfaq: [unclosed\n---\n# X\n');
    expect(bad.frontMatter!.data).toBeNull();
    expect(bad.frontMatter!.error).toMatch(/./);
  });

  it('reads disable comments anywhere, with their rules', () => {
    const m = buildModel(md(['<!-- prfaq-disable placeholder, dateline -->', '', 'Text <!-- prfaq-disable-line placeholder --> here', '', '<!-- prfaq-enable -->']));
    expect(m.directives.map((d) => [d.kind, d.rules, d.line])).toEqual([
      ['disable', ['placeholder', 'dateline'], 1],
      ['disable-line', ['placeholder'], 3],
      ['enable', [], 5],
    ]);
  });

  it('takes the language from front matter, else guesses it', () => {
    expect(buildModel('---\nlang: fr\n---\nHello there, this is English text for the test.\n').lang).toBe('fr');
    expect(buildModel('Heute stellen wir das neue Produkt vor, und wir freuen uns sehr über die Einführung für alle Kunden.\n').lang).toBe('de');
    expect(buildModel('Today we are launching the new product, and we are very happy to bring it to all of our customers.\n').lang).toBe('en');
  });

  it('never throws and keeps positions inside the text on odd input', () => {
    for (const text of ['', '\r\n\r\n', '#', '> > > >', '\u0000\uD800', '1.\n2.\n', '**Q:**', '## FAQ\n\n1. ?\n']) {
      const m = buildModel(text);
      for (const s of m.sections) expect(s.range.end.offset).toBeLessThanOrEqual(text.length);
    }
  });
});
