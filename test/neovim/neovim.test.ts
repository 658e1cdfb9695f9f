// A real third-party LSP client: Debian's Neovim runs headless, starts dist/server.js through its built-in
// LSP client for a PR/FAQ, and the test reads back what Neovim received (vim.diagnostic.get).
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'dist/server.js');
const LIB = path.join(ROOT, 'dist/lib.js');
const SCRIPT = path.join(__dirname, 'collect-diagnostics.lua');
const FIXTURE = path.join(ROOT, 'test/fixtures/integrations/launch.prfaq.md');
const INSTALL_HINT = 'apt-get update && apt-get install -y neovim';
const inCi = process.env.CI === 'true';

function nvimVersion(): string | null {
  try {
    return execFileSync('nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return null;
  }
}

const version = nvimVersion();
if (!version && !inCi) console.warn(`\n*** SKIPPING the Neovim LSP client test: nvim is not installed. Install it: ${INSTALL_HINT} ***\n`);

describe.runIf(!version && inCi)('Neovim LSP client (CI)', () => {
  it('needs Debian neovim', () => {
    throw new Error(`nvim is not installed, so the Neovim LSP client test cannot run. Install it: ${INSTALL_HINT}`);
  });
});

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  code: string;
  source: string;
  severity: number;
  message: string;
  user_data?: { lsp?: { codeDescription?: { href: string } } };
}
interface Collected {
  error?: string;
  filetype?: string;
  serverInfo?: { name?: string };
  diagnostics?: NvimDiagnostic[];
  otherDiagnostics?: NvimDiagnostic[] | null;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-nvim-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Runs Neovim on a copy of the fixture; resolves with what the Lua script wrote. */
function collectDiagnostics(fileName: string, text: string, other?: { fileName: string; text: string }): Promise<Collected> {
  for (const built of [SERVER, LIB]) if (!fs.existsSync(built)) throw new Error(`${built} is missing: run "npm run build" first`);
  const file = path.join(work, fileName);
  const out = path.join(work, `${fileName}.json`);
  fs.writeFileSync(file, text);
  const env: NodeJS.ProcessEnv = { ...process.env, PRFAQ_SERVER: SERVER, PRFAQ_FILE: file, PRFAQ_OUT: out, PRFAQ_TIMEOUT_MS: '15000' };
  if (other) {
    env.PRFAQ_OTHER_FILE = path.join(work, other.fileName);
    fs.writeFileSync(env.PRFAQ_OTHER_FILE, other.text);
  }
  return new Promise((resolve, reject) => {
    execFile('nvim', ['--headless', '--clean', '-c', `luafile ${SCRIPT}`], { env, timeout: 25000 }, (error, _stdout, stderr) => {
      const written = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, 'utf8')) as Collected) : null;
      if (written) resolve(written);
      else reject(new Error(`nvim wrote no result (${error?.message ?? 'no error'}); stderr: ${stderr}`));
    });
  });
}

/** LSP severities as Neovim numbers them (vim.diagnostic.severity). */
const NVIM_SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

describe.runIf(!!version)(`Neovim LSP client (${version})`, () => {
  const text = fs.readFileSync(FIXTURE, 'utf8');
  const lines = text.split('\n');
  const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle));

  it('receives the findings with rule codes, lines and severities, as the core computes them', async () => {
    const collected = await collectDiagnostics('launch.prfaq.md', text);
    expect(collected.error).toBeUndefined();
    expect(collected.filetype).toBe('markdown');
    const diagnostics = collected.diagnostics ?? [];
    const got = diagnostics.map((d) => `${d.lnum}:${d.col} ${d.code} ${d.severity}`).sort();

    const { check } = require(LIB) as typeof import('../../server/src/lib');
    const result = check(text);
    const expected = result.findings.map((f) => `${f.range.start.line - 1}:${f.range.start.column - 1} ${f.ruleId} ${NVIM_SEVERITY[f.severity]}`);
    // A bad `prfaq:` key in the front matter is reported in the document, at the key.
    for (const p of result.configProblems) expected.push(`${(p.line ?? 1) - 1}:${(p.column ?? 1) - 1} config ${NVIM_SEVERITY.warning}`);
    expect(got).toEqual(expected.sort());

    // Independently of the core: the problems this fixture was written to have, on their lines.
    const at = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => d.lnum);
    expect(at('placeholder')).toEqual([lineOf('TBD')]);
    expect(at('faq-unanswered')).toEqual([lineOf('How much does Quill cost?')]);
    expect(at('config')).toEqual([lineOf('wordsPerPage')]);
    expect(at('missing-section').length).toBe(6); // subheading, leader quote, getting started, customer quote, call to action, internal FAQ
    expect(diagnostics.every((d) => d.source === 'prfaq')).toBe(true);
    const placeholder = diagnostics.find((d) => d.code === 'placeholder');
    expect(placeholder?.user_data?.lsp?.codeDescription?.href).toMatch(/docs\/rules\/placeholder\.md$/);
  });

  it('leaves a Markdown file that is not a PR/FAQ alone (it was opened first, so its turn came first)', async () => {
    const collected = await collectDiagnostics('launch.prfaq.md', text, { fileName: 'notes.md', text: '# Notes\n\nTBD\n' });
    expect(collected.diagnostics?.length).toBeGreaterThan(0);
    expect(collected.otherDiagnostics).toEqual([]);
  });
});
