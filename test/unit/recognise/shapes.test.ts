// Acceptance tests for the recogniser: the document shapes real PR/FAQs take (the list), in
// English and other languages, each a fixture under test/fixtures/shapes with what a careful reader finds
// in it. Written from the reader's side, not from the implementation: every part listed present must be
// recognised and not reported missing; every part listed missing must be reported and not recognised.
import { describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../../../server/src/core/types';
import { disagreements, EXPECTED_PARTS, lineOf, shapeFixtures } from './shapeFixtures';

const fixtures = shapeFixtures();

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
