// The insert-only edits behind "disable for this line / file", checked in-process on tricky text.
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { disableFileEdit, disableLineEdit } from '../../server/src/lsp/codeActions';

const apply = (text: string, edit: ReturnType<typeof disableLineEdit>) => {
  const document = TextDocument.create('file:///x.prfaq.md', 'prfaq', 1, text);
  return TextDocument.applyEdits(document, [edit]);
};
const doc = (text: string) => TextDocument.create('file:///x.prfaq.md', 'prfaq', 1, text);

describe('disable for this line', () => {
  it('keeps the indentation and blockquote markers of the line', () => {
    const text = '# Title\n\n> "Quote," said\n> [NAME, TITLE].\n';
    expect(apply(text, disableLineEdit(doc(text), 4, 'placeholder'))).toBe('# Title\n\n> "Quote," said\n> <!-- prfaq-disable-next-line placeholder -->\n> [NAME, TITLE].\n');
    const indented = '1. Question?\n\n   TODO answer\n';
    expect(apply(indented, disableLineEdit(doc(indented), 3, 'faq-unanswered'))).toBe('1. Question?\n\n   <!-- prfaq-disable-next-line faq-unanswered -->\n   TODO answer\n');
  });

  it('uses the document’s line ends', () => {
    const text = 'a\r\nTODO\r\n';
    expect(apply(text, disableLineEdit(doc(text), 2, 'placeholder'))).toBe('a\r\n<!-- prfaq-disable-next-line placeholder -->\r\nTODO\r\n');
  });
});

describe('disable for this file', () => {
  it('goes first when there is no front matter, after a byte-order mark', () => {
    expect(apply('# T\n', disableFileEdit(doc('# T\n'), 'placeholder'))).toBe('<!-- prfaq-disable placeholder -->\n# T\n');
    expect(apply('\uFEFF# T\n', disableFileEdit(doc('\uFEFF# T\n'), 'placeholder'))).toBe('\uFEFF<!-- prfaq-disable placeholder -->\n# T\n');
  });

  it('goes after the front matter, even when the file ends right after it', () => {
    const text = '---\nprfaq: true\n---\n# T\n';
    expect(apply(text, disableFileEdit(doc(text), 'dateline'))).toBe('---\nprfaq: true\n---\n<!-- prfaq-disable dateline -->\n# T\n');
    const bare = '---\nprfaq: true\n---';
    expect(apply(bare, disableFileEdit(doc(bare), 'dateline'))).toBe('---\nprfaq: true\n---\n<!-- prfaq-disable dateline -->\n');
  });
});
