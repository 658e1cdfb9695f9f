import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../server/src/core/rules';
import { DOCS_BASE_URL } from '../../../server/src/core/runRules';

const DOCS = join(__dirname, '../../../docs/rules');
/** `> Rule id: \`x\` · Default severity: **warning** · Fixable: **yes** · Category: structure` */
const HEADER = /^> Rule id: `([\w-]+)` · Default severity: \*\*(\w+)\*\* · Fixable: \*\*(yes|no)\*\* · Category: (\w+)$/m;

const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md');

describe('rule docs', () => {
  it('every docs page belongs to a rule', () => {
    const ids = new Set(allRules.map((r) => r.id));
    for (const page of pages) expect(ids.has(page.replace(/\.md$/, '')), `docs/rules/${page} has no rule`).toBe(true);
  });

  // Findings link to ruleDocsUrl(id) (checked on every finding by fixtures.test.ts): the pages must be where it points.
  it('the docs links point into the repository package.json names, at docs/rules/', () => {
    const repository = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')).repository.url as string;
    const web = repository.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(DOCS_BASE_URL).toBe(`${web}/blob/main/docs/rules/`);
  });

  for (const rule of allRules) {
    it(`${rule.id}: page header matches the rule's metadata`, () => {
      expect(pages, `docs/rules/${rule.id}.md is missing`).toContain(`${rule.id}.md`);
      const text = readFileSync(join(DOCS, `${rule.id}.md`), 'utf8');
      expect(text.split('\n')[0]).toBe(`# ${rule.id}`);
      const header = HEADER.exec(text);
      expect(header, `docs/rules/${rule.id}.md lacks the "> Rule id: …" header line`).not.toBeNull();
      const [, id, severity, fixable, category] = header!;
      expect({ id, severity, fixable, category }).toEqual({
        id: rule.id,
        severity: rule.defaultSeverity,
        fixable: rule.fixable ? 'yes' : 'no',
        category: rule.category,
      });
      for (const option of Object.keys(rule.defaultOptions ?? {})) expect(text, `option ${option} is not documented`).toContain(`\`${option}\``);
    });
  }
});
