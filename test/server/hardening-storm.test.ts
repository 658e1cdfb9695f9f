// Edit storm against the real server over stdio: 1,000 didChange notifications within about a second on a
// six-page PR/FAQ, hovers during the storm, diagnostics for the final version after it. Latency and the
// server's memory are measured and printed (no timing assertion: the machine running the tests varies).
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { check } from '../../server/src/core/check';
import { fixtureText, LspClient, removeTempDirs, tempUri } from './harness';

const FAQ = [
  'Notes costs $4 per user per month, with a free plan for teams of up to five people, billed monthly.',
  'Summaries are written on the device and sent when the connection returns, so nothing is lost on a plane.',
  'Owners get a reminder a day before each decision is due, and the summary links to the recording.',
];

/** The server fixture grown with FAQ entries to about six pages (3,000 words). */
function sixPageDocument(): string {
  let text = fixtureText('launch.prfaq.md').trimEnd() + '\n';
  for (let i = 0; text.split(/\s+/).length < 3000; i++) text += `\n### Question number ${i} about notes?\n\n${FAQ[i % FAQ.length]} ${FAQ[(i + 1) % FAQ.length]}\n`;
  return text;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let client: LspClient | undefined;
afterAll(async () => {
  await client?.stop();
  removeTempDirs();
});

describe('edit storm', () => {
  it('answers every hover sent during 1,000 changes, and its last diagnostics are those of the final text', async () => {
    client = await LspClient.start();
    const pid = (client as unknown as { process: ChildProcess }).process.pid!;
    const { uri } = tempUri('storm.prfaq.md');
    const text = sixPageDocument();
    client.open(uri, text);
    await client.diagnostics(uri, 1);
    const baseline = rssMb(pid);
    const quietAsked = performance.now();
    await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } });
    const quiet = performance.now() - quietAsked;

    const hoverAt = { textDocument: { uri }, position: { line: 2, character: 4 } };
    const latencies: number[] = [];
    const hovers: Array<Promise<Hover | null>> = [];
    let peak = baseline;
    const started = performance.now();
    const line = text.split('\n').findIndex((l) => l.startsWith('Teams spend'));
    let version = 1;
    for (let i = 0; i < 1000; i++) {
      // Typing: one character at a time into the Problem paragraph, every tenth keystroke a backspace.
      const character = 20 + (i % 40);
      const change = i % 10 === 9
        ? { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' }
        : { range: { start: { line, character }, end: { line, character } }, text: 'x' };
      version = client.change(uri, [change]);
      if (i % 100 === 50) {
        const asked = performance.now();
        hovers.push(client.request<Hover | null>('textDocument/hover', hoverAt).then((h) => {
          latencies.push(performance.now() - asked);
          return h;
        }));
      }
      // Spread the storm over about a second: 20 notifications per macrotask.
      if (i % 20 === 19) {
        await nextTick();
        if (i % 200 === 199) peak = Math.max(peak, rssMb(pid));
      }
    }
    const sent = performance.now() - started;
    const answered = await Promise.all(hovers);
    const final = await client.diagnostics(uri, version);
    const settled = rssMb(pid);

    expect(answered).toHaveLength(10);
    for (const hover of answered) expect(hover).not.toBeNull();
    expect(final.version).toBe(version);
    // The last publish is for the text after all 1,000 changes: the same findings as a check of that text.
    const finalText = client.document(uri).getText();
    expect(finalText).not.toBe(text);
    const asPublished = (d: { range: { start: { line: number; character: number } }; code?: unknown }) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`;
    expect(final.diagnostics.map(asPublished).sort()).toEqual(
      check(finalText).findings.map((f) => asPublished({ range: { start: { line: f.range.start.line - 1, character: f.range.start.column - 1 } }, code: f.ruleId })).sort(),
    );
    expect(client.published(uri).at(-1)).toBe(final);
    const afterAsked = performance.now();
    const hoverAfter = await client.request<Hover | null>('textDocument/hover', hoverAt);
    const after = performance.now() - afterAsked;
    expect(hoverAfter).not.toBeNull();

    console.info(
      `edit storm: 1,000 changes sent in ${sent.toFixed(0)} ms; hover latency during the storm max ${Math.max(...latencies).toFixed(0)} ms, ` +
        `median ${latencies.sort((a, b) => a - b)[latencies.length >> 1].toFixed(0)} ms (before the storm ${quiet.toFixed(0)} ms, after it ${after.toFixed(0)} ms); ` +
        `server RSS baseline ${baseline.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, after the storm ${settled.toFixed(0)} MB`,
    );
  }, 60000);
});
