// The npm package is what the README says: `npm pack` of the built tree, installed into a fresh project, gives
// `npx prfaq check`, `npx prfaq-language-server`, `import { check } from "prfaq"` (ES module and CommonJS),
// the remark preset and type declarations a strict TypeScript project accepts; and nothing else.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const LIMIT = 240_000; // npm installs the tarball (and @types/mdast, from npm's cache) into a fresh project
// npm and npx of the Node that runs the tests (as `npm test` would find them on the PATH).
const NPM_CLI = path.join(path.dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js');
const NPX_CLI = path.join(path.dirname(NPM_CLI), 'npx-cli.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-pack-'));
const project = path.join(work, 'consumer');

function run(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
const npm = (args: string[], cwd: string) => (fs.existsSync(NPM_CLI) ? run(process.execPath, [NPM_CLI, ...args], cwd) : run('npm', args, cwd));

let files: string[] = [];

beforeAll(async () => {
  for (const f of ['dist/cli.js', 'dist/lib.js', 'dist/lib.mjs', 'dist/types/lib.d.ts']) {
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing: run "npm run build" first`);
  }
  // --ignore-scripts: packs the tree as built (prepack would rebuild dist/ for production under the other tests).
  const packed = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = info!.files.map((f) => f.path);
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  const installed = await npm(['install', '--ignore-scripts', '--prefer-offline', path.join(work, info!.filename)], project);
  if (installed.code !== 0) throw new Error(`npm install of the packed tarball failed:\n${installed.stderr}`);
  fs.writeFileSync(path.join(project, 'launch.prfaq.md'), '# Acme Launches Rockets\n\n## Summary\n\nSEATTLE, WA – March 3, 2027 – Acme today announced rockets for [NAME, TITLE].\n');
}, LIMIT);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npm package', () => {
  it('holds the CLI, the server, the library builds, declarations, schema and docs, and no sources or editor bundles', () => {
    expect(files).toEqual(expect.arrayContaining([
      'package.json', 'README.md', 'LICENSE', 'dist/cli.js', 'dist/server.js', 'dist/preview.js', 'dist/docx.js', 'dist/lib.js', 'dist/lib.mjs',
      'dist/remark-preset.js', 'dist/remark-preset.mjs', 'dist/types/lib.d.ts', 'dist/types/remark/preset.d.ts', 'schemas/prfaqrc.schema.json', 'docs/rules/placeholder.md',
    ]));
    const unexpected = files.filter((f) => /^(server|client|test|scripts|bench|node_modules)\//.test(f) || f.endsWith('.map') || /^dist\/(client|client-main|web\/)/.test(f));
    expect(unexpected).toEqual([]);
  });

  it('npx prfaq check reports the findings of a PR/FAQ, and exits 1 over --max-warnings', async () => {
    const args = ['--no', 'prfaq', 'check', 'launch.prfaq.md', '--format', 'json', '--max-warnings', '0'];
    const result = fs.existsSync(NPX_CLI) ? await run(process.execPath, [NPX_CLI, ...args], project) : await run('npx', args, project);
    expect(result.stderr).toMatch(/^prfaq: \d+ warnings, more than --max-warnings 0\n$/);
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string; diagnostics: Array<{ ruleId: string }> }> };
    expect(report.files[0]!.diagnostics.map((d) => d.ruleId)).toContain('placeholder');
    expect(result.code).toBe(1);
  }, LIMIT);

  it('the language server starts from its bin and answers initialize', async () => {
    const bin = path.join(project, 'node_modules/.bin/prfaq-language-server');
    expect(fs.existsSync(bin)).toBe(true);
    const server = spawn(bin, ['--stdio'], { cwd: project });
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const answer = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); if (out.includes('"serverInfo"')) resolve(out); });
      server.on('exit', (code) => reject(new Error(`the server exited (${code}) before answering`)));
    });
    server.kill();
    expect(answer).toContain('"name":"prfaq-language-server"');
  }, LIMIT);

  it('imports as an ES module and requires as CommonJS, library and remark preset', async () => {
    const esm = "import { check } from 'prfaq'; import remarkPrfaq from 'prfaq/remark-preset'; const r = check(process.argv[1]); console.log(typeof remarkPrfaq, r.findings.some((f) => f.ruleId === 'placeholder'));";
    const cjs = "const { check } = require('prfaq'); const preset = require('prfaq/remark-preset'); console.log(typeof preset.default, check(process.argv[1]).model.sections.length > 0);";
    const text = fs.readFileSync(path.join(project, 'launch.prfaq.md'), 'utf8');
    const fromEsm = await run(process.execPath, ['--input-type=module', '-e', esm, text], project);
    const fromCjs = await run(process.execPath, ['-e', cjs, text], project);
    expect([fromEsm.stderr, fromEsm.stdout.trim()]).toEqual(['', 'function true']);
    expect([fromCjs.stderr, fromCjs.stdout.trim()]).toEqual(['', 'function true']);
  }, LIMIT);

  it('type-checks in a strict TypeScript project (no skipLibCheck)', async () => {
    fs.writeFileSync(path.join(project, 'use.ts'), [
      "import { check, type CheckResult, type Finding } from 'prfaq';",
      "const result: CheckResult = check('# Title\\n');",
      'const first: Finding | undefined = result.findings[0];',
      'export const words: number = result.model.words.total + (first ? first.range.start.line : 0);',
      '',
    ].join('\n'));
    fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, module: 'node16', moduleResolution: 'node16', target: 'es2022', types: [] },
      files: ['use.ts'],
    }));
    const tsc = await run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  }, LIMIT);
});
