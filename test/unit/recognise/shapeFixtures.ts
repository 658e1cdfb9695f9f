// Reads the recogniser's acceptance fixtures: test/fixtures/shapes/<shape>-<variant>.md, each with a
// <same-name>.expect.json saying what a careful reader finds in it (see test/fixtures/shapes/README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../../server/src/core/check';
import { SECTION_IDS, type SectionId, type UserConfig } from '../../../server/src/core/types';
import type { ConfigLayer } from '../../../server/src/core/config';

export const SHAPES_DIR = join(__dirname, '../../fixtures/shapes');

/** A part id as the expectations name it: a section id, or `dateline` (the summary opens with a dateline). */
export type ExpectedPart = SectionId | 'dateline';
export const EXPECTED_PARTS: readonly ExpectedPart[] = [...SECTION_IDS, 'dateline'];

export interface ShapeExpectation {
  /** Parts a careful reader says are there. */
  present: ExpectedPart[];
  /** Parts that are clearly not there. Judgement calls are in neither list. */
  missing: ExpectedPart[];
  /** Number of FAQ questions a reader counts in each part. */
  faq: { external: number; internal: number };
  /** The release's word count must not exceed this (guards against FAQ text counted as release). */
  prWordsMax?: number;
  /** Every part is present: no missing-section finding at all. */
  complete?: boolean;
  /** For some parts, a snippet of the line the part must cover (its section's range includes that line). */
  lines?: Partial<Record<SectionId, string>>;
  notes: string;
}

export interface ShapeFixture {
  name: string;
  path: string;
  text: string;
  expect: ShapeExpectation;
}

export function shapeFixtures(): ShapeFixture[] {
  if (!existsSync(SHAPES_DIR)) return [];
  return readdirSync(SHAPES_DIR)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((name) => {
      const path = join(SHAPES_DIR, name);
      const expectPath = path.replace(/\.md$/, '.expect.json');
      return {
        name,
        path,
        text: readFileSync(path, 'utf8'),
        expect: JSON.parse(readFileSync(expectPath, 'utf8')) as ShapeExpectation,
      };
    });
}

/** Every section required, so that a missing part is always reported (independent of the default list). */
export const ALL_REQUIRED: ConfigLayer = { source: 'settings', value: { requiredSections: [...SECTION_IDS] } satisfies UserConfig };

/** 1-based line of the first occurrence of `snippet` in `text`, or 0 when it does not occur. */
export function lineOf(text: string, snippet: string): number {
  const offset = text.indexOf(snippet);
  if (offset < 0) return 0;
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}

/** Everything the fixture's expectations say that the checker's answer contradicts, one line per part. */
export function disagreements({ text, expect: want }: ShapeFixture): string[] {
  const result = check(text, { settings: ALL_REQUIRED });
  const { model, findings } = result;
  const recognised = new Set<SectionId>(model.sections.map((s) => s.id));
  const reported = new Map<string, string>();
  for (const f of findings) if (f.ruleId === 'missing-section' && f.section) reported.set(f.section, f.message);
  const dateline = findings.find((f) => f.ruleId === 'dateline');
  const problems: string[] = [];

  for (const part of want.present) {
    if (part === 'dateline') {
      if (!recognised.has('summary')) problems.push('dateline: expected a dated summary, but no summary was recognised');
      if (dateline) problems.push(`dateline: the summary has a dateline, but the dateline rule says "${dateline.message}"`);
      continue;
    }
    if (!recognised.has(part)) problems.push(`${part}: present in the document, but not among the recognised sections`);
    if (reported.has(part)) problems.push(`${part}: present in the document, but reported "${reported.get(part)}"`);
  }
  for (const part of want.missing) {
    if (part === 'dateline') {
      if (!dateline) problems.push('dateline: the summary has no dateline, but the dateline rule reports nothing');
      continue;
    }
    if (recognised.has(part)) problems.push(`${part}: not in the document, but recognised as a section`);
    if (!reported.has(part)) problems.push(`${part}: not in the document, but no missing-section finding reports it`);
  }
  for (const [part, snippet] of Object.entries(want.lines ?? {}) as [SectionId, string][]) {
    const line = lineOf(text, snippet);
    const sections = model.sections.filter((s) => s.id === part);
    if (sections.length === 0) continue; // already reported above as not recognised
    if (!sections.some((s) => s.range.start.line <= line && line <= s.range.end.line)) {
      const where = sections.map((s) => `lines ${s.range.start.line}-${s.range.end.line}`).join(', ');
      problems.push(`${part}: recognised at ${where}, but the part is the text on line ${line} ("${snippet}")`);
    }
  }
  const external = model.faq.external.length;
  const internal = model.faq.internal.length;
  if (external !== want.faq.external) problems.push(`external-faq: ${want.faq.external} questions in the document, ${external} counted`);
  if (internal !== want.faq.internal) problems.push(`internal-faq: ${want.faq.internal} questions in the document, ${internal} counted`);
  if (want.prWordsMax !== undefined && model.words.pressRelease > want.prWordsMax) {
    problems.push(`press release: at most ${want.prWordsMax} words, but counted ${model.words.pressRelease} (FAQ or other text counted as release?)`);
  }
  if (want.complete) {
    const any = findings.filter((f) => f.ruleId === 'missing-section');
    if (any.length) problems.push(`complete document, but ${any.length} missing-section finding(s): ${any.map((f) => f.section ?? f.message).join(', ')}`);
  }
  return problems;
}
