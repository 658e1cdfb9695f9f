// `npm run corpus`: runs the checker over ../shared/corpus (real PR/FAQs written by others) and prints,
// per document, the sections found and missing, FAQ counts, words and findings, next to what
// EXPECTED.md says. Skips cleanly when the corpus is absent (a fresh clone has no ../shared).
import fs from 'node:fs';
import path from 'node:path';
import { check } from '../server/src/core/check';
import { SECTION_IDS } from '../server/src/core/types';

const dir = process.env.PRFAQ_CORPUS ?? path.resolve(__dirname, '../../shared/corpus');
if (!fs.existsSync(dir)) {
  console.log(`corpus: ${dir} not found; skipping.`);
  process.exit(0);
}
const expected = fs.existsSync(path.join(dir, 'EXPECTED.md')) ? fs.readFileSync(path.join(dir, 'EXPECTED.md'), 'utf8') : '';
const only = process.argv[2];
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
