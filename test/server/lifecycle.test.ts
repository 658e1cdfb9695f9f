import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, TextDocumentSyncKind, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DOCUMENT_STATE_NOTIFICATION, RENDER_REQUEST, STATS_NOTIFICATION, type DocumentStateParams, type RenderResult, type StatsParams } from '../../server/src/protocol';
import { fixtureText, LspClient, messageOf, positionOf, tempUri, removeTempDirs } from './harness';

const launch = fixtureText('launch.prfaq.md');
let settings: Record<string, unknown> = { debounceMs: 0 };
let client: LspClient;

beforeAll(async () => {
  client = await LspClient.start({ configuration: () => settings });
});
afterAll(async () => {
  await client.stop();
  removeTempDirs();
});

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
const placeholderOf = (p: PublishDiagnosticsParams): Diagnostic | undefined => p.diagnostics.find((d) => d.code === 'placeholder');

describe('initialize', () => {
  it('announces incremental sync and every feature', () => {
    const caps = client.initializeResult.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: TextDocumentSyncKind.Incremental });
    expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: expect.arrayContaining(['quickfix', 'source.fixAll.prfaq']) });
    expect(caps.completionProvider).toBeTruthy();
    expect(caps.hoverProvider).toBe(true);
    expect(caps.documentSymbolProvider).toBe(true);
    expect(caps.foldingRangeProvider).toBe(true);
    expect(caps.codeLensProvider).toBeTruthy();
  });
});

describe('transports', () => {
  it('speaks LSP over node IPC too', async () => {
    const ipc = await LspClient.start({ transport: 'node-ipc', configuration: () => ({ debounceMs: 0 }) });
    try {
      expect(ipc.initializeResult.serverInfo?.name).toBe('prfaq-language-server');
      const { uri } = tempUri('ipc.prfaq.md');
      ipc.open(uri, launch);
      expect(codes(await ipc.diagnostics(uri, 1))).toContain('placeholder');
    } finally {
      await ipc.stop();
    }
  });
});

describe('diagnostics', () => {
  it('publishes findings with rule codes, docs links and exact ranges on open', async () => {
    const { uri } = tempUri('open.prfaq.md');
    client.open(uri, launch);
    const published = await client.diagnostics(uri, 1);
    const placeholder = placeholderOf(published);
    expect(placeholder, `codes: ${codes(published).join(', ')}`).toBeDefined();
    const start = positionOf(launch, '[NAME, TITLE]');
    expect(placeholder!.range.start).toEqual(start);
    expect(placeholder!.range.end).toEqual({ line: start.line, character: start.character + '[NAME, TITLE]'.length });
    expect(placeholder!.source).toBe('prfaq');
    expect(placeholder!.codeDescription?.href).toMatch(/placeholder\.md$/);
    expect(published.diagnostics.some((d) => d.code === 'missing-section' && /customer quote/i.test(messageOf(d)))).toBe(true);
    const stats = await client.waitFor<StatsParams>(STATS_NOTIFICATION, (s) => s.uri === uri && s.version === 1);
    expect(stats.words.total).toBeGreaterThan(100);
    expect(stats.counts.error + stats.counts.warning + stats.counts.info + stats.counts.hint).toBe(published.diagnostics.length);
    await client.waitFor<DocumentStateParams>(DOCUMENT_STATE_NOTIFICATION, (s) => s.uri === uri && s.checked);
  });

  it('updates diagnostics after an incremental change', async () => {
    const { uri } = tempUri('change.prfaq.md');
    client.open(uri, launch);
    expect(placeholderOf(await client.diagnostics(uri, 1))).toBeDefined();
    const start = positionOf(launch, '[NAME, TITLE]');
    const version = client.change(uri, [
      { range: { start, end: { line: start.line, character: start.character + '[NAME, TITLE]'.length } }, text: 'Ana Lima, chief executive of Acme' },
    ]);
    const updated = await client.diagnostics(uri, version);
    expect(placeholderOf(updated)).toBeUndefined();
    expect(client.document(uri).getText()).toContain('said Ana Lima, chief executive of Acme.');
  });

  it('never publishes a version that a newer edit superseded', async () => {
    settings = { debounceMs: 150 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const { uri } = tempUri('stale.prfaq.md');
    client.open(uri, launch);
    await client.diagnostics(uri, 1);
    const end = client.document(uri).positionAt(launch.length);
    const stale = client.change(uri, [{ range: { start: end, end }, text: '\nTODO write the appendix.\n' }]);
    const latest = client.change(uri, [{ range: { start: end, end }, text: '\nThe appendix follows.\n' }]);
    await client.diagnostics(uri, latest);
    expect(client.published(uri).map((p) => p.version)).not.toContain(stale);
    settings = { debounceMs: 0 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('maps severities', async () => {
    settings = { debounceMs: 0, rules: { placeholder: 'error' } };
    const { uri } = tempUri('severity.prfaq.md');
    client.open(uri, launch);
    const published = await client.diagnostics(uri, 1);
    expect(placeholderOf(published)?.severity).toBe(DiagnosticSeverity.Error);
    settings = { debounceMs: 0 };
  });
});

describe('large documents', () => {
  it('publishes the findings of exactly the text of the newest version', async () => {
    // Long enough to be checked off the main thread; a long debounce lets the older check finish first.
    settings = { debounceMs: 1000 };
    const faq = Array.from({ length: 180 }, (_, i) => `### Question number ${i + 1} about the notes product?\n\n${'Notes answers this question with numbers and names. '.repeat(6)}\n`).join('\n');
    const text = `${launch}\n## Appendix\n\n${faq}`;
    expect(text.length).toBeGreaterThan(60_000);
    const { uri } = tempUri('large.prfaq.md');
    client.open(uri, text);
    await client.diagnostics(uri, 1);
    const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    client.change(uri, [{ range: top, text: 'Draft 2\n\n' }]);
    // A feature request checks that version now; the next edit arrives while it is being checked.
    const lenses = client.request('textDocument/codeLens', { textDocument: { uri } });
    const newest = client.change(uri, [{ range: top, text: 'Draft 3\n\n' }]);
    await lenses;
    const published = await client.diagnostics(uri, newest);
    expect(placeholderOf(published)?.range.start).toEqual(positionOf(client.document(uri).getText(), '[NAME, TITLE]'));
    settings = { debounceMs: 0 };
  });
});

describe('which documents are checked', () => {
  it('checks Markdown opted in by front matter and stops when the front matter goes', async () => {
    const { uri } = tempUri('opted-in.md');
    const text = fixtureText('opted-in.md');
    client.open(uri, text, 'markdown');
    const published = await client.diagnostics(uri, 1);
    expect(codes(published)).toContain('placeholder');
    const line = positionOf(text, 'prfaq: true').line;
    const version = client.change(uri, [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' }]);
    await client.waitFor<DocumentStateParams>(DOCUMENT_STATE_NOTIFICATION, (s) => s.uri === uri && !s.checked);
    const last = client.published(uri).at(-1)!;
    expect(last.diagnostics).toEqual([]);
    expect(client.published(uri).some((p) => p.version === version)).toBe(false);
  });

  it('publishes nothing for an ordinary Markdown file', async () => {
    const { uri } = tempUri('notes.md');
    client.open(uri, fixtureText('notes.md'), 'markdown');
    // Documents are checked in the order they arrive: once the later PR/FAQ is published, the Markdown file had its turn.
    const { uri: later } = tempUri('later.prfaq.md');
    client.open(later, launch);
    await client.diagnostics(later, 1);
    expect(client.published(uri)).toEqual([]);
    expect(client.received.some((r) => r.method === DOCUMENT_STATE_NOTIFICATION && (r.params as DocumentStateParams).uri === uri)).toBe(false);
  });

  // Neovim without filetype detection, or a minimal client, sends "" or "plaintext": the file name decides.
  it.each(['', 'plaintext', 'text', 'mdx'])('checks PRFAQ.md sent with language id %j', async (languageId) => {
    const { uri } = tempUri('PRFAQ.md');
    client.open(uri, launch, languageId);
    expect(codes(await client.diagnostics(uri, 1))).toContain('placeholder');
  });

  it('checks a Markdown file opted in by front matter when it comes without a language, and not a text file', async () => {
    const { uri } = tempUri('opted-in-no-language.md');
    client.open(uri, fixtureText('opted-in.md'), '');
    expect(codes(await client.diagnostics(uri, 1))).toContain('placeholder');
    const { uri: notes } = tempUri('notes.txt');
    client.open(notes, fixtureText('opted-in.md'), 'plaintext');
    const { uri: later } = tempUri('after-notes.prfaq.md');
    client.open(later, launch);
    await client.diagnostics(later, 1);
    expect(client.published(notes)).toEqual([]);
  });

  it('clears diagnostics when a document closes', async () => {
    const { uri } = tempUri('closed.prfaq.md');
    client.open(uri, launch);
    expect((await client.diagnostics(uri, 1)).diagnostics.length).toBeGreaterThan(0);
    client.close(uri);
    const cleared = await client.diagnostics(uri, undefined, (p) => p.version === undefined || p.diagnostics.length === 0);
    // The publish after the close is an empty one, for no version.
    expect(cleared).toEqual({ uri, diagnostics: [] });
  });
});

describe('robustness and preview', () => {
  it('answers requests about unknown documents with nothing and keeps serving', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/x.prfaq.md' }, position: { line: 0, character: 0 } });
    expect(hover).toBeNull();
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere/x.prfaq.md' } });
    expect(symbols).toEqual([]);
    const { uri } = tempUri('alive.prfaq.md');
    client.open(uri, launch);
    expect(codes(await client.diagnostics(uri, 1))).toContain('placeholder');
  });

  it('renders the preview HTML of an open document', async () => {
    const { uri } = tempUri('render.prfaq.md');
    client.open(uri, launch);
    const rendered = await client.request<RenderResult>(RENDER_REQUEST, { uri });
    expect(rendered.version).toBe(1);
    expect(rendered.html).toContain('Acme Notes Writes Your Meeting Summary');
  });
});

describe('requests the server cannot answer', () => {
  it('answers positions outside the document without failing', async () => {
    const { uri } = tempUri('outside.prfaq.md');
    client.open(uri, launch);
    await client.diagnostics(uri, 1);
    const position = { line: 9999, character: 9999 };
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position })).toBeNull();
    expect(await client.request('textDocument/completion', { textDocument: { uri }, position })).toBeInstanceOf(Array);
    const version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    // Still serving: the edit is checked.
    expect(codes(await client.diagnostics(uri, version))).toContain('placeholder');
  });

  it('logs a handler that throws and keeps serving', async () => {
    const { uri } = tempUri('malformed.prfaq.md');
    client.open(uri, launch);
    await client.diagnostics(uri, 1);
    // No `context`: the handler fails on it; the client gets an empty answer and the failure is logged.
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    expect(actions).toEqual([]);
    const logged = await client.waitFor<{ type: number; message: string }>('window/logMessage', (m) => /codeAction failed/.test(m.message));
    expect(logged.type).toBe(1);
    const version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    // Still serving: the edit is checked.
    expect(codes(await client.diagnostics(uri, version))).toContain('placeholder');
  });
});
