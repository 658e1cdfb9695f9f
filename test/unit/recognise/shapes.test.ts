// Acceptance tests for the recogniser: the document shapes real PR/FAQs take (the list), in
// English and other languages, each a fixture under test/fixtures/shapes with what a careful reader finds
// in it. Written from the reader's side, not from the implementation: every part listed present must be
// recognised and not reported missing; every part listed missing must be reported and not recognised.
import { describe, expect, it } from 'vitest';
import { check } from '../../../server/src/core/check';
import { SECTION_IDS, type SectionId } from '../../../server/src/core/types';
import { ALL_REQUIRED, EXPECTED_PARTS, lineOf, shapeFixtures, type ShapeFixture } from './shapeFixtures';

const fixtures = shapeFixtures();

/** Everything the fixture's expectations say that the checker's answer contradicts, one line per part. */
function disagreements({ text, expect: want }: ShapeFixture): string[] {
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

describe('recognising the shapes real PR/FAQs take', () => {
  it('has fixtures for every shape, each with a consistent expectation', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    const shapes = ['press-release-h1', 'title-bold-italic', 'immediate-release', 'container', 'bold-labels', 'faq-no-heading', 'dateline', 'quotes', 'language', 'faq-numbered', 'near-miss'];
    for (const shape of shapes) expect(fixtures.filter((f) => f.name.startsWith(`${shape}-`)).length, `fixtures of the shape ${shape}`).toBeGreaterThan(0);
    for (const lang of ['pt', 'es', 'fr', 'de', 'ja', 'zh', 'ko', 'ru']) expect(fixtures.map((f) => f.name), `a complete PR/FAQ in ${lang}`).toContain(`language-${lang}.md`);
    for (const f of fixtures) {
      const parts = [...f.expect.present, ...f.expect.missing];
      for (const p of parts) expect(EXPECTED_PARTS, `${f.name}: unknown part id ${p}`).toContain(p);
      expect(f.expect.present.filter((p) => f.expect.missing.includes(p)), `${f.name}: a part both present and missing`).toEqual([]);
      expect(parts.length, `${f.name}: says nothing`).toBeGreaterThan(0);
      if (f.expect.complete) expect(f.expect.present.filter((p) => p !== 'dateline').sort(), `${f.name}: complete means all eleven parts`).toEqual([...SECTION_IDS].sort());
      for (const [part, snippet] of Object.entries(f.expect.lines ?? {})) {
        expect(lineOf(f.text, snippet!), `${f.name}: the ${part} snippet "${snippet}" is not in the fixture`).toBeGreaterThan(0);
        expect(f.expect.present, `${f.name}: a line is given for ${part}, which is not listed present`).toContain(part);
      }
      expect(f.expect.faq.external > 0, `${f.name}: external questions counted but external-faq not present`).toBe(f.expect.present.includes('external-faq'));
      expect(f.expect.faq.internal > 0, `${f.name}: internal questions counted but internal-faq not present`).toBe(f.expect.present.includes('internal-faq'));
    }
  });

  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const problems = disagreements(fixture);
      expect(problems, `${fixture.name} (${fixture.expect.notes})`).toEqual([]);
    });
  }
});
