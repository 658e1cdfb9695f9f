// `npm run corpus`: the checker on real PR/FAQs written by others (../shared/corpus, or `--dir DIR` with
// an expected.json of the same form): the scorer's agreement with the key overall and per language,
// every `missing-section` finding for a part the key says is present, and precision and recall of
// `missing-section` per part. `--docs [NAME]` also prints what was found in each document.
// Skips cleanly when the corpus is absent (a fresh clone has no ../shared).
import fs from 'node:fs';
import path from 'node:path';
import { check } from '../server/src/core/check';
import { SECTION_IDS } from '../server/src/core/types';
import { CORPUS_DIR, missingPrecisionRecall, scoreCorpus } from './corpusScore';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? path.resolve(args[dirAt + 1]) : CORPUS_DIR;
if (!fs.existsSync(path.join(dir, 'expected.json')) || !fs.existsSync(path.join(CORPUS_DIR, 'score.mjs'))) {
  console.log(`corpus: ${dir} (expected.json) or ${CORPUS_DIR}/score.mjs not found; skipping.`);
  process.exit(0);
}
const score = scoreCorpus(dir);
const pct = (a: { percent: number; ok: number; total: number }) => `${a.percent.toFixed(1)}% (${a.ok}/${a.total})`;
console.log(`${dir}
agreement ${pct(score.overall)}`);
for (const [lang, a] of Object.entries(score.byLanguage)) console.log(`  ${lang}: ${pct(a)}`);
console.log(`missing-section findings: ${score.missingFindings}, for a part the key says is present: ${score.falseMissing.length}`);
for (const f of score.falseMissing) console.log(`  false missing: ${f}`);
console.log('missing-section per part (precision = reported and missing in the key / reported where the key decides; recall = of the parts the key says are missing):');
for (const r of missingPrecisionRecall(score)) console.log(`  ${r.part.padEnd(15)} reported ${String(r.reported).padStart(3)}, correct ${String(r.correct).padStart(3)}, key missing ${String(r.keyMissing).padStart(3)} · precision ${(100 * r.precision).toFixed(0)}% recall ${(100 * r.recall).toFixed(0)}%`);
if (args.includes('-v')) for (const m of score.misses) console.log(`  miss: ${m}`);
if (!args.includes('--docs')) process.exit(0);
const expected = fs.existsSync(path.join(dir, 'EXPECTED.md')) ? fs.readFileSync(path.join(dir, 'EXPECTED.md'), 'utf8') : '';
const only = args[args.indexOf('--docs') + 1]?.startsWith('-') ? undefined : args[args.indexOf('--docs') + 1];
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'EXPECTED.md' && f !== 'README.md').sort()) {
  if (only && !file.includes(only)) continue;
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const { model, findings, pages } = check(text);
  const found = model.sections.map((s) => `${s.id}${s.source === 'inferred' ? '*' : ''}${s.empty ? '(empty)' : ''}@${s.range.start.line}-${s.range.end.line}:${s.words}w`);
  const missing = SECTION_IDS.filter((id) => !model.sections.some((s) => s.id === id));
  console.log(`\n=== ${file}`);
  console.log(`  sections: ${found.join(', ') || '(none)'}`);
  console.log(`  missing:  ${missing.join(', ') || '(none)'}`);
  const q = (list: typeof model.faq.external) => `${list.length} (${list.filter((e) => !e.answered).length} unanswered)`;
  console.log(`  faq: external ${q(model.faq.external)}, internal ${q(model.faq.internal)}`);
  for (const e of [...model.faq.external, ...model.faq.internal]) console.log(`    ${e.kind[0]} L${e.range.start.line} [${e.format}] ${e.answered ? ' ' : '✗'} ${e.question.slice(0, 70)}`);
  const w = model.words;
  console.log(`  words: PR ${w.pressRelease}, FAQ ${w.faq} (ext ${w.externalFaq}, int ${w.internalFaq}), total ${w.total} (code ${w.code}); pages ${pages.total.toFixed(1)}; lang ${model.lang}`);
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  console.log(`  findings: ${[...byRule].map(([r, n]) => `${r}×${n}`).join(', ') || '(none)'}`);
  for (const f of findings.filter((f) => f.ruleId !== 'missing-section')) console.log(`    L${f.range.start.line} ${f.severity} ${f.ruleId}: ${f.message.slice(0, 110)}`);
  const section = expected.split(/\n## /).find((s) => s.startsWith(file));
  if (section && process.env.SHOW_EXPECTED) console.log('  expected:\n' + section.split('\n').slice(1).map((l) => '    | ' + l).join('\n'));
}
