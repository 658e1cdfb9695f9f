import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CAN_MEET_PERMISSION_DENIED, fixture, hasStackTrace, runCli, tempTree } from './helpers';

/** Every bad file is one stderr line `path: what went wrong`; the good file is still checked; exit 2. */
async function expectOneLineEach(dir: string, args: string[], expected: Record<string, RegExp>, asNobody = false) {
  const r = await runCli(['check', '-f', 'json', 'good.prfaq.md', ...args], { cwd: dir, asNobody });
  expect(r.code).toBe(2);
  expect(hasStackTrace(r.stderr)).toBe(false);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(Object.keys(expected).length);
  for (const [file, message] of Object.entries(expected)) {
    const line = lines.find((l) => l.startsWith(`${file}: `));
    expect(line, `a line for ${file} in:\n${r.stderr}`).toBeDefined();
    expect(line!.slice(file.length + 2)).toMatch(message);
  }
  expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['good.prfaq.md']);
}

describe('bad input: one line per file, the run goes on, exit 2', () => {
  it('a missing path', async () => {
    const dir = tempTree({ 'good.prfaq.md': fixture('complete.prfaq.md') });
    await expectOneLineEach(dir, ['missing.prfaq.md'], { 'missing.prfaq.md': /^no such file or directory$/ });
  });

  it('a binary file (NUL bytes) and a UTF-16 file', async () => {
    const dir = tempTree({
      'good.prfaq.md': fixture('complete.prfaq.md'),
      'image.prfaq.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'wide.prfaq.md': Buffer.from('\ufeff# Hi', 'utf16le'),
    });
    await expectOneLineEach(dir, ['image.prfaq.md', 'wide.prfaq.md'], {
      'image.prfaq.md': /^binary file \(NUL byte at line 3\); expected UTF-8 text$/,
      'wide.prfaq.md': /^UTF-16 encoded text; expected UTF-8/,
    });
  });

  it('invalid UTF-8 names the line of the first bad byte', async () => {
    const latin1 = Buffer.concat([Buffer.from('# Caf\u00e9 launch\n\nfine line\n', 'utf8'), Buffer.from('Cr\u00e8me br\u00fbl\u00e9e\n', 'latin1')]);
    const dir = tempTree({ 'good.prfaq.md': fixture('complete.prfaq.md'), 'latin1.prfaq.md': latin1 });
    await expectOneLineEach(dir, ['latin1.prfaq.md'], { 'latin1.prfaq.md': /^invalid UTF-8 at line 4 \(byte 0xe8 at offset \d+\); expected UTF-8 text$/ });
  });

  it('a file over the size limit: 20 MB against the default 10 MB, and --max-file-size', async () => {
    const dir = tempTree({ 'good.prfaq.md': fixture('draft.prfaq.md'), 'huge.prfaq.md': '', 'long.prfaq.md': fixture('complete.prfaq.md') });
    fs.truncateSync(path.join(dir, 'huge.prfaq.md'), 20 * 1024 * 1024);
    await expectOneLineEach(dir, ['huge.prfaq.md'], { 'huge.prfaq.md': /^file is 20 MB, over the 10 MB limit \(raise it with --max-file-size\)$/ });
    await expectOneLineEach(dir, ['long.prfaq.md', '--max-file-size', '1kb'], { 'long.prfaq.md': /^file is \d\.\d KB, over the 1 KB limit/ });
  });

  it('a directory symlink loop is reported once and the search goes on', async () => {
    const dir = tempTree({ 'good.prfaq.md': fixture('complete.prfaq.md'), 'docs/a.prfaq.md': fixture('draft.prfaq.md') });
    fs.symlinkSync('..', path.join(dir, 'docs/up'));
    fs.symlinkSync('self', path.join(dir, 'docs/self'));
    const r = await runCli(['check', '-f', 'json', 'docs'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').sort()).toEqual([
      'docs/self: too many levels of symbolic links (a symlink loop)',
      'docs/up: directory symlink loop: leads back to .; skipped',
    ]);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['docs/a.prfaq.md']);
  });

  it('a named pipe is refused without blocking on it', async () => {
    const dir = tempTree({ 'good.prfaq.md': fixture('complete.prfaq.md') });
    execFileSync('mkfifo', [path.join(dir, 'pipe.prfaq.md')]);
    await expectOneLineEach(dir, ['pipe.prfaq.md'], { 'pipe.prfaq.md': /^not a regular file \(a named pipe\); expected a text file$/ });
  });

  // Root reads a chmod 000 file anyway, so a root test run drops to the user nobody (runuser);
  // without runuser under root this case cannot be produced and is not run.
  it.runIf(CAN_MEET_PERMISSION_DENIED)('an unreadable file and an unreadable directory (chmod 000)', async () => {
    const dir = tempTree({ 'good.prfaq.md': fixture('complete.prfaq.md'), 'locked.prfaq.md': fixture('draft.prfaq.md'), 'closed/x.prfaq.md': fixture('draft.prfaq.md') });
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'locked.prfaq.md'), 0o000);
    fs.chmodSync(path.join(dir, 'closed'), 0o000);
    await expectOneLineEach(dir, ['locked.prfaq.md', 'closed'], { 'locked.prfaq.md': /^permission denied$/, closed: /^cannot read directory: permission denied$/ }, true);
  });

  it('a path through a file is not a directory', async () => {
    const dir = tempTree({ 'good.prfaq.md': fixture('complete.prfaq.md') });
    await expectOneLineEach(dir, ['good.prfaq.md/inner.prfaq.md'], { 'good.prfaq.md/inner.prfaq.md': /^a part of the path is not a directory$/ });
  });
});
