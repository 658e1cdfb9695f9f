// Reads the per-rule fixtures: test/fixtures/rules/<rule-id>/{ok,not-ok}*.md with `<!-- expect: rule-id -->`
// on every line where that rule must report (several ids may be listed, separated by commas or spaces).
// Where a trailing comment would change the line (a closed ATX heading), `<!-- expect-above: rule-id -->`
// on a line of its own marks the nearest non-blank line above it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_ROOT = join(__dirname, '../../fixtures/rules');

export interface Fixture {
  ruleId: string;
  name: string;
  path: string;
  text: string;
  /** 1-based lines where `ruleId` is expected. */
  expectedLines: number[];
}

const MARKER = /<!--\s*expect(-above)?:\s*([\w\s,-]+?)\s*-->/g;

export function expectedLines(text: string, ruleId: string): number[] {
  const lines: number[] = [];
  const all = text.split(/\r\n|\r|\n/);
  all.forEach((line, i) => {
    for (const m of line.matchAll(MARKER)) {
      if (!m[2].split(/[\s,]+/).includes(ruleId)) continue;
      let target = i;
      if (m[1]) do target--; while (target > 0 && all[target].trim() === '');
      lines.push(target + 1);
    }
  });
  return [...new Set(lines)];
}

export function fixtureRuleIds(): string[] {
  if (!existsSync(FIXTURE_ROOT)) return [];
  return readdirSync(FIXTURE_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function fixturesFor(ruleId: string): Fixture[] {
  const dir = join(FIXTURE_ROOT, ruleId);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      return { ruleId, name, path, text, expectedLines: expectedLines(text, ruleId) };
    });
}
