import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { precheckFiles, textDigest, MIN_FILES_FOR_WORKERS } from '../../server/src/node/pool';
import { check } from '../../server/src/core/check';
import { generatePrfaq } from '../../bench/generate';

// The check worker is the CLI's bundle started again; dist/ is built by `npm test` before the tests run.
const WORKER = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-pool-'));
const files = Array.from({ length: MIN_FILES_FOR_WORKERS }, (_, i) => {
  const file = path.join(dir, `doc-${i}.prfaq.md`);
  fs.writeFileSync(file, i === 3 ? '# Only a title\n\nTBD\n' : generatePrfaq(1, i + 1));
  return file;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('precheckFiles', () => {
  it('checks every file on worker threads with the results of a check on the main thread', async () => {
    const done = await precheckFiles(files, { maxBytes: 1 << 20, workers: 2, workerFile: WORKER });
    expect([...done.keys()].sort()).toEqual([...files].sort());
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const { result } = done.get(file)!;
      const here = check(text);
      expect(result.findings).toEqual(here.findings);
      expect(result.model.sections).toEqual(here.model.sections);
      expect(result.model.words).toEqual(here.model.words);
    }
    // Results travel without tree and text (bounded memory over huge globs); the digest names the text checked.
    const sample = done.get(files[5])!;
    expect(sample.digest).toBe(textDigest(fs.readFileSync(files[5], 'utf8')));
    expect('tree' in sample.result.model).toBe(false);
    expect('text' in sample.result.model).toBe(false);
  });

  it('leaves everything to the caller when workers would not pay or cannot start', async () => {
    expect((await precheckFiles(files.slice(0, 3), { maxBytes: 1 << 20, workers: 2, workerFile: WORKER })).size).toBe(0);
    expect((await precheckFiles(files, { maxBytes: 1 << 20, workers: 1, workerFile: WORKER })).size).toBe(0);
    expect((await precheckFiles(files, { maxBytes: 1 << 20, workers: 2, workerFile: path.join(dir, 'missing.js') })).size).toBe(0);
  });

  it('leaves out files it cannot read', async () => {
    const unreadable = path.join(dir, 'gone.prfaq.md');
    const done = await precheckFiles([...files, unreadable], { maxBytes: 1 << 20, workers: 2, workerFile: WORKER });
    expect(done.has(unreadable)).toBe(false);
    expect(done.size).toBe(files.length);
  });
});
