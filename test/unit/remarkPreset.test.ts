// The remark plugin (dist/remark-preset.js, `prfaq/remark-preset`): the PR/FAQ rules as VFile messages,
// run the way remark-cli runs plugins: unified().use(remarkParse).use(plugin).use(remarkStringify).process(file), as remark-cli does.
import fs from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const BUILT = path.join(ROOT, 'dist/remark-preset.js');
if (!fs.existsSync(BUILT)) throw new Error(`${BUILT} is missing: run "npm run build" first`);
const { default: remarkPrfaq } = require(BUILT) as typeof import('../../server/src/remark/preset');

const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/integrations/launch.prfaq.md'), 'utf8');
const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

async function lint(file: VFile, options?: Parameters<typeof remarkPrfaq>[0]) {
  const processed = await unified().use(remarkParse).use(remarkPrfaq, options).use(remarkStringify).process(file);
  return processed.messages;
}

describe('remark plugin', () => {
  it('reports each finding with rule id, source, place, url and severity', async () => {
    const messages = await lint(new VFile({ path: 'docs/launch.prfaq.md', value: text }));
    const placeholder = messages.find((m) => m.ruleId === 'placeholder');
    expect(placeholder).toMatchObject({ source: 'prfaq', line: lineOf('TBD'), column: 1, fatal: false });
    expect(placeholder?.url).toMatch(/docs\/rules\/placeholder\.md$/);
    expect(placeholder?.place).toMatchObject({ start: { line: lineOf('TBD'), column: 1 }, end: { line: lineOf('TBD'), column: 4 } });
    expect(messages.filter((m) => m.ruleId === 'faq-unanswered').map((m) => m.line)).toEqual([lineOf('How much does Quill cost?')]);
    expect(messages.filter((m) => m.ruleId === 'missing-section')).toHaveLength(6);
    expect(messages.every((m) => m.source === 'prfaq')).toBe(true);
  });

  it('reports a bad front matter value as a `config` message on its line', async () => {
    const messages = await lint(new VFile({ path: 'launch.prfaq.md', value: text }));
    const config = messages.filter((m) => m.ruleId === 'config');
    expect(config).toHaveLength(1);
    expect(config[0].line).toBe(lineOf('wordsPerPage'));
    expect(config[0].reason).toMatch(/wordsPerPage/);
  });

  it('makes errors fatal, so remark-cli exits non-zero', async () => {
    const messages = await lint(new VFile({ path: 'launch.prfaq.md', value: text }), { config: { rules: { placeholder: 'error' } } });
    expect(messages.find((m) => m.ruleId === 'placeholder')?.fatal).toBe(true);
  });

  it('takes configuration as options: a rule turned off reports nothing', async () => {
    const messages = await lint(new VFile({ path: 'launch.prfaq.md', value: text }), { config: { rules: { placeholder: 'off' } } });
    expect(messages.map((m) => m.ruleId)).not.toContain('placeholder');
    expect(messages.map((m) => m.ruleId)).toContain('faq-unanswered');
  });

  it('leaves other Markdown alone unless checkAllFiles is set', async () => {
    const notes = '# Notes\n\nTBD\n';
    expect(await lint(new VFile({ path: 'notes.md', value: notes }))).toEqual([]);
    const all = await lint(new VFile({ path: 'notes.md', value: notes }), { checkAllFiles: true });
    expect(all.find((m) => m.ruleId === 'placeholder')?.line).toBe(3);
  });
});
