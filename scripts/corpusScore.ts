// Scores the checker on a folder of real PR/FAQs with a key (../shared/corpus: expected.json and
// score.mjs beside it), overall and per language, and lists every `missing-section` finding for a part
// the key says is present. Used by `npm run corpus` and test/unit/corpus.test.ts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from '../server/src/core/check';
import { fileJson } from '../server/src/cli/formats/json';
import type { CheckResult } from '../server/src/core/types';

export interface KeyEntry {
  lang?: string;
  present?: string[];
  missing?: string[];
}

export interface Agreement {
  percent: number;
  ok: number;
  total: number;
}

export interface CorpusScore {
  overall: Agreement;
  byLanguage: Record<string, Agreement>;
  /** What the scorer counted as disagreements, "file: what". */
  misses: string[];
  /** `missing-section` findings for parts the key lists as present, "file: part". */
  falseMissing: string[];
  /** `missing-section` findings in all. */
  missingFindings: number;
  /** Per file and part: was it reported missing, and what does the key say. */
  perPart: { file: string; part: string; reported: boolean; key: 'present' | 'missing' | null }[];
}

export const CORPUS_DIR = process.env.PRFAQ_CORPUS ?? path.resolve(__dirname, '../../shared/corpus');

/** The key's documents: every entry of expected.json (not its `_note`). */
export function readKey(dir: string, keyFile = path.join(dir, 'expected.json')): Record<string, KeyEntry> {
  const key = JSON.parse(fs.readFileSync(keyFile, 'utf8')) as Record<string, KeyEntry>;
  return Object.fromEntries(Object.entries(key).filter(([name]) => !name.startsWith('_')));
}

function agreement(output: string): Agreement {
  const m = /agreement (\d+)% \((\d+)\/(\d+)\)/.exec(output);
  if (!m) throw new Error(`the scorer printed no agreement line:\n${output}`);
  return { percent: (100 * Number(m[2])) / Number(m[3]), ok: Number(m[2]), total: Number(m[3]) };
}

/** Runs score.mjs (beside the key) on the check output of the key's documents. */
export function scoreCorpus(dir = CORPUS_DIR, keyFile = path.join(dir, 'expected.json'), scorer = path.join(CORPUS_DIR, 'score.mjs')): CorpusScore {
  const key = readKey(dir, keyFile);
  const results = new Map<string, CheckResult>();
  for (const name of Object.keys(key)) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) results.set(name, check(fs.readFileSync(file, 'utf8')));
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-corpus-'));
  try {
    const out = path.join(tmp, 'check.json');
    fs.writeFileSync(out, JSON.stringify({ version: 1, files: [...results].map(([name, result]) => fileJson({ path: path.join(dir, name), result } as never)) }));
    const run = (k: string, extra: string[] = []) => {
      try {
        return execFileSync(process.execPath, [scorer, out, k, '--min', '0', ...extra], { encoding: 'utf8' });
      } catch (e) {
        return String((e as { stdout?: string }).stdout ?? e);
      }
    };
    const all = run(keyFile, ['-v']);
    const byLanguage: Record<string, Agreement> = {};
    const languages = new Set(Object.values(key).map((e) => e.lang ?? 'en'));
    for (const lang of languages) {
      const part = path.join(tmp, `key-${lang}.json`);
      fs.writeFileSync(part, JSON.stringify(Object.fromEntries(Object.entries(key).filter(([, e]) => (e.lang ?? 'en') === lang))));
      byLanguage[lang] = agreement(run(part));
    }
    const falseMissing: string[] = [];
    const perPart: CorpusScore['perPart'] = [];
    let missingFindings = 0;
    for (const [name, result] of results) {
      const e = key[name];
      const reported = new Set<string>(result.findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.section!));
      missingFindings += reported.size;
      for (const part of reported) if (e.present?.includes(part)) falseMissing.push(`${name}: ${part}`);
      for (const part of new Set([...(e.present ?? []), ...(e.missing ?? []), ...reported])) {
        if (part === 'dateline') continue;
        perPart.push({ file: name, part, reported: reported.has(part), key: e.present?.includes(part) ? 'present' : e.missing?.includes(part) ? 'missing' : null });
      }
    }
    const misses = all.split('\n').filter((l) => l.trim().startsWith('miss:')).map((l) => l.trim().slice('miss: '.length));
    return { overall: agreement(all), byLanguage, misses, falseMissing, missingFindings, perPart };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Precision and recall of `missing-section` per part, against the key's present/missing calls. */
export function missingPrecisionRecall(score: CorpusScore): { part: string; reported: number; correct: number; keyMissing: number; precision: number; recall: number }[] {
  const parts = [...new Set(score.perPart.map((p) => p.part))].sort();
  return parts.map((part) => {
    const rows = score.perPart.filter((p) => p.part === part);
    const reported = rows.filter((r) => r.reported && r.key !== null).length;
    const correct = rows.filter((r) => r.reported && r.key === 'missing').length;
    const keyMissing = rows.filter((r) => r.key === 'missing').length;
    return { part, reported, correct, keyMissing, precision: reported ? correct / reported : 1, recall: keyMissing ? correct / keyMissing : 1 };
  });
}
