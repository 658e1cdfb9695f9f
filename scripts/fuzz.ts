// npm run fuzz: the hardening properties for minutes instead of seconds, and the hostile sizes
// (10,000-deep nesting, a 100,000-row table, a 5 MB line, a 20 MB document) with time per MB and peak RSS.
// FUZZ_RUNS sets the number of random documents (default 3000; 0 skips them), FUZZ_ONLY picks sized cases by name. A failing input is written to
// test/fixtures/regressions/, where `npm test` checks it from then on.
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../server/src/core/check';
import { checkProperties, documentArb, REGRESSIONS, seedDocuments } from '../test/unit/hardening/fuzzing';
import { backtrackingDocuments, hostileBodies } from '../test/unit/hardening/hostile';

const runs = Number(process.env.FUZZ_RUNS ?? 3000);
const seeds = seedDocuments();
let failed = false;

function saveRegression(text: string, error: unknown): void {
  mkdirSync(REGRESSIONS, { recursive: true });
  const file = join(REGRESSIONS, `fuzz-${createHash('sha1').update(text).digest('hex').slice(0, 10)}.md`);
  writeFileSync(file, text);
  console.error(`FAILED: ${String(error).split('\n')[0]}\n  input saved to ${file}`);
  failed = true;
}

function property(name: string, arb: fc.Arbitrary<[string, string | undefined]>, numRuns: number): void {
  const started = performance.now();
  const result = fc.check(fc.property(arb, ([text, previous]) => checkProperties(text, previous)), { numRuns });
  if (result.failed && result.counterexample) saveRegression(result.counterexample[0][0], result.errorInstance);
  console.log(`${name}: ${result.numRuns} cases, ${result.failed ? 'FAILED' : 'ok'} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function timeCheck(name: string, text: string): number {
  const started = performance.now();
  let findings = 0;
  try {
    const result = check(text);
    findings = result.findings.length;
    for (const f of result.findings) {
      if (f.range.start.offset < 0 || f.range.end.offset > text.length) throw new Error(`${f.ruleId} outside the document`);
    }
  } catch (error) {
    saveRegression(text, error);
  }
  const ms = performance.now() - started;
  const mb = text.length / 1e6;
  const perMb = ms / Math.max(mb, 0.001);
  console.log(`${name.padEnd(34)} ${mb.toFixed(2).padStart(6)} MB ${(ms / 1000).toFixed(2).padStart(7)} s ${(perMb / 1000).toFixed(2).padStart(6)} s/MB  ${String(findings).padStart(7)} findings  peak RSS ${peakRssMb().toFixed(0)} MB`);
  return perMb;
}

if (runs > 0) property('mutated fixtures and hostile Unicode', documentArb(seeds).map((t) => [t, undefined] as [string, undefined]), runs);
if (runs > 0) property('incremental after hostile edits', fc.tuple(documentArb(seeds), documentArb(seeds)).map(([a, b]) => [b, a] as [string, string]), Math.ceil(runs / 5));

let worst = { name: '', perMb: 0 };
const frame = (body: string) => `# Acme Rockets\n\nSEATTLE – May 1, 2027 – Acme today launched rockets.\n\n${body}\n\n## Problem\n\nToday it is hard.\n`;
const cases: Array<[string, string]> = Object.entries(hostileBodies('fuzz')).map(([name, body]) => [name, frame(body)]);
cases.push(...Object.entries(backtrackingDocuments('fuzz')));
let twenty = '';
for (let i = 0; twenty.length < 20e6; i++) twenty += seeds[i % seeds.length] + '\n\n';
// Without link or footnote definitions the document is parsed block-wise; with one it is parsed whole.
const plainSeeds = seeds.filter((s) => !s.includes(']:'));
let plain = '';
for (let i = 0; plain.length < 20e6; i++) plain += plainSeeds[i % plainSeeds.length] + '\n\n';
cases.push(['a 20 MB document, no definitions', plain]);
cases.push(['a 20 MB document with definitions', twenty]);
// FUZZ_ONLY=20 runs only the cases whose name holds "20".
for (const [name, text] of cases.filter(([name]) => name.includes(process.env.FUZZ_ONLY ?? ''))) {
  const perMb = timeCheck(name, text);
  if (text.length >= 1e5 && perMb > worst.perMb) worst = { name, perMb };
}
console.log(`worst time per MB (inputs of 0.1 MB and more): ${(worst.perMb / 1000).toFixed(2)} s/MB (${worst.name}); peak RSS ${peakRssMb().toFixed(0)} MB`);
process.exit(failed ? 1 : 0);
