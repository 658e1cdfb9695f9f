import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempTree } from './helpers';

describe('prfaq init', () => {
  it('writes PRFAQ.md and .prfaqrc.json; the second time it refuses and changes nothing', async () => {
    const dir = tempTree({});
    const first = await runCli(['init', 'launch', '--product', 'Acme Widgets'], { cwd: dir });
    expect(first).toEqual({ code: 0, stderr: '', stdout: 'wrote launch/PRFAQ.md and launch/.prfaqrc.json; check it with: prfaq check launch/PRFAQ.md\n' });
    const doc = fs.readFileSync(path.join(dir, 'launch/PRFAQ.md'), 'utf8');
    expect(doc).toMatch(/^---\nprfaq: true\ntitle: Acme Widgets\n/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'launch/.prfaqrc.json'), 'utf8'))).toEqual({ $schema: './node_modules/prfaq/schemas/prfaqrc.schema.json' });
    // The rc file is valid configuration, and the new document is reported as an unfilled template.
    const checked = await runCli(['check', 'launch', '--format', 'json'], { cwd: dir });
    // A configuration problem would exit 2 and be named on stderr; warnings alone exit 0.
    expect(checked).toMatchObject({ code: 0, stderr: '' });
    expect(checked.stdout).toContain('This is an unfilled template');

    fs.writeFileSync(path.join(dir, 'launch/PRFAQ.md'), 'my own words\n');
    const second = await runCli(['init', 'launch'], { cwd: dir });
    expect(second).toEqual({ code: 2, stdout: '', stderr: 'launch/PRFAQ.md: already exists; prfaq init never overwrites a file (remove it, or init another folder)\n' });
    expect(fs.readFileSync(path.join(dir, 'launch/PRFAQ.md'), 'utf8')).toBe('my own words\n');
  });

  it('refuses when only the rc file exists, writing neither file', async () => {
    const dir = tempTree({ '.prfaqrc.json': '{}\n' });
    const r = await runCli(['init', '--template', 'release'], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^\.prfaqrc\.json: already exists/);
    expect(fs.existsSync(path.join(dir, 'PRFAQ.md'))).toBe(false);
  });

  it.each([
    [['init', '--template', 'memo'], /^prfaq: --template: expected classic or working-backwards or release, got "memo"$/],
    [['init', 'a', 'b'], /^prfaq: init: expected at most one DIR, got 2$/],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    const r = await runCli(args, { cwd: tempTree({}) });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
