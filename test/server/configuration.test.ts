import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FileChangeType, MessageType, type PublishDiagnosticsParams, type ShowMessageParams } from 'vscode-languageserver-protocol';
import { DOCUMENT_STATE_NOTIFICATION, type DocumentStateParams } from '../../server/src/protocol';
import { fixtureText, LspClient, messageOf, positionOf, tempUri, removeTempDirs } from './harness';

const launch = fixtureText('launch.prfaq.md');
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
let client: LspClient | null = null;

afterEach(async () => {
  await client?.stop();
  client = null;
});
afterAll(removeTempDirs);

describe('settings', () => {
  it('asks for settings scoped to the document and re-checks when they change', async () => {
    let settings: Record<string, unknown> = { debounceMs: 0 };
    const scopes: (string | undefined)[] = [];
    client = await LspClient.start({
      configuration: (scopeUri, section) => {
        scopes.push(scopeUri);
        return section === 'prfaq' ? settings : null;
      },
    });
    const { uri } = tempUri('settings.prfaq.md');
    client.open(uri, launch);
    expect(codes(await client.diagnostics(uri, 1))).toContain('placeholder');
    expect(scopes).toContain(uri);
    settings = { debounceMs: 0, rules: { placeholder: 'off' } };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const rechecked = await client.diagnostics(uri, 1, (p) => !codes(p).includes('placeholder'));
    expect(rechecked.diagnostics.length).toBeGreaterThan(0);
  });

  it('gives each workspace folder its own settings', async () => {
    const a = tempUri('a.prfaq.md');
    const b = tempUri('b.prfaq.md');
    client = await LspClient.start({
      workspaceFolders: [a.dir, b.dir],
      configuration: (scopeUri) => (scopeUri === a.uri ? { debounceMs: 0, rules: { placeholder: 'off' } } : { debounceMs: 0 }),
    });
    client.open(a.uri, launch);
    client.open(b.uri, launch);
    expect(codes(await client.diagnostics(a.uri, 1))).not.toContain('placeholder');
    expect(codes(await client.diagnostics(b.uri, 1))).toContain('placeholder');
  });

  it('falls back to initializationOptions for clients without workspace/configuration', async () => {
    client = await LspClient.start({ initializationOptions: { prfaq: { debounceMs: 0, rules: { placeholder: 'off' } } } });
    const { uri } = tempUri('init-options.prfaq.md');
    client.open(uri, launch);
    const published = await client.diagnostics(uri, 1);
    expect(codes(published)).not.toContain('placeholder');
    expect(codes(published)).toContain('missing-section');
    expect(client.requestsFromServer.map((r) => r.method)).not.toContain('workspace/configuration');
  });

  it('prfaq.charsPerPage sets the page of a Chinese or Japanese document; unset (null) leaves the default by language', async () => {
    const sentence = '診療時間外に電話をかけた患者さんの伝言は、翌日の午後まで誰にも気づかれないことがあります。';
    const text = `# ハーバー提供開始\n\n2027年3月3日、札幌 — 株式会社アクメは本日、ハーバーを発表しました。${sentence.repeat(16)}\n`;
    let settings: Record<string, unknown> = { debounceMs: 0, charsPerPage: null };
    client = await LspClient.start({ configuration: () => settings });
    const { uri } = tempUri('chars.prfaq.md');
    client.open(uri, text);
    const length = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'press-release-length').map(messageOf);
    // About 700 characters: well under a page of 1,200.
    expect(length(await client.diagnostics(uri, 1))).toEqual([]);
    settings = { debounceMs: 0, charsPerPage: 500 };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const over = await client.diagnostics(uri, 1, (p) => length(p).length > 0);
    expect(length(over)[0]).toMatch(/^The press release is \d{3} characters \(1\.\d pages\); the budget is 1 page \(\d{3} characters\)\. Cut \d+ characters\.$/);
  });

  it('turns checking off with prfaq.enable = false', async () => {
    let settings: Record<string, unknown> = { debounceMs: 0 };
    client = await LspClient.start({ configuration: () => settings });
    const { uri } = tempUri('enable.prfaq.md');
    client.open(uri, launch);
    expect((await client.diagnostics(uri, 1)).diagnostics.length).toBeGreaterThan(0);
    settings = { enable: false };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const cleared = await client.diagnostics(uri, undefined, (p) => p.version === undefined);
    expect(cleared.diagnostics).toEqual([]);
    const state = await client.waitFor<DocumentStateParams>(DOCUMENT_STATE_NOTIFICATION, (s) => s.uri === uri && !s.checked);
    expect(state).toEqual({ uri, checked: false });
  });
});

describe('problems in settings and front matter', () => {
  it('warns once about a bad editor setting and applies the rest', async () => {
    client = await LspClient.start({ configuration: () => ({ debounceMs: 0, rules: { 'no-such-rule': 'error', placeholder: 'error' } }) });
    const first = tempUri('bad-setting-1.prfaq.md');
    const second = tempUri('bad-setting-2.prfaq.md');
    client.open(first.uri, launch);
    const published = await client.diagnostics(first.uri, 1);
    expect(published.diagnostics.find((d) => d.code === 'placeholder')?.severity).toBe(1);
    const message = await client.waitFor<ShowMessageParams>('window/showMessage');
    expect(message.message).toMatch(/settings.*no-such-rule/);
    client.open(second.uri, launch);
    await client.diagnostics(second.uri, 1);
    expect(client.received.filter((r) => r.method === 'window/showMessage')).toHaveLength(1);
  });

  it('reports a bad front matter value on its line in the document', async () => {
    client = await LspClient.start({ configuration: () => ({ debounceMs: 0 }) });
    const text = `---\ntitle: Notes\nprfaq:\n  wordsPerPage: lots\n---\n${launch}`;
    const { uri } = tempUri('front-matter-config.prfaq.md');
    client.open(uri, text);
    const published = await client.diagnostics(uri, 1);
    const problem = published.diagnostics.find((d) => d.code === 'config');
    expect(problem, JSON.stringify(published.diagnostics.map((d) => d.code))).toBeDefined();
    expect(problem!.range.start.line).toBe(3);
    expect(messageOf(problem!)).toMatch(/wordsPerPage/);
  });
});

describe('rc file', () => {
  it('reports invalid JSON on the rc file and keeps checking the PR/FAQ', async () => {
    client = await LspClient.start({ configuration: () => ({ debounceMs: 0 }) });
    const { uri, dir } = tempUri('rc-json.prfaq.md');
    const rcPath = path.join(dir, '.prfaqrc.json');
    writeFileSync(rcPath, '{\n  "wordsPerPage": 400,\n  "rules": { "placeholder": "off", }\n}\n');
    client.open(uri, launch);
    const rcUri = pathToFileURL(rcPath).href;
    const rcDiagnostics = await client.diagnostics(rcUri);
    expect(rcDiagnostics.diagnostics).toHaveLength(1);
    expect(rcDiagnostics.diagnostics[0].range.start).toEqual({ line: 2, character: 35 });
    expect(messageOf(rcDiagnostics.diagnostics[0])).toMatch(/invalid JSON: trailing comma/);
    const message = await client.waitFor<ShowMessageParams>('window/showMessage');
    expect(message.type).toBe(MessageType.Warning);
    expect(message.message).toMatch(/\.prfaqrc\.json:3:36: invalid JSON/);
    expect((await client.diagnostics(uri, 1)).diagnostics.length).toBeGreaterThan(0);
  });

  it('reports an unknown rule at its line, applies the valid parts, and clears once fixed', async () => {
    client = await LspClient.start({ configuration: () => ({ debounceMs: 0 }) });
    const { uri, dir } = tempUri('rc-rule.prfaq.md');
    const rcPath = path.join(dir, '.prfaqrc.json');
    const rcText = '{\n  "rules": {\n    "placeholder": "off",\n    "no-such-rule": "error"\n  }\n}\n';
    writeFileSync(rcPath, rcText);
    client.open(uri, launch);
    const rcUri = pathToFileURL(rcPath).href;
    const rcDiagnostics = await client.diagnostics(rcUri);
    expect(rcDiagnostics.diagnostics).toHaveLength(1);
    expect(rcDiagnostics.diagnostics[0].range.start).toEqual(positionOf(rcText, '"no-such-rule"'));
    expect(messageOf(rcDiagnostics.diagnostics[0])).toMatch(/no-such-rule/);
    const published = await client.diagnostics(uri, 1);
    expect(codes(published)).not.toContain('placeholder');
    expect(published.diagnostics.length).toBeGreaterThan(0);

    writeFileSync(rcPath, '{\n  "rules": { "placeholder": "error" }\n}\n');
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: FileChangeType.Changed }] });
    await client.diagnostics(rcUri, undefined, (p) => p.diagnostics.length === 0);
    await client.diagnostics(uri, 1, (p) => codes(p).includes('placeholder'));
  });
});
