// `npm run style:compare`: the style rules' hand-written passive voice and readability next to the
// retext plugins (retext-english + retext-passive / retext-readability) on the same prose of
// ../shared/corpus: findings, agreement, time and bundle size. Skips cleanly when the corpus is absent.
import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import retextEnglish from 'retext-english';
import retextPassive from 'retext-passive';
import retextReadability from 'retext-readability';
import { buildModel } from '../server/src/core/recognise';
import { check } from '../server/src/core/check';
import { proseBlocks, type ProseBlock } from '../server/src/core/style/prose';
import type { PrfaqModel, Rule } from '../server/src/core/types';
import { defaultConfig } from '../server/src/core/config';
import { passiveVoice } from '../server/src/core/rules/passive-voice';
import { readability } from '../server/src/core/rules/readability';

const dir = process.env.PRFAQ_CORPUS ?? path.resolve(__dirname, '../../shared/corpus');
if (!fs.existsSync(dir)) {
  console.log(`style-compare: ${dir} not found; skipping.`);
  process.exit(0);
}
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && !/^[A-Z]+\.md$/.test(f)).sort();
const models = files.map((f) => buildModel(fs.readFileSync(path.join(dir, f), 'utf8')));
const releaseBlocks = (m: PrfaqModel) => proseBlocks(m).filter((b) => b.part === 'press-release' && b.kind === 'paragraph' && !b.quoted);

const passiveProcessor = unified().use(retextEnglish).use(retextPassive);
const readabilityProcessor = unified().use(retextEnglish).use(retextReadability, { age: 18 });

function retextHits(processor: typeof passiveProcessor, blocks: ProseBlock[]): number[] {
  const out: number[] = [];
  for (const b of blocks) {
    // No compiler: parse and run the plugins, then read their messages.
    const file = new VFile(b.masked);
    processor.runSync(processor.parse(file), file);
    for (const msg of file.messages) out.push(b.start + (msg.place && 'start' in msg.place ? (msg.place.start.offset ?? 0) : 0));
  }
  return out;
}

function ours(text: string, ruleId: string): number[] {
  return check(text).findings.filter((f) => f.ruleId === ruleId).map((f) => f.range.start.offset);
}

function timed<T>(fn: () => T, rounds = 5): { value: T; ms: number } {
  let value = fn();
  const start = performance.now();
  for (let i = 0; i < rounds; i++) value = fn();
  return { value, ms: (performance.now() - start) / rounds };
}

console.log('document'.padEnd(28), 'passive: ours retext both', ' | readability: ours (units) retext (sentences)');
let totals = [0, 0, 0, 0, 0];
models.forEach((m, i) => {
  const oursPassive = ours(m.text, 'passive-voice');
  const theirs = retextHits(passiveProcessor, releaseBlocks(m));
  const both = oursPassive.filter((o) => theirs.some((t) => Math.abs(t - o) < 12)).length;
  const oursRead = ours(m.text, 'readability').length;
  const theirsRead = retextHits(readabilityProcessor, proseBlocks(m).filter((b) => b.kind === 'paragraph' && b.part !== 'other')).length;
  totals = totals.map((t, k) => t + [oursPassive.length, theirs.length, both, oursRead, theirsRead][k]);
  console.log(files[i].padEnd(28), String(oursPassive.length).padStart(13), String(theirs.length).padStart(6), String(both).padStart(4), ' |', String(oursRead).padStart(18), String(theirsRead).padStart(8));
});
console.log('total'.padEnd(28), String(totals[0]).padStart(13), String(totals[1]).padStart(6), String(totals[2]).padStart(4), ' |', String(totals[3]).padStart(18), String(totals[4]).padStart(8));

const all = () => models.flatMap((m) => releaseBlocks(m));
const prose = () => models.flatMap((m) => proseBlocks(m).filter((b) => b.kind === 'paragraph' && b.part !== 'other'));
const t1 = timed(() => retextHits(passiveProcessor, all()));
const t2 = timed(() => retextHits(readabilityProcessor, prose()));
const config = defaultConfig();
// A shallow copy is a new cache key, so the prose extraction is timed too (retext parses its input as well).
const runRule = (rule: Rule) => () => models.map((m) => rule.check({ model: { ...m }, config, options: config.rules[rule.id].options, report: () => {} })).length;
const t3 = timed(runRule(passiveVoice));
const t4 = timed(runRule(readability));
console.log(`\ntime per corpus pass: retext-passive ${t1.ms.toFixed(1)} ms vs passive-voice ${t3.ms.toFixed(1)} ms; retext-readability ${t2.ms.toFixed(1)} ms vs readability ${t4.ms.toFixed(1)} ms (models built beforehand; ours include extracting the prose)`);

// Bundle cost of each choice, measured the way esbuild.mjs bundles the server (unminified, node, cjs).
async function bundleBytes(source: string): Promise<number> {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({ stdin: { contents: source, resolveDir: path.resolve(__dirname, '..'), loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' });
  return out.outputFiles[0].contents.length;
}
void (async () => {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const syllableOnly = await bundleBytes("import { syllable } from 'syllable'; console.log(syllable('x'));");
  const unifiedOnly = await bundleBytes("import { unified } from 'unified'; console.log(unified);");
  const retext = await bundleBytes("import { unified } from 'unified'; import e from 'retext-english'; import p from 'retext-passive'; import r from 'retext-readability'; console.log(unified().use(e).use(p).use(r));");
  console.log(`bundle: syllable ${kb(syllableOnly)}; retext-english + retext-passive + retext-readability ${kb(retext - unifiedOnly)} on top of unified (already in the server)`);
})();

if (process.env.SHOW) {
  for (const m of models) {
    for (const b of releaseBlocks(m)) {
      const file = new VFile(b.masked);
      passiveProcessor.runSync(passiveProcessor.parse(file), file);
      for (const msg of file.messages) console.log('retext-passive:', msg.reason, '|', b.masked.slice(Math.max(0, (msg.place as { start: { offset: number } }).start.offset - 20), (msg.place as { start: { offset: number } }).start.offset + 30).replace(/\s+/g, ' '));
    }
  }
}
