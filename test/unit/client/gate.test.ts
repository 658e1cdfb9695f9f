import { describe, expect, it } from 'vitest';
import { isPrfaqCandidate, type DocumentLike } from '../../../client/src/gate';

const doc = (languageId: string, path: string, text = '', scheme = 'file'): DocumentLike => ({
  languageId,
  uri: { scheme, path },
  getText: () => text,
});

describe('isPrfaqCandidate (what loads the language client)', () => {
  it('takes every prfaq-language document', () => {
    expect(isPrfaqCandidate(doc('prfaq', '/w/anything.txt'))).toBe(true);
  });

  it('takes Markdown with a PR/FAQ file name in any case', () => {
    for (const name of ['/w/launch.prfaq.md', '/w/PRFAQ.md', '/w/pr-faq.md', '/w/PR-FAQ.MD', '/w/Prfaq.md']) {
      expect(isPrfaqCandidate(doc('markdown', name)), name).toBe(true);
    }
  });

  it('takes Markdown whose front matter says prfaq: true', () => {
    expect(isPrfaqCandidate(doc('markdown', '/w/notes.md', '---\ntitle: x\nprfaq: true\n---\n# Hi\n'))).toBe(true);
  });

  it('takes documents of every file system, on the desktop and the web alike', () => {
    for (const scheme of ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-test-web', 'memfs']) {
      expect(isPrfaqCandidate(doc('markdown', '/w/PRFAQ.md', '', scheme)), scheme).toBe(true);
    }
  });

  it('leaves plain Markdown, other languages and panes that are not documents alone', () => {
    expect(isPrfaqCandidate(doc('markdown', '/w/README.md', '# Notes\n\nprfaq: true\n'))).toBe(false);
    expect(isPrfaqCandidate(doc('markdown', '/w/my-prfaq-notes.md'))).toBe(false);
    expect(isPrfaqCandidate(doc('plaintext', '/w/prfaq.md'))).toBe(false);
    expect(isPrfaqCandidate(doc('markdown', '/w/prfaq.md', '', 'git'))).toBe(false);
    expect(isPrfaqCandidate(doc('prfaq', 'extension-output-prfaq', '', 'output'))).toBe(false);
    expect(isPrfaqCandidate(doc('markdown', '/w/prfaq.md', '', 'vscode-scm'))).toBe(false);
  });
});
