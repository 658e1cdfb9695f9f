import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckRunner, WORKER_THRESHOLD_CHARS } from '../../server/src/lsp/checkRunner';
import { check } from '../../server/src/core/check';
import { parseMarkdown } from '../../server/src/core/parse';
import { generatePrfaq } from '../../bench/generate';

// The check worker is the server's bundle started again; dist/ is built by `npm test` before the tests run.
const WORKER = path.join(__dirname, '..', '..', 'dist', 'server.js');
const big = generatePrfaq(17);
let runner: CheckRunner | undefined;
afterEach(() => runner?.dispose());

describe('CheckRunner', () => {
  it('checks a large document in the worker with the result of a full check, tree included', async () => {
    expect(big.length).toBeGreaterThan(WORKER_THRESHOLD_CHARS);
    runner = new CheckRunner(WORKER);
    const result = await runner.check('file:///big.prfaq.md', big, {});
    expect(runner.usesWorker).toBe(true);
    const full = check(big, { tree: parseMarkdown(big) });
    expect(result!.findings).toEqual(full.findings);
    expect(result!.model.sections).toEqual(full.model.sections);
    expect(result!.model.text).toBe(big);
    expect(result!.model.tree).toEqual(full.model.tree);
  });

  it('answers null for a version superseded before the worker got to it, and checks only the newest', async () => {
    runner = new CheckRunner(WORKER);
    const uri = 'file:///big.prfaq.md';
    const edited = big.replace('## Internal FAQ', '## Internal FAQ\n\nTBD');
    const first = runner.check(uri, big, {});
    const second = runner.check(uri, big + '\nmore\n', {});
    const third = runner.check(uri, edited, {});
    expect(await second).toBeNull();
    expect((await first)!.model.text).toBe(big);
    const newest = await third;
    expect(newest!.findings).toEqual(check(edited).findings);
  });

  it('stops a cancellable check in the worker when cancelled, and counts it as dropped', async () => {
    runner = new CheckRunner(WORKER);
    const uri = 'file:///big.prfaq.md';
    const edited = big.replace('## Internal FAQ', '## Internal FAQ\n\nTBD');
    const first = runner.check(uri, big, {}, true);
    runner.cancel(uri);
    const second = runner.check(uri, edited, {}, true);
    expect(await first).toBeNull();
    expect((await second)!.findings).toEqual(check(edited).findings);
    expect(runner.counts(uri)).toEqual({ finished: 1, dropped: 1 });
  });

  it('never cancels a check a request waits for', async () => {
    runner = new CheckRunner(WORKER);
    const uri = 'file:///big.prfaq.md';
    const asked = runner.check(uri, big, {});
    runner.cancel(uri);
    expect((await asked)!.model.text).toBe(big);
    expect(runner.counts(uri)).toEqual({ finished: 1, dropped: 0 });
  });

  it('drops a cancellable check on the main thread between its steps', async () => {
    runner = new CheckRunner(WORKER);
    const uri = 'file:///small.prfaq.md';
    const small = generatePrfaq(2);
    const first = runner.check(uri, small, {}, true);
    runner.cancel(uri);
    expect(await first).toBeNull();
    expect((await runner.check(uri, small, {}, true))!.findings).toEqual(check(small).findings);
    expect(runner.counts(uri)).toEqual({ finished: 1, dropped: 1 });
  });

  it('checks on the main thread when the worker file is missing', async () => {
    runner = new CheckRunner(path.join(__dirname, 'no-such-worker.js'));
    const result = await runner.check('file:///big.prfaq.md', big, {});
    expect(runner.usesWorker).toBe(false);
    expect(result!.findings).toEqual(check(big).findings);
  });
});
