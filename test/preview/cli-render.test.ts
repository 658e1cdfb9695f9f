import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempTree } from '../cli/helpers';
import { onePageExample } from './documents';

describe('prfaq render', () => {
  it('writes the export to stdout without -o', async () => {
    const dir = tempTree({ 'launch.prfaq.md': onePageExample() });
    const r = await runCli(['render', 'launch.prfaq.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).toContain('class="pr-headline"');
    expect(r.stdout).toContain('data-paper="letter"');
    expect(r.stdout).toContain('@media print');
  });

  it('writes to -o with the paper and theme asked for', async () => {
    const dir = tempTree({ 'launch.prfaq.md': onePageExample() });
    const r = await runCli(['render', 'launch.prfaq.md', '-o', 'out/launch.html', '--paper', 'a4', '--theme', 'dark'], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('out/launch.html: cannot write: no such file or directory\n');
    fs.mkdirSync(path.join(dir, 'out'));
    const ok = await runCli(['render', 'launch.prfaq.md', '-o', 'out/launch.html', '--paper', 'a4', '--theme', 'dark'], { cwd: dir });
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
    const html = fs.readFileSync(path.join(dir, 'out/launch.html'), 'utf8');
    expect(html).toContain('data-paper="a4"');
    expect(html).toContain('data-theme="dark"');
  });

  it.each([
    [['render'], /^prfaq: render: expected exactly one FILE, got 0$/],
    [['render', 'a.md', 'b.md'], /^prfaq: render: expected exactly one FILE, got 2$/],
    [['render', 'launch.prfaq.md', '--paper', 'b5'], /^prfaq: --paper: expected letter or a4, got "b5"$/],
    [['render', 'launch.prfaq.md', '--theme', 'pink'], /^prfaq: --theme: expected light or dark or paper or auto, got "pink"$/],
    [['render', 'missing.prfaq.md'], /^missing\.prfaq\.md: no such file or directory$/],
    [['render', 'launch.prfaq.md', '--pages'], /^prfaq: Unknown option '--pages'$/],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    const dir = tempTree({ 'launch.prfaq.md': onePageExample() });
    const r = await runCli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
