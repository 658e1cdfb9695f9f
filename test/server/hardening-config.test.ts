// Bad and rapidly changing configuration: the server keeps running, says once what is wrong (on the rc
// file), and ends up checking with the configuration as it finally is.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FileChangeType, type Hover, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fixtureText, LspClient, messageOf, removeTempDirs, tempUri } from './harness';

const launch = fixtureText('launch.prfaq.md');
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
let client: LspClient | null = null;

afterEach(async () => {
  await client?.stop();
  client = null;
});
afterAll(removeTempDirs);

const RC_STATES = [
  '{ "rules": { "placeholder": "off" } }',
  '{ "rules": { "placeholder": "off", } ',
  '{ "wordsPerPage": "many", "rules": { "placeholder": 7 } }',
  '[1, 2, 3]',
  '',
  '{ "extends": "/etc/passwd", "$schema": "file:///etc/passwd" }',
  '\u0000\uFFFD not json',
  '{ "rules": { "no-such-rule": "error" } }',
];

describe('rapid configuration changes', () => {
  it('survives 80 rc rewrites and settings changes in a burst and checks with the final configuration', async () => {
    let debounceMs = 0;
    client = await LspClient.start({ configuration: () => ({ debounceMs }) });
    const { uri, dir } = tempUri('rapid.prfaq.md');
    const rcPath = path.join(dir, '.prfaqrc.json');
    const rcUri = pathToFileURL(rcPath).href;
    writeFileSync(rcPath, RC_STATES[0]);
    client.open(uri, launch);
    await client.diagnostics(uri, 1);
    for (let i = 0; i < 80; i++) {
      writeFileSync(rcPath, RC_STATES[i % RC_STATES.length]);
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: FileChangeType.Changed }] });
      debounceMs = i % 3;
      void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { prfaq: i % 2 ? { debounceMs: 'soon' } : null } });
    }
    // Finally: a valid rc that turns the placeholder rule back on.
    writeFileSync(rcPath, '{ "rules": { "placeholder": "error" } }');
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: FileChangeType.Changed }] });
    await client.diagnostics(uri, 1, (p) => codes(p).includes('placeholder'));
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } });
    expect(hover).not.toBeNull();
  });

  it('gives one message on the rc file for wrong types, and keeps the valid parts', async () => {
    client = await LspClient.start({ configuration: () => ({ debounceMs: 0 }) });
    const { uri, dir } = tempUri('types.prfaq.md');
    const rcPath = path.join(dir, '.prfaqrc.json');
    writeFileSync(rcPath, '{\n  "wordsPerPage": "many",\n  "rules": { "placeholder": "off" }\n}\n');
    client.open(uri, launch);
    const rc = await client.diagnostics(pathToFileURL(rcPath).href);
    expect(rc.diagnostics).toHaveLength(1);
    expect(rc.diagnostics[0].range.start.line).toBe(1);
    expect(messageOf(rc.diagnostics[0])).toMatch(/wordsPerPage/);
    const published = await client.diagnostics(uri, 1);
    expect(codes(published)).not.toContain('placeholder');
    expect(published.diagnostics.length).toBeGreaterThan(0);
  });

  it('names keys that point at files as unknown and reads nothing they name', async () => {
    client = await LspClient.start({ configuration: () => ({ debounceMs: 0 }) });
    const { uri, dir } = tempUri('paths.prfaq.md');
    const rcPath = path.join(dir, '.prfaqrc.json');
    writeFileSync(rcPath, '{\n  "extends": "/etc/passwd",\n  "rules": { "placeholder": "off" }\n}\n');
    client.open(uri, launch);
    const rc = await client.diagnostics(pathToFileURL(rcPath).href);
    expect(rc.diagnostics).toHaveLength(1);
    expect(messageOf(rc.diagnostics[0])).toMatch(/extends/);
    const published = await client.diagnostics(uri, 1);
    expect(JSON.stringify(published)).not.toMatch(/root:/);
    expect(codes(published)).not.toContain('placeholder');
  });
});
