import { describe, expect, it } from 'vitest';
import { linkTarget } from '../../client/src/preview/linkTarget';

describe('linkTarget (what a click in the preview opens)', () => {
  it('hands http, https and mailto links to the system', () => {
    for (const href of ['https://example.com/a?b=c#d', 'http://example.com', 'MAILTO:a@example.com']) {
      expect(linkTarget(href)).toEqual({ kind: 'external', href });
    }
  });

  it('opens relative links as files next to the document, with their fragment', () => {
    expect(linkTarget('docs/design%20notes.md#costs')).toEqual({ kind: 'file', path: 'docs/design notes.md', fragment: 'costs' });
    expect(linkTarget('../appendix.md')).toEqual({ kind: 'file', path: '../appendix.md', fragment: null });
    expect(linkTarget('#faq')).toEqual({ kind: 'file', path: '', fragment: 'faq' });
  });

  it('refuses command, vscode, file, javascript and data links, and other hosts without a scheme', () => {
    for (const href of ['command:workbench.action.terminal.new', 'vscode://settings', 'file:///etc/passwd', 'javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '//evil.example/x', '\\\\host\\share']) {
      expect(linkTarget(href).kind, href).toBe('refused');
    }
  });

  it('refuses a malformed escape instead of throwing', () => {
    expect(linkTarget('notes%E0%A4%A.md').kind).toBe('refused');
  });
});
