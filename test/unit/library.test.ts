// The core as a library: what `import { check } from "prfaq"` gives, tested on the built files (run
// `npm run build` first) and resolved through package.json "exports" as a consumer's Node would.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const BUILT = ['dist/lib.js', 'dist/lib.mjs', 'dist/types/lib.d.ts'].map((f) => path.join(ROOT, f));
for (const file of BUILT) if (!fs.existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first`);

type Lib = typeof import('../../server/src/lib');
const lib = require(path.join(ROOT, 'dist/lib.js')) as Lib;
const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/integrations/launch.prfaq.md'), 'utf8');
const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const API = ['FAQ_SECTIONS', 'PRESS_RELEASE_SECTIONS', 'SECTION_IDS', 'allRules', 'buildModel', 'check', 'defaultConfig', 'isPrfaqDocument', 'isPrfaqFileName', 'resolveConfig'];

describe('package entry points', () => {
  it('"prfaq" resolves to the CommonJS library for require and to the ESM one for import', async () => {
    expect(require.resolve('prfaq', { paths: [ROOT] })).toBe(path.join(ROOT, 'dist/lib.js'));
    const esm = (await import(pathToFileURL(path.join(ROOT, 'dist/lib.mjs')).href)) as Lib;
    expect(Object.keys(esm).sort()).toEqual(API);
    expect(Object.keys(lib).sort()).toEqual(API);
  });

  it('keeps "main" for VS Code and "browser" for VS Code for the Web', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.main).toBe('./dist/client.js');
    expect(manifest.browser).toBe('./dist/web/client.js');
    expect(manifest.exports).toMatchObject({ '.': { types: './dist/types/lib.d.ts', import: './dist/lib.mjs', require: './dist/lib.js' } });
  });
});

describe('check', () => {
  const result = lib.check(text);

  it('returns findings with rule ids, 1-based positions, severities and docs links', () => {
    const placeholder = result.findings.find((f) => f.ruleId === 'placeholder');
    expect(placeholder).toMatchObject({ severity: 'warning', range: { start: { line: lineOf('TBD'), column: 1 } } });
    expect(placeholder?.url).toMatch(/docs\/rules\/placeholder\.md$/);
    expect(result.findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.section)).toEqual(
      expect.arrayContaining(['subheadline', 'leader-quote', 'customer-quote', 'internal-faq']),
    );
  });

  it('reports a bad front matter value as a problem with its key and line, not an exception', () => {
    expect(result.configProblems).toEqual([expect.objectContaining({ source: 'front matter', key: 'prfaq.wordsPerPage', line: lineOf('wordsPerPage') })]);
    expect(result.pages.wordsPerPage).toBe(500);
  });

  it('applies rc file and settings layers, the rc file winning', () => {
    const layered = lib.check(text, {
      settings: { source: 'settings', value: { wordsPerPage: 300, rules: { placeholder: 'error' } } },
      rcFile: { source: '.prfaqrc.json', value: { wordsPerPage: 250 } },
    });
    expect(layered.pages.wordsPerPage).toBe(250);
    expect(layered.findings.find((f) => f.ruleId === 'placeholder')?.severity).toBe('error');
  });
});

describe('the rest of the API', () => {
  it('buildModel finds sections and FAQ entries without running rules', () => {
    const model = lib.buildModel(text);
    expect(model.sections.map((s) => s.id)).toEqual(['headline', 'summary', 'problem', 'solution', 'external-faq']);
    expect(model.faq.external.map((q) => [q.question, q.answered])).toEqual([
      ['How much does Quill cost?', false],
      ['Which languages does Quill understand?', true],
    ]);
  });

  it('allRules lists every rule once, with what docs and schemas need', () => {
    const ids = lib.allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['missing-section', 'placeholder', 'faq-unanswered']));
    for (const rule of lib.allRules) expect(rule.description.length).toBeGreaterThan(10);
  });

  it('resolveConfig names the source, key and line of a bad value and keeps the good ones', () => {
    const rc = '{\n  "wordsPerPage": 10,\n  "budgets": { "faq": 4 }\n}';
    const { config, problems } = lib.resolveConfig([{ source: 'team.json', value: JSON.parse(rc), text: rc }]);
    expect(config.budgets.faq).toBe(4);
    expect(config.wordsPerPage).toBe(lib.defaultConfig().wordsPerPage);
    expect(problems).toEqual([expect.objectContaining({ source: 'team.json', key: 'wordsPerPage', line: 2 })]);
  });

  it('detects PR/FAQ documents by name or front matter', () => {
    expect(lib.isPrfaqFileName('docs/Launch.PRFAQ.md')).toBe(true);
    expect(lib.isPrfaqDocument('notes.md', '# Notes')).toBe(false);
    expect(lib.isPrfaqDocument('notes.md', '---\nprfaq: true\n---\n# Notes')).toBe(true);
  });
});

describe('type declarations', () => {
  it('a TypeScript consumer compiles against dist/types through "exports", and misuse is a type error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-consumer-'));
    try {
      fs.mkdirSync(path.join(dir, 'node_modules'));
      fs.symlinkSync(ROOT, path.join(dir, 'node_modules/prfaq'), 'dir');
      fs.copyFileSync(path.join(ROOT, 'test/fixtures/integrations/consumer.ts'), path.join(dir, 'consumer.ts'));
      const tsconfig = { compilerOptions: { strict: true, noEmit: true, module: 'node16', moduleResolution: 'node16', target: 'es2022', types: [], skipLibCheck: false }, files: ['consumer.ts'] };
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
      const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
      const run = () => execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8', stdio: 'pipe' });
      expect(run).not.toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);
});
