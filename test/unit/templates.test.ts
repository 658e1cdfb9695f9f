// The templates behind the snippets, "PR/FAQ: New PR/FAQ" and `prfaq init`: one source, read by the checker
// as unfilled until the writer replaces the instructions.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/core/check';
import { expandSnippet, SNIPPETS, snippetsJson, templateText, TEMPLATES } from '../../server/src/templates/templates';

const ROOT = path.resolve(__dirname, '../..');
const UNFILLED = /^This is an unfilled template: /;
const JUNE_1 = new Date(2026, 5, 1);

describe('templates', () => {
  it.each(TEMPLATES.map((t) => t.id))('a fresh "%s" template is reported as an unfilled template', (id) => {
    const text = templateText(id, 'Acme Widgets', JUNE_1);
    const { findings, model } = check(text);
    expect(findings.filter((f) => f.ruleId === 'empty-section' && UNFILLED.test(f.message))).toHaveLength(1);
    expect(model.sections.length).toBeGreaterThanOrEqual(9);
    // The product name and today's date are filled in; no snippet syntax is left.
    expect(text).toContain('Acme Widgets');
    expect(text).toMatch(/^---\nprfaq: true\ntitle: Acme Widgets\ndate: 2026-06-01\nstatus: draft\n---\n/);
    expect(text).not.toMatch(/\$\{|\$\d/);
  });

  it('front matter reads back: a title with YAML punctuation is quoted', () => {
    const fm = check(templateText('classic', 'Acme: "Widgets" #1', JUNE_1)).model.frontMatter;
    expect(fm?.data).toEqual({ prfaq: true, title: 'Acme: "Widgets" #1', date: '2026-06-01', status: 'draft' });
    expect(check(templateText('release', "Lee's Bakery & Co.", JUNE_1)).model.frontMatter?.data?.title).toBe("Lee's Bakery & Co.");
  });

  it('the classic template has both FAQs, external first; the one-page release has none', () => {
    const classic = check(templateText('classic', 'Acme', JUNE_1)).model;
    expect(classic.faq.external.length).toBeGreaterThan(0);
    expect(classic.faq.internal.length).toBeGreaterThan(0);
    expect(classic.faq.external[0]!.range.start.line).toBeLessThan(classic.faq.internal[0]!.range.start.line);
    const release = check(templateText('release', 'Acme', JUNE_1)).model;
    expect(release.faq.external.length + release.faq.internal.length).toBe(0);
    expect(check(templateText('working-backwards', 'Acme', JUNE_1)).model.faq.internal.length).toBeGreaterThan(0);
  });

  it('one real paragraph in place of an instruction ends the "unfilled" verdict', () => {
    const text = templateText('classic', 'Acme Widgets', JUNE_1).replace(
      /Describe the problem your customer has today[^\n]*/,
      'Shop owners spend two hours every Monday copying sales numbers into a spreadsheet.',
    );
    expect(check(text).findings.some((f) => UNFILLED.test(f.message))).toBe(false);
  });

  it('snippets/prfaq.json is written from the templates (npm run gen:snippets)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'snippets/prfaq.json'), 'utf8')).toBe(snippetsJson());
  });

  it('expands snippet syntax: tabstops, mirrors, choices, date variables and their transforms, escapes', () => {
    const date = new Date(2026, 2, 3);
    expect(expandSnippet(['${1:Name} and $1, ${2:[CITY]} $2 ${3|a,b|} \\$5 $0'], { product: 'Acme', date })).toBe('Acme and Acme, [CITY] [CITY] a $5 ');
    expect(expandSnippet(['${CURRENT_MONTH_NAME} ${CURRENT_DATE/^0//}, ${CURRENT_YEAR} $CURRENT_MONTH'], { product: '', date })).toBe('March 3, 2026 03');
    expect(expandSnippet(SNIPPETS['PR/FAQ internal FAQ entry']!.body, { product: '', date })).toBe('### What does it cost to build and run?\n\nAnswer with numbers.\n');
  });
});
