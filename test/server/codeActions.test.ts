import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fixtureText, LspClient, messageOf, tempUri, removeTempDirs } from './harness';

const launch = fixtureText('launch.prfaq.md');
let client: LspClient;

beforeAll(async () => {
  client = await LspClient.start({ configuration: () => ({ debounceMs: 0 }) });
});
afterAll(async () => {
  await client.stop();
  removeTempDirs();
});

async function openLaunch(name: string): Promise<{ uri: string; published: PublishDiagnosticsParams }> {
  const { uri } = tempUri(name);
  client.open(uri, launch);
  return { uri, published: await client.diagnostics(uri, 1) };
}

function find(published: PublishDiagnosticsParams, code: string, message?: RegExp): Diagnostic {
  const found = published.diagnostics.find((d) => d.code === code && (!message || message.test(messageOf(d))));
  if (!found) throw new Error(`no ${code} diagnostic; got ${published.diagnostics.map((d) => `${d.code}: ${messageOf(d)}`).join(' | ')}`);
  return found;
}

function actionsFor(uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only },
  });
}

/** Every line the writer wrote is still there, in order: the action only inserted text. */
function expectOnlyInsertions(before: string, after: string): void {
  let from = 0;
  for (const line of before.split('\n')) {
    const at = after.indexOf(line, from);
    expect(at, `line "${line}" was removed or changed`).toBeGreaterThanOrEqual(0);
    from = at + line.length;
  }
}

describe('code actions', () => {
  it('applies a finding’s own fix and the finding goes away', async () => {
    const { uri, published } = await openLaunch('fix.prfaq.md');
    const diagnostic = find(published, 'faq-question-form');
    const actions = await actionsFor(uri, diagnostic);
    const fix = actions.find((a) => a.isPreferred);
    expect(fix?.kind).toBe('quickfix');
    const version = client.applyEdit(fix!.edit!);
    const after = client.document(uri).getText();
    expect(after).toContain('Does Notes work without an internet connection?');
    expectOnlyInsertions(launch, after);
    const updated = await client.diagnostics(uri, version);
    expect(updated.diagnostics.filter((d) => d.code === 'faq-question-form')).toEqual([]);
  });

  it('inserts a missing section and the missing-section finding goes away', async () => {
    const { uri, published } = await openLaunch('insert-section.prfaq.md');
    const diagnostic = find(published, 'missing-section', /customer quote/i);
    // Every missing section is anchored at one place: the client sends all their diagnostics.
    const sameRange = published.diagnostics.filter((d) => d.code === 'missing-section' && JSON.stringify(d.range) === JSON.stringify(diagnostic.range));
    expect(sameRange.length).toBeGreaterThan(1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: sameRange } });
    const titles = actions.map((a) => a.title);
    expect(new Set(titles).size, titles.join(' | ')).toBe(titles.length);
    expect(titles.filter((t) => t === 'Disable missing-section for this file')).toHaveLength(1);
    const fix = actions.find((a) => a.isPreferred && /customer quote/i.test(a.title));
    expect(fix, 'missing-section offers a fix').toBeDefined();
    const version = client.applyEdit(fix!.edit!);
    expectOnlyInsertions(launch, client.document(uri).getText());
    const updated = await client.diagnostics(uri, version);
    expect(updated.diagnostics.some((d) => d.code === 'missing-section' && /customer quote/i.test(messageOf(d)))).toBe(false);
  });

  it('disables a rule for one line with a comment above it', async () => {
    const { uri, published } = await openLaunch('disable-line.prfaq.md');
    const diagnostic = find(published, 'placeholder');
    const action = (await actionsFor(uri, diagnostic)).find((a) => a.title === 'Disable placeholder for this line');
    expect(action).toBeDefined();
    const version = client.applyEdit(action!.edit!);
    const after = client.document(uri).getText();
    expect(after).toContain('<!-- prfaq-disable-next-line placeholder -->\n"Meetings should end with decisions');
    expectOnlyInsertions(launch, after);
    const updated = await client.diagnostics(uri, version);
    expect(updated.diagnostics.filter((d) => d.code === 'placeholder')).toEqual([]);
  });

  it('disables a rule for the file with a comment at the top', async () => {
    const { uri, published } = await openLaunch('disable-file.prfaq.md');
    const diagnostic = find(published, 'placeholder');
    const action = (await actionsFor(uri, diagnostic)).find((a) => a.title === 'Disable placeholder for this file');
    const version = client.applyEdit(action!.edit!);
    const after = client.document(uri).getText();
    expect(after.startsWith('<!-- prfaq-disable placeholder -->\n# Acme Notes')).toBe(true);
    const updated = await client.diagnostics(uri, version);
    expect(updated.diagnostics.filter((d) => d.code === 'placeholder')).toEqual([]);
  });

  it('puts the file-level comment after the front matter', async () => {
    const text = fixtureText('opted-in.md');
    const { uri } = tempUri('front-matter.md');
    client.open(uri, text, 'markdown');
    const published = await client.diagnostics(uri, 1);
    const action = (await actionsFor(uri, find(published, 'placeholder'))).find((a) => a.title === 'Disable placeholder for this file');
    client.applyEdit(action!.edit!);
    expect(client.document(uri).getText()).toContain('prfaq: true\n---\n<!-- prfaq-disable placeholder -->\n');
  });

  it('fixes everything that can be fixed safely in one edit', async () => {
    const { uri, published } = await openLaunch('fix-all.prfaq.md');
    const fixable = published.diagnostics.filter((d) => (d.data as { fix?: unknown } | undefined)?.fix);
    expect(fixable.length).toBeGreaterThan(1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.prfaq']);
    const version = client.applyEdit(actions[0].edit!);
    expectOnlyInsertions(launch, client.document(uri).getText());
    const updated = await client.diagnostics(uri, version);
    expect(updated.diagnostics.filter((d) => d.code === 'faq-question-form')).toEqual([]);
    expect(updated.diagnostics.length).toBeLessThan(published.diagnostics.length);
  });
});
