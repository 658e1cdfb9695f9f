// A burst of changes with debounce 0 (a fast client, a formatter, a paste storm) costs about one check:
// through the real server over stdio, the server handles every change it has read before it starts a
// check, and a check for a version that is already superseded is dropped. What the server did is read
// from the `checks` counts of its `prfaq/stats` notification; no timing is asserted (latencies printed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { generatePrfaq } from '../../bench/generate';
import { WORKER_THRESHOLD_CHARS } from '../../server/src/lsp/checkRunner';
import { STATS_NOTIFICATION, type StatsParams } from '../../server/src/protocol';
import { LspClient, removeTempDirs, tempUri } from './harness';

let client: LspClient;
beforeAll(async () => {
  client = await LspClient.start({ configuration: () => ({ debounceMs: 0 }) });
});
afterAll(async () => {
  await client.stop();
  removeTempDirs();
});

const statsFor = (uri: string, version: number) => client.waitFor<StatsParams>(STATS_NOTIFICATION, (s) => s.uri === uri && s.version === version, 60000);

/** The `i`-th keystroke of a writer typing into a body line: a letter, every tenth a backspace. */
function keystroke(text: string, i: number): TextDocumentContentChangeEvent {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('SEATTLE'));
  const character = 40 + (i % 40);
  return i % 10 === 9
    ? { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' }
    : { range: { start: { line, character }, end: { line, character } }, text: 'x' };
}

/** Sends `count` changes in one write (see LspClient.burst); returns the first and last version. */
function burst(uri: string, text: string, count: number, during?: (i: number) => void): { first: number; last: number } {
  let first = 0;
  let last = 0;
  client.burst(() => {
    for (let i = 0; i < count; i++) {
      last = client.change(uri, [keystroke(text, i)]);
      first ||= last;
      during?.(i);
    }
  });
  return { first, last };
}

function publishedBetween(uri: string, first: number, last: number): number[] {
  return client
    .published(uri)
    .map((p) => p.version!)
    .filter((v) => v >= first && v < last);
}

describe('a burst of 1,000 changes with debounce 0', () => {
  it('checks once, for the final version, on the main thread (six pages)', async () => {
    const { uri } = tempUri('burst.prfaq.md');
    const text = generatePrfaq(6);
    client.open(uri, text);
    const opened = await statsFor(uri, 1);
    expect(opened.checks).toEqual({ finished: 1, dropped: 0 });

    const started = performance.now();
    const { first, last } = burst(uri, text, 1000);
    const final = await client.diagnostics(uri, last, undefined);
    const settled = performance.now() - started;
    const stats = await statsFor(uri, last);

    expect(final.diagnostics.length).toBeGreaterThan(0);
    expect(stats.checks!.finished - opened.checks!.finished).toBe(1);
    expect(publishedBetween(uri, first, last)).toEqual([]);
    console.info(`burst, 6 pages: final diagnostics ${settled.toFixed(0)} ms after the burst was sent; checks ${JSON.stringify(stats.checks)}`);
  }, 60000);

  it('answers hovers during the burst and still publishes only the final version', async () => {
    const { uri } = tempUri('burst-hover.prfaq.md');
    const text = generatePrfaq(6);
    client.open(uri, text);
    await statsFor(uri, 1);
    const hovers: Array<Promise<number>> = [];
    // On an FAQ question: hover tells whether it is answered.
    const hoverAt = { textDocument: { uri }, position: { line: text.split('\n').findIndex((l) => l.startsWith('### ')), character: 6 } };
    const { first, last } = burst(uri, text, 1000, (i) => {
      if (i % 100 !== 50) return;
      const asked = performance.now();
      hovers.push(client.request<Hover | null>('textDocument/hover', hoverAt).then((h) => (expect(h).not.toBeNull(), performance.now() - asked)));
    });
    const latencies = await Promise.all(hovers);
    const final = await client.diagnostics(uri, last);
    const stats = await statsFor(uri, last);

    expect(latencies).toHaveLength(10);
    expect(final.diagnostics.length).toBeGreaterThan(0);
    expect(publishedBetween(uri, first, last)).toEqual([]);
    latencies.sort((a, b) => a - b);
    console.info(`burst with hovers: hover median ${latencies[5].toFixed(0)} ms, max ${latencies[9].toFixed(0)} ms; checks ${JSON.stringify(stats.checks)}`);
  }, 60000);

  it('drops the worker thread’s check of a superseded version (a large document)', async () => {
    const { uri } = tempUri('burst-large.prfaq.md');
    const text = generatePrfaq(20);
    expect(text.length).toBeGreaterThan(WORKER_THRESHOLD_CHARS);
    client.open(uri, text);
    const opened = await statsFor(uri, 1);
    const { first, last } = burst(uri, text, 1000);
    const final = await client.diagnostics(uri, last, undefined);
    const stats = await statsFor(uri, last);

    expect(final.diagnostics.length).toBeGreaterThan(0);
    expect(publishedBetween(uri, first, last)).toEqual([]);
    // The worker may have started a check of an early version before the rest of the burst was read;
    // then it was dropped, not finished: one check of the burst finished.
    expect(stats.checks!.finished - opened.checks!.finished).toBe(1);
    console.info(`burst, 20 pages (worker): checks ${JSON.stringify(stats.checks)}`);
  }, 120000);
});
