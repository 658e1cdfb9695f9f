// In-process checks of the LSP feature adapters on documents of several shapes: the ranges they return
// must be valid for any client (children inside parents, folds inside the text), and inserted text must
// follow the document's own heading style.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../../server/src/core/check';
import { codeLenses } from '../../server/src/lsp/codeLens';
import { completions } from '../../server/src/lsp/completion';
import { isBefore } from '../../server/src/lsp/convert';
import { foldingRanges } from '../../server/src/lsp/folding';
import { documentSymbols } from '../../server/src/lsp/symbols';
import { FIXTURES } from './harness';

const EXAMPLES = path.resolve(FIXTURES, '../../../examples');

const closedAndBoldQ = [
  '## Acme Notes Writes Your Meeting Summary ##',
  '',
  '## Summary ##',
  '',
  'SEATTLE, WA – March 3, 2027 – Acme today announced Notes.',
  '',
  '## Internal FAQ ##',
  '',
  '**Q: What are the top reasons this will fail?**',
  '',
  'A: Customers may not trust automatic notes.',
  '',
  '',
].join('\n');

const newTextOf = (item: { textEdit?: unknown }) => (item.textEdit as { newText: string }).newText;

function inside(inner: Range, outer: Range): boolean {
  return !isBefore(inner.start, outer.start) && !isBefore(outer.end, inner.end);
}

function expectNested(symbols: DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const s of symbols) {
    expect(inside(s.selectionRange, s.range), `${s.name}: selection inside range`).toBe(true);
    if (parent) expect(inside(s.range, parent.range), `${s.name} inside ${parent.name}`).toBe(true);
    expectNested(s.children ?? [], s);
  }
}

describe('completion follows the document’s style', () => {
  it('writes closed headings and bold Q: questions like the document does', () => {
    const document = TextDocument.create('file:///x.prfaq.md', 'prfaq', 1, closedAndBoldQ);
    const result = check(closedAndBoldQ);
    const lastLine = closedAndBoldQ.split('\n').length - 1;
    const items = completions(document, result, { line: lastLine, character: 0 }, false);
    expect(newTextOf(items.find((i) => i.label.endsWith('(risks)'))!)).toBe('**Q: What are the top reasons this will fail?**');
    expect(items.filter((i) => /missing section/.test(i.label)).map(newTextOf)).toContain('## Problem ##');
  });

  it('replaces the `#`s already typed and keeps them in the filter text', () => {
    const text = '# Title\n\n## Summary\n\nSEATTLE, WA – March 3, 2027 – Acme announced Notes.\n\n##';
    const document = TextDocument.create('file:///x.prfaq.md', 'prfaq', 1, text);
    const items = completions(document, check(text), { line: 6, character: 2 }, true);
    const problem = items.find((i) => i.label.startsWith('Problem'))!;
    expect(problem.textEdit).toMatchObject({ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } } });
    expect(newTextOf(problem)).toMatch(/^## Problem\n\n\$\{1:.+\}$/);
    expect(problem.filterText!.startsWith('##')).toBe(true);
  });
});

describe('ranges are valid for every example document', () => {
  const files = [
    ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.md')).map((f) => path.join(EXAMPLES, f)),
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).map((f) => path.join(FIXTURES, f)),
  ];
  it.each(files.map((f) => [path.basename(f), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const result = check(text);
    const lineCount = text.split('\n').length;
    expectNested(documentSymbols(result));
    for (const fold of foldingRanges(result)) {
      expect(fold.startLine).toBeLessThan(fold.endLine);
      expect(fold.endLine).toBeLessThan(lineCount);
    }
    for (const lens of codeLenses(result)) {
      expect(lens.range.start.line).toBeLessThan(lineCount);
      expect(lens.command?.command).toBe('');
    }
  });
});
