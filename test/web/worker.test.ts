// VS Code for the Web, tested in a real browser: dist/web/server.js runs in a Web Worker in headless Chromium
// and is spoken to over postMessage as the web extension's language client does.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { chromiumAvailable, CHROMIUM_PATH, INSTALL_HINT, launchChromium } from '../preview/chromium';
import { serveWorker, WorkerLspClient } from './workerHost';

const ROOT = path.resolve(__dirname, '../..');
const LIB = path.join(ROOT, 'dist/lib.js');
const inCi = process.env.CI === 'true';
const haveChromium = chromiumAvailable();

if (!haveChromium && !inCi) console.warn(`\n*** SKIPPING the web worker tests: ${CHROMIUM_PATH} is missing. Install it: ${INSTALL_HINT} ***\n`);

describe.runIf(!haveChromium && inCi)('web worker server in Chromium (CI)', () => {
  it('needs Debian chromium', () => {
    throw new Error(`${CHROMIUM_PATH} is missing; the web worker tests cannot run. Install it: ${INSTALL_HINT}`);
  });
});

// A virtual workspace, as github.dev or vscode.dev have: no file: URIs, no disk.
const FOLDER = 'vscode-test-web://mount/proj';
const DOC_URI = `${FOLDER}/docs/launch.prfaq.md`;
const RC_URI = `${FOLDER}/.prfaqrc.json`;
const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/integrations/launch.prfaq.md'), 'utf8');
const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

interface Stats {
  uri: string;
  pages: { wordsPerPage: number };
}

describe.runIf(haveChromium)('web worker server in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let site: Awaited<ReturnType<typeof serveWorker>>;
  let client: WorkerLspClient;
  let initializeResult: { capabilities: Record<string, unknown>; serverInfo?: { name: string } };

  beforeAll(async () => {
    site = await serveWorker();
    browser = await launchChromium();
    const page = await browser.context.newPage();
    client = await WorkerLspClient.open(page, site.url, (method, params) =>
      method === 'workspace/configuration' ? (params as { items: unknown[] }).items.map(() => ({ debounceMs: 0 })) : null,
    );
    initializeResult = await client.request('initialize', {
      processId: null,
      rootUri: FOLDER,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
      initializationOptions: { rcFiles: { [RC_URI]: JSON.stringify({ wordsPerPage: 250 }) } },
    });
    await client.notify('initialized', {});
    await client.notify('textDocument/didOpen', { textDocument: { uri: DOC_URI, languageId: 'markdown', version: 1, text } });
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('initializes in the worker and announces its features', () => {
    expect(initializeResult.serverInfo?.name).toBe('prfaq-language-server');
    expect(initializeResult.capabilities).toMatchObject({ hoverProvider: true, documentSymbolProvider: true, codeActionProvider: expect.anything() });
  });

  it('publishes the findings with rule codes and lines, as the core computes them', async () => {
    const published = await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === DOC_URI);
    const got = published.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`).sort();
    const { check } = require(LIB) as typeof import('../../server/src/lib');
    const result = check(text, { rcFile: { source: RC_URI, value: { wordsPerPage: 250 } } });
    const expected = result.findings.map((f) => `${f.range.start.line - 1}:${f.range.start.column - 1} ${f.ruleId}`);
    for (const p of result.configProblems) expected.push(`${(p.line ?? 1) - 1}:${(p.column ?? 1) - 1} config`);
    expect(got).toEqual(expected.sort());

    const at = (code: string) => published.diagnostics.filter((d) => d.code === code).map((d) => d.range.start.line);
    expect(at('placeholder')).toEqual([lineOf('TBD')]);
    expect(at('faq-unanswered')).toEqual([lineOf('How much does Quill cost?')]);
    expect(at('config')).toEqual([lineOf('wordsPerPage')]);
    expect(at('missing-section')).toHaveLength(6);
  });

  it('applies the rc file the client read from the workspace file system', async () => {
    const stats = await client.waitFor<Stats>('prfaq/stats', (p) => p.uri === DOC_URI);
    expect(stats.pages.wordsPerPage).toBe(250);
  });

  it('re-checks when the client sends a changed rc file', async () => {
    client.clear();
    await client.notify('prfaq/rcFiles', { files: { [RC_URI]: JSON.stringify({ rules: { placeholder: 'off' } }) } });
    const published = await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === DOC_URI);
    const codes = published.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('placeholder');
    expect(codes).toContain('faq-unanswered');
    const stats = await client.waitFor<Stats>('prfaq/stats', (p) => p.uri === DOC_URI);
    expect(stats.pages.wordsPerPage).toBe(500);
  });

  it('reports a broken rc file on the rc file, with its line', async () => {
    client.clear();
    await client.notify('prfaq/rcFiles', { files: { [RC_URI]: '{\n  "rules": {\n    "placeholder": "off",\n  }\n}' } });
    const published = await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === RC_URI && p.diagnostics.length > 0);
    expect(published.diagnostics[0]).toMatchObject({ code: 'config', source: 'prfaq' });
    expect(published.diagnostics[0].message).toMatch(/JSON/);
    expect(published.diagnostics[0].range.start.line).toBe(3);
  });

  it('renders the preview HTML in the worker (no Node crypto there)', async () => {
    const rendered = await client.request<{ html: string } | null>('prfaq/render', { uri: DOC_URI });
    expect(rendered?.html).toContain('Quill Turns Meeting Notes into Action Items Automatically');
    // The CSP names the inline style by its SHA-256, computed in the worker by the small stand-in for node:crypto.
    const html = rendered?.html ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style.length).toBeGreaterThan(100);
    expect(html).toContain(`sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}`);
  });
});
