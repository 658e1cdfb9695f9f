import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, CompletionItem, DocumentSymbol, FoldingRange, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { fixtureText, LspClient, positionOf, tempUri, removeTempDirs } from './harness';

const launch = fixtureText('launch.prfaq.md');
let client: LspClient;
let uri: string;

beforeAll(async () => {
  client = await LspClient.start({ configuration: () => ({ debounceMs: 0 }) });
  uri = tempUri('features.prfaq.md').uri;
  client.open(uri, launch);
  await client.diagnostics(uri, 1);
});
afterAll(async () => {
  await client.stop();
  removeTempDirs();
});

const textDocument = () => ({ uri });

describe('completion', () => {
  it('offers only the missing sections, in canonical order, as headings like the document’s', async () => {
    const line = positionOf(launch, '## Leader Quote').line - 1;
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: textDocument(), position: { line, character: 0 } });
    const sections = items.filter((i) => /missing section/.test(i.label)).map((i) => i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : '');
    expect(sections).toEqual(['## Subheading', '## Getting started', '## Customer quote', '## Call to action']);
  });

  it('offers the internal-FAQ question starters inside the internal FAQ', async () => {
    const line = launch.split('\n').length - 1;
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: textDocument(), position: { line, character: 0 } });
    const labels = items.map((i) => i.label);
    for (const topic of ['cost', 'risks', 'market size', 'dependencies', 'why now', 'success metrics']) {
      expect(labels.some((l) => l.endsWith(`(${topic})`)), topic).toBe(true);
    }
    const cost = items.find((i) => i.label.endsWith('(cost)'))!;
    expect(cost.textEdit && 'newText' in cost.textEdit ? cost.textEdit.newText : '').toMatch(/^### .+\?$/);
  });

  it('offers nothing in the middle of a sentence', async () => {
    const position = positionOf(launch, 'spend 40 minutes');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: textDocument(), position });
    expect(items).toEqual([]);
  });
});

describe('hover', () => {
  it('shows a section’s words and its share of the budget', async () => {
    const position = positionOf(launch, '## Problem');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: textDocument(), position: { line: position.line, character: 4 } });
    const value = (hover.contents as MarkupContent).value;
    expect(value).toMatch(/\*\*Problem\*\*/);
    expect(value).toMatch(/\d+ words · [\d.]+ pages? · \d+% of the press release budget \(1 page, 500 words\)/);
  });

  it('shows a release paragraph’s reading ease and grade, the figures the readability rule judges', async () => {
    const position = positionOf(launch, 'spend 40 minutes');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: textDocument(), position });
    expect((hover.contents as MarkupContent).value).toMatch(/^This paragraph: reading ease \*\*-?[\d.]+\*\* \([a-z ]+\) · grade \*\*-?[\d.]+\*\* · \d+ words in \d+ sentences?$/);
    expect(hover.range!.start.line).toBeLessThanOrEqual(position.line);
  });

  it('says whether an FAQ question is answered', async () => {
    const position = positionOf(launch, 'How much does Notes cost?');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: textDocument(), position });
    expect((hover.contents as MarkupContent).value).toMatch(/External FAQ question · answered · \d+ words/);
  });
});

describe('outline and folding', () => {
  it('lists the press release parts and the FAQ questions', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: textDocument() });
    expect(symbols.map((s) => s.name)).toEqual(['Press release', 'External FAQ', 'Internal FAQ']);
    expect(symbols[0].children!.map((c) => c.name)).toEqual(expect.arrayContaining(['Summary', 'Problem', 'Solution', 'Leader Quote']));
    expect(symbols[1].children!.map((c) => c.name)).toEqual(['How much does Notes cost?', 'Does Notes work without an internet connection']);
    expect(symbols[2].children!.map((c) => c.name)).toEqual(['What are the top reasons this will fail?']);
  });

  it('folds sections and FAQ entries', async () => {
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: textDocument() });
    const starts = folds.map((f) => f.startLine);
    expect(starts).toContain(positionOf(launch, '## Problem').line);
    expect(starts).toContain(positionOf(launch, '### How much does Notes cost?').line);
    const problem = folds.find((f) => f.startLine === positionOf(launch, '## Problem').line)!;
    expect(problem.endLine).toBe(positionOf(launch, 'Teams spend').line);
  });
});

describe('code lens', () => {
  it('shows each section’s size and the release and FAQ against their budgets', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: textDocument() });
    const titles = lenses.map((l) => l.command?.title ?? '');
    expect(titles.some((t) => /^PR [\d.]+ \/ 1 page$/.test(t))).toBe(true);
    expect(titles.some((t) => /^FAQ [\d.]+ \/ 5 pages$/.test(t))).toBe(true);
    const problem = lenses.find((l) => l.range.start.line === positionOf(launch, '## Problem').line && /words/.test(l.command!.title));
    expect(problem?.command?.title).toMatch(/^\d+ words · [\d.]+ pages?$/);
  });
});
