// The checks a maintainer relies on, counted with the tests: every tsconfig type-checks (esbuild bundles without
// type-checking), ESLint passes (code and the layer rules of eslint.config.mjs), and no module cycle
// (.dependency-cruiser.cjs). The same commands as `npm run typecheck` and `npm run lint`; a failure shows their output.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const bin = (file: string) => path.join(ROOT, 'node_modules', file);
const LIMIT = 240_000; // tsc and ESLint take seconds alone, much longer beside the other test files on two busy cores

function run(script: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [bin(script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: LIMIT - 10_000 });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

const projects = fs.readdirSync(ROOT).filter((f) => /^tsconfig(\..+)?\.json$/.test(f)).sort();
const lintScript = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.lint as string;
const cruiseArgs = lintScript.split('&&')[1]!.trim().split(/\s+/).slice(1);

describe('static checks', () => {
  it('has the three tsconfigs (code, library declarations, page script)', () => {
    expect(projects).toEqual(['tsconfig.json', 'tsconfig.lib.json', 'tsconfig.page.json']);
  });

  for (const project of projects) {
    it(`tsc --noEmit -p ${project}: no type error`, () => {
      const { status, output } = run('typescript/bin/tsc', ['--noEmit', '-p', project]);
      expect(output.trim()).toBe('');
      expect(status).toBe(0);
    }, LIMIT);
  }

  it('eslint: no problem', () => {
    const { status, output } = run('eslint/bin/eslint.js', ['.', '--max-warnings', '0']);
    expect(output.trim()).toBe('');
    expect(status).toBe(0);
  }, LIMIT);

  it('dependency-cruiser: no module cycle (type-only imports included)', () => {
    expect(cruiseArgs).toContain('.dependency-cruiser.cjs');
    const { status, output } = run('dependency-cruiser/bin/dependency-cruise.mjs', cruiseArgs);
    expect(output).toMatch(/no dependency violations found/);
    expect(status).toBe(0);
  }, LIMIT);
});

// The layer rules on deliberately wrong imports (linted as if the file were there; nothing is written).
describe('architecture rules catch a wrong import', () => {
  const lint = async (file: string, code: string): Promise<string[]> => {
    const { ESLint } = await import('eslint');
    const [result] = await new ESLint({ cwd: ROOT }).lintText(code, { filePath: path.join(ROOT, file) });
    return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
  };
  const cases: Array<[file: string, code: string, rule: RegExp | null]> = [
    ['server/src/core/wrong.ts', "export { startPrfaqServer } from '../lsp/session';\n", /no-restricted-paths: .*The core is pure/],
    ['server/src/core/wrong.ts', "export type { ReadTextResult } from '../node/readText';\n", /no-restricted-paths: .*The core is pure/],
    ['server/src/core/vocabulary/wrong.ts', "export { renderHtml } from '../../preview/render';\n", /no-restricted-paths: .*The core is pure/],
    ['server/src/core/recognise/wrong.ts', "import * as fs from 'node:fs';\nexport const f = fs;\n", /no-restricted-imports: .*no file system/],
    ['server/src/core/rules/wrong.ts', "export { runCli } from '../../cli/main';\n", /no-restricted-paths: .*The core is pure/],
    ['client/src/wrong.ts', "export { check } from '../../server/src/core/check';\n", /no-restricted-paths: .*only server\/src\/protocol\.ts/],
    ['client/src/wrong.ts', "export type { StatsParams } from '../../server/src/protocol';\n", null],
    ['server/src/preview/page/wrong.ts', "export { check } from '../../core/check';\n", /no-restricted-paths: .*page script/],
  ];
  for (const [file, code, rule] of cases) {
    it(`${file}: ${code.trim().split('\n')[0]} ${rule ? 'fails' : 'passes'}`, async () => {
      const messages = await lint(file, code);
      if (rule) expect(messages.some((m) => rule.test(m)), messages.join('\n')).toBe(true);
      else expect(messages).toEqual([]);
    }, LIMIT);
  }

  it('a type-only cycle (test/fixtures/architecture/cycle) fails the cycle rule', () => {
    const { status, output } = run('dependency-cruiser/bin/dependency-cruise.mjs', ['test/fixtures/architecture', '--config', '.dependency-cruiser.cjs', '--exclude', '^node_modules/']);
    expect(output).toMatch(/no-cycle: test\/fixtures\/architecture\/cycle\/(a|b)\.ts/);
    expect(status).not.toBe(0);
  }, LIMIT);
});
