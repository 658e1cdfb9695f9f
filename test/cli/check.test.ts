import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { allRules } from '../../server/src/core/rules';
import { FIXTURES, ROOT, fixture, hasStackTrace, runCli, tempTree } from './helpers';

const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

/** An rc file with only missing-section on, at this severity: the findings are then exactly the missing sections. */
function onlyMissingSection(severity: 'warning' | 'error'): string {
  const rules: Record<string, string> = {};
  for (const r of allRules) rules[r.id] = r.id === 'missing-section' ? severity : 'off';
  return JSON.stringify({ rules }, null, 2);
}

describe('prfaq (no command)', () => {
  it('--version prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('--help lists the check command; no arguments is a usage error', async () => {
    expect(await runCli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('check') });
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/Usage: prfaq <command>/);
  });

  it('an unknown command or option is one line and exit 2', async () => {
    const unknown = await runCli(['lint']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('prfaq: unknown command "lint"; expected check or render or init');
    const option = await runCli(['check', '--colour']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^prfaq: Unknown option '--colour'\n/);
    expect(hasStackTrace(option.stderr)).toBe(false);
  });

  it('bad option values are usage errors', async () => {
    for (const [args, message] of [
      [['check', '--format', 'xml'], /--format: expected stylish, json or sarif, got "xml"/],
      [['check', '--max-warnings', '-1'], /--max-warnings/],
      [['check', '--max-warnings', 'many'], /--max-warnings: expected a whole number of 0 or more, got "many"/],
      [['check', '--max-file-size', 'huge'], /--max-file-size: expected a size/],
    ] as const) {
      const r = await runCli([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('prfaq check: exit codes', () => {
  it('0 for a complete PR/FAQ without errors', async () => {
    const r = await runCli(['check', 'complete.prfaq.md', '--format', 'json']);
    const errors = JSON.parse(r.stdout).files[0].diagnostics.filter((d: { severity: string }) => d.severity === 'error');
    expect(errors).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('1 when there are errors', async () => {
    const dir = tempTree({ 'draft.prfaq.md': fixture('draft.prfaq.md'), '.prfaqrc.json': onlyMissingSection('error') });
    const r = await runCli(['check', 'draft.prfaq.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\s+\d+:\d+\s+error\s+.+\s+missing-section$/m);
  });

  it('--max-warnings: equal passes, one fewer fails with a message', async () => {
    const dir = tempTree({ 'draft.prfaq.md': fixture('draft.prfaq.md'), '.prfaqrc.json': onlyMissingSection('warning') });
    const json = await runCli(['check', 'draft.prfaq.md', '-f', 'json'], { cwd: dir });
    const warnings = JSON.parse(json.stdout).files[0].diagnostics.length;
    expect(warnings).toBeGreaterThanOrEqual(5); // the draft has only a headline, a summary and an external FAQ
    expect(json.code).toBe(0);
    expect((await runCli(['check', 'draft.prfaq.md', '--max-warnings', String(warnings)], { cwd: dir })).code).toBe(0);
    const over = await runCli(['check', 'draft.prfaq.md', '--max-warnings', String(warnings - 1)], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(`prfaq: ${warnings} warnings, more than --max-warnings ${warnings - 1}\n`);
  });

  it('2 wins over 1: errors in one file, a missing path in the same run', async () => {
    const dir = tempTree({ 'draft.prfaq.md': fixture('draft.prfaq.md'), '.prfaqrc.json': onlyMissingSection('error') });
    const r = await runCli(['check', 'draft.prfaq.md', 'gone.prfaq.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/missing-section/);
    expect(r.stderr).toBe('gone.prfaq.md: no such file or directory\n');
  });
});

describe('prfaq check: finding files', () => {
  const tree = () =>
    tempTree({
      'docs/a.prfaq.md': fixture('draft.prfaq.md'),
      'docs/notes.md': fixture('notes.md'),
      'docs/flagged.md': fixture('flagged.md'),
      'docs/deep/PR-FAQ.md': fixture('draft.prfaq.md'),
      'docs/deep/Prfaq.MD': fixture('draft.prfaq.md'),
      'node_modules/pkg/x.prfaq.md': fixture('draft.prfaq.md'),
      'docs/node_modules/y.prfaq.md': fixture('draft.prfaq.md'),
      '.git/z.prfaq.md': fixture('draft.prfaq.md'),
    });
  const paths = (stdout: string) => JSON.parse(stdout).files.map((f: { path: string }) => f.path);

  it('searches directories for PR/FAQ files by name or front matter, skipping .git and node_modules', async () => {
    const dir = tree();
    const r = await runCli(['check', '-f', 'json'], { cwd: dir });
    expect(paths(r.stdout)).toEqual(['docs/a.prfaq.md', 'docs/deep/PR-FAQ.md', 'docs/deep/Prfaq.MD', 'docs/flagged.md']);
    expect(r.stderr).toBe('');
  });

  it('globs select PR/FAQ files; a file named explicitly is always checked', async () => {
    const dir = tree();
    const globbed = await runCli(['check', '-f', 'json', 'docs/*.md'], { cwd: dir });
    expect(paths(globbed.stdout)).toEqual(['docs/a.prfaq.md', 'docs/flagged.md']);
    const explicit = await runCli(['check', '-f', 'json', 'docs/notes.md', 'docs/**/*.prfaq.md'], { cwd: dir });
    expect(paths(explicit.stdout)).toEqual(['docs/notes.md', 'docs/a.prfaq.md']);
    const namedFolder = await runCli(['check', '-f', 'json', 'docs/node_modules'], { cwd: dir });
    expect(paths(namedFolder.stdout), 'a node_modules folder named on the command line is searched').toEqual(['docs/node_modules/y.prfaq.md']);
  });

  it('a glob or directory without PR/FAQ files is reported (exit 2)', async () => {
    const dir = tree();
    fs.mkdirSync(path.join(dir, 'empty'));
    fs.writeFileSync(path.join(dir, 'empty/readme.md'), '# Read me\n');
    const r = await runCli(['check', '*.txt', 'empty', 'docs/*.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('*.txt: no files match this pattern\n');
    expect(r.stderr).toMatch(/^empty: no PR\/FAQ files found in this directory/m);
  });

  it('the same file named twice is checked once', async () => {
    const r = await runCli(['check', '-f', 'json', 'draft.prfaq.md', './draft.prfaq.md', '*.prfaq.md']);
    expect(paths(r.stdout)).toEqual(['draft.prfaq.md', 'complete.prfaq.md']);
  });
});

describe('prfaq check: configuration', () => {
  it('uses the nearest .prfaqrc.json', async () => {
    const dir = tempTree({ 'a/draft.prfaq.md': fixture('draft.prfaq.md'), '.prfaqrc.json': onlyMissingSection('error'), 'b/.prfaqrc.json': '{"rules": {"missing-section": "off"}}', 'b/draft.prfaq.md': fixture('draft.prfaq.md') });
    const r = await runCli(['check', '-f', 'json', 'a', 'b'], { cwd: dir });
    const [a, b] = JSON.parse(r.stdout).files;
    expect(a.diagnostics.some((d: { ruleId: string }) => d.ruleId === 'missing-section')).toBe(true);
    expect(b.diagnostics.some((d: { ruleId: string }) => d.ruleId === 'missing-section')).toBe(false);
  });

  it('--config replaces the nearest rc file', async () => {
    const dir = tempTree({ 'draft.prfaq.md': fixture('draft.prfaq.md'), '.prfaqrc.json': '{"rules": {"missing-section": "off"}}', 'strict.json': onlyMissingSection('error') });
    const r = await runCli(['check', 'draft.prfaq.md', '--config', 'strict.json'], { cwd: dir });
    expect(r.code).toBe(1);
  });

  it('a bad value: one line naming file, line, column, key and what was expected; exit 2', async () => {
    const r = await runCli(['check', 'complete.prfaq.md', '--config', 'config/bad-value.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('config/bad-value.json:4:5: budgets.faq: expected a number of pages greater than 0 and at most 1000, got "five"\n');
  });

  it('invalid JSON names the line and what was expected', async () => {
    const r = await runCli(['check', 'complete.prfaq.md', '--config', 'config/invalid.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`config/invalid.json:3:3: invalid JSON: expected ',' or '}' after the property value, found "budgets"\n`);
  });

  it('a missing --config file is one line, exit 2', async () => {
    const r = await runCli(['check', 'complete.prfaq.md', '--config', 'config/nope.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('config/nope.json: cannot read the configuration file: no such file or directory\n');
  });

  it('a bad front matter value names the document, its line and the key', async () => {
    const dir = tempTree({ 'x.prfaq.md': '---\ntitle: X\nprfaq:\n  wordsPerPage: lots\n---\n\n# X\n' });
    const r = await runCli(['check', 'x.prfaq.md', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('x.prfaq.md:4:3: prfaq.wordsPerPage: expected a number of words from 50 to 5000, got "lots"\n');
  });
});

describe('prfaq check: colours', () => {
  const withErrors = () => tempTree({ 'draft.prfaq.md': fixture('draft.prfaq.md'), '.prfaqrc.json': onlyMissingSection('error') });

  it('none when piped, FORCE_COLOR turns them on, NO_COLOR wins over a terminal', async () => {
    const dir = withErrors();
    expect((await runCli(['check', 'draft.prfaq.md'], { cwd: dir })).stdout).not.toContain('\u001b[');
    expect((await runCli(['check', 'draft.prfaq.md'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[31m');
    expect((await runCli(['check', 'draft.prfaq.md'], { cwd: dir, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
});

it('fixtures exist', () => {
  expect(fs.existsSync(path.join(FIXTURES, 'complete.prfaq.md'))).toBe(true);
});
