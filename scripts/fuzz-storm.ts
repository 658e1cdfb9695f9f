// Part of `npm run fuzz`: the edit storm of test/server/hardening-storm.test.ts paced over one real second,
// with the figures the test does not assert: hover latency during the storm, and the server's RSS before,
// at its peak, once diagnostics for the final version arrive, and after 2 s and 10 s of quiet.
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import type { Hover } from 'vscode-languageserver-protocol';
import { fixtureText, LspClient, removeTempDirs, tempUri } from '../test/server/harness';

const FAQ = 'Notes costs $4 per user per month, with a free plan for teams of up to five people, billed monthly.';
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  let text = fixtureText('launch.prfaq.md').trimEnd() + '\n';
  for (let i = 0; text.split(/\s+/).length < 3000; i++) text += `\n### Question number ${i} about notes?\n\n${FAQ} ${FAQ}\n`;
  const client = await LspClient.start();
  const pid = (client as unknown as { process: ChildProcess }).process.pid!;
  const { uri } = tempUri('storm.prfaq.md');
  client.open(uri, text);
  await client.diagnostics(uri, 1);
  await wait(1000);
  const baseline = rssMb(pid);
  let version = 1;
  for (let round = 1; round <= Number(process.env.STORM_ROUNDS ?? 3); round++) version = await storm(client, pid, uri, text, version, baseline, round);
  await client.stop();
  removeTempDirs();
}

async function storm(client: LspClient, pid: number, uri: string, text: string, version: number, baseline: number, round: number): Promise<number> {
  const line = text.split('\n').findIndex((l) => l.startsWith('Teams spend'));
  const latencies: number[] = [];
  const hovers: Promise<unknown>[] = [];
  let peak = baseline;
  const started = performance.now();
  for (let tick = 0; tick < 20; tick++) {
    for (let k = 0; k < 50; k++) {
      const character = 20 + ((tick * 50 + k) % 40);
      version = client.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }]);
    }
    if (tick % 2 === 0) {
      const asked = performance.now();
      hovers.push(client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } }).then(() => latencies.push(performance.now() - asked)));
    }
    peak = Math.max(peak, rssMb(pid));
    await wait(Math.max(0, started + (tick + 1) * 50 - performance.now()));
  }
  const sent = performance.now() - started;
  await Promise.all(hovers);
  await client.diagnostics(uri, version, () => true);
  const settled = performance.now() - started;
  const atFinal = rssMb(pid);
  await wait(2000);
  const after2 = rssMb(pid);
  await wait(8000);
  const after10 = rssMb(pid);
  latencies.sort((a, b) => a - b);
  console.log(`round ${round}: edit storm: 1,000 changes over ${sent.toFixed(0)} ms; final diagnostics ${settled.toFixed(0)} ms after the first change`);
  console.log(`hover during the storm: ${latencies.length} answered, median ${latencies[latencies.length >> 1].toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms`);
  console.log(`server RSS: baseline ${baseline.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, at final diagnostics ${atFinal.toFixed(0)} MB, +2 s ${after2.toFixed(0)} MB, +10 s ${after10.toFixed(0)} MB`);
  return version;
}

void main();
