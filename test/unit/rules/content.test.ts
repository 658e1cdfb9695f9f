import { describe, expect, it } from 'vitest';
import { covered, findings } from './helpers';
import { readDateline } from '../../../server/src/core/vocabulary';
import { hasNamedSpeaker } from '../../../server/src/core/rules/quote-attribution';

describe('dateline', () => {
  it.each([
    ['SEATTLE, WA – May 1, 2026 – Today, Acme launched', true, true],
    ['Seattle, Washington — 1 May 2026 — Acme launched', true, true],
    ['SAN FRANCISCO, CA, June 2, 2025 -- Acme launched', true, true],
    ['BERLIN - 2026-05-01 - Acme launched', true, true],
    ['SEATTLE -- Today, Acme launched', true, true],
    ['May 1, 2026 – Acme launched', false, true],
    ['SEATTLE, WA – Acme launched a bus', true, false],
    ['Today, Acme launched a bus that runs all night', false, false],
    ['Acme, a bus company, today launched night buses', false, false],
    ['São Paulo, SP — [data de lançamento] — Traço anuncia hoje', true, false],
    ['2026년 9월, 시애틀 — 메리디안은 오늘', true, true],
    ['Paris, 16 août 2026 — Le projet', true, true],
    ['Auckland, New Zealand - 2026 年 7 月 17 日 - Jerome Gao 今日发布', true, true],
    ['Q: What does it cost? About $5.', false, false],
    ['Linear Chat — Logical Reasoning Workspace', false, false],
  ])('%s', (text, city, date) => {
    const reading = readDateline(text);
    expect({ city: reading?.city ?? false, date: reading?.date ?? false }).toEqual({ city, date });
  });

  it('reports on the first line of the summary, as info, and not for an empty summary', () => {
    const text = '# Lantern\n\n## Summary\n\nToday, Regional Transit launched Lantern.\n';
    const [f] = findings(text, 'dateline');
    expect(f.severity).toBe('info');
    expect(f.section).toBe('summary');
    expect(covered(text, f)).toBe('Today, Regional Transit launched Lantern.');
    expect(f.message).toBe('The summary lacks a dateline (city and launch date): open it like "SEATTLE, WA – May 1, 2026 – Today, …".');
    expect(findings('# Lantern\n\n## Summary\n\n## Problem\n\nIt is late.\n', 'dateline')).toEqual([]);
  });
});

describe('quote-attribution', () => {
  it.each([
    ['"It works," said Jane Doe, VP of Payments.', true],
    ['Jane Doe, VP of Payments, said "it works".', true],
    ['"It works."\n— Daniel Kim', true],
    ['"It works." --Daniel Sun Kim', true],
    ['It works for me.\n- Albert from San Francisco', true],
    ['"It works," according to Priya Raman.', true],
    ['"It works," she said.', false],
    ['"My manager said it works for the whole team."', false],
    ['"It works," a customer said.', false],
  ])('%s', (text, named) => {
    expect(hasNamedSpeaker(text)).toBe(named);
  });

  it('reports each unattributed quotation of a customer-quote section', () => {
    const text = ['# Lantern', '', '## Customer Quotes', '', '> It saves me an hour a night.', '> - Keisha from Oak Park', '', '> I get home before my kids wake up.', ''].join('\n');
    const found = findings(text, 'quote-attribution');
    expect(found.map((f) => f.range.start.line)).toEqual([8]);
    expect(found[0].section).toBe('customer-quote');
    expect(found[0].message).toContain('has no named speaker');
  });
});

describe('empty-section', () => {
  it('an unfilled template gets one document finding plus one per section', () => {
    const text = '# {TITLE}\n\n## Summary\n\n> Describe the product in two sentences.\n\n## Problem\n\n## External FAQ\n\n### Is it free?\n\n> Describe the price and what is included.\n';
    const found = findings(text, 'empty-section');
    expect(found[0].message).toMatch(/^This is an unfilled template: /);
    expect(found[0].section).toBeUndefined();
    expect(found.slice(1).map((f) => f.section)).toEqual(['headline', 'summary', 'problem']);
  });

  it('one real answer means it is not an unfilled template', () => {
    const text = '## Summary\n\n## External FAQ\n\n### Is it free?\n\nYes, for every rider.\n';
    expect(findings(text, 'empty-section').map((f) => f.message)).toEqual([
      'Summary is empty: open with a dateline (CITY, STATE – Month D, YYYY –), then say what launches, for whom, and the main benefit.',
    ]);
  });
});

describe('section-order', () => {
  const text = ['# Lantern', '', '## Internal FAQ', '', '### Why now?', '', 'Budgets.', '', '## External FAQ', '', '### Is it free?', '', 'Yes.', ''].join('\n');

  it('internal FAQ before external FAQ is not reported unless checkFaqOrder is on', () => {
    expect(findings(text, 'section-order')).toEqual([]);
    const [f] = findings(text, 'section-order', { rules: { 'section-order': ['info', { checkFaqOrder: true }] } });
    expect(f.message).toBe('External FAQ is out of order: it belongs before the internal FAQ (line 3).');
    expect(f.related?.[0].range.start.line).toBe(3);
  });

  it('one misplaced section gives one finding', () => {
    const pr = ['## Call to Action', '', 'Ride tonight.', '', '## Summary', '', 'Launched.', '', '## Problem', '', 'Late.', '', '## Solution', '', 'A bus.', ''].join('\n');
    const found = findings(pr, 'section-order');
    expect(found.map((f) => f.section)).toEqual(['call-to-action']);
    expect(found[0].message).toBe('Call to action is out of order: it belongs after the solution (line 13).');
  });
});
