import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../server/src/core/rules';
import { ruleDocsUrl } from '../../../server/src/core/runRules';

const DOCS = join(__dirname, '../../../docs/rules');
/** `> Rule id: \`x\` · Default severity: **warning** · Fixable: **yes** · Category: structure` */
const HEADER = /^> Rule id: `([\w-]+)` · Default severity: \*\*(\w+)\*\* · Fixable: \*\*(yes|no)\*\* · Category: (\w+)$/m;

const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md');

describe('rule docs', () => {
  it('every docs page belongs to a rule', () => {
    const ids = new Set(allRules.map((r) => r.id));
    for (const page of pages) expect(ids.has(page.replace(/\.md$/, '')), `docs/rules/${page} has no rule`).toBe(true);
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

    it(`${rule.id}: findings link to its page`, () => {
      expect(ruleDocsUrl(rule.id).endsWith(`/docs/rules/${rule.id}.md`)).toBe(true);
    });
  }
});
