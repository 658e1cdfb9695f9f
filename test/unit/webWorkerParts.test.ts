// The browser stand-ins of the web worker bundle, checked against what they replace.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHash as workerCreateHash } from '../../server/src/web/shims/crypto';
import { nearestRcFile, rcCandidates, updateRcFiles } from '../../server/src/web/rcStore';

describe('SHA-256 stand-in for node:crypto', () => {
  const inputs = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(1000), 'héllo ✓ 𝄞\n'.repeat(40)];
  it.each(inputs.map((s) => [s.length, s]))('agrees with Node for a %i-character text', (_n, text) => {
    expect(workerCreateHash('sha256').update(text).digest('base64')).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
    expect(workerCreateHash('sha256').update(text).digest('hex')).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
  it('refuses other algorithms by name', () => {
    expect(() => workerCreateHash('md5')).toThrow(/only sha256.*md5/);
  });
});

describe('rc files in the browser', () => {
  it('looks in the document folder and each folder above, on the same scheme and authority', () => {
    expect(rcCandidates('vscode-vfs://github/owner/repo/docs/launch.prfaq.md?ref=main')).toEqual([
      'vscode-vfs://github/owner/repo/docs/.prfaqrc.json',
      'vscode-vfs://github/owner/repo/.prfaqrc.json',
      'vscode-vfs://github/owner/.prfaqrc.json',
      'vscode-vfs://github/.prfaqrc.json',
    ]);
    expect(rcCandidates('untitled:Untitled-1')).toEqual([]);
  });

  it('takes the nearest one, reports broken JSON on the file, and forgets deleted ones', () => {
    const root = 'memfs://ws/.prfaqrc.json';
    const inner = 'memfs://ws/docs/.prfaqrc.json';
    expect(updateRcFiles({ [root]: '{"wordsPerPage": 300}', [inner]: '{"wordsPerPage": 400}' })).toEqual([root, inner]);
    expect(updateRcFiles({ [root]: '{"wordsPerPage": 300}' })).toEqual([]);
    expect(nearestRcFile('memfs://ws/docs/a.prfaq.md').layer?.value).toEqual({ wordsPerPage: 400 });
    expect(nearestRcFile('memfs://ws/b.prfaq.md').layer?.value).toEqual({ wordsPerPage: 300 });
    expect(nearestRcFile('memfs://other/b.prfaq.md').layer).toBeNull();

    updateRcFiles({ [inner]: '{\n  "wordsPerPage": 400,\n}' });
    const broken = nearestRcFile('memfs://ws/docs/a.prfaq.md');
    expect(broken.layer).toBeNull();
    expect(broken.problems).toEqual([expect.objectContaining({ source: inner, line: 3 })]);

    expect(updateRcFiles({ [inner]: null })).toEqual([inner]);
    expect(nearestRcFile('memfs://ws/docs/a.prfaq.md').path).toBe(root);
  });
});
