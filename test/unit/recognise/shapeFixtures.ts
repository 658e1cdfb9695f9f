// Reads the recogniser's acceptance fixtures: test/fixtures/shapes/<shape>-<variant>.md, each with a
// <same-name>.expect.json saying what a careful reader finds in it (see test/fixtures/shapes/README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
