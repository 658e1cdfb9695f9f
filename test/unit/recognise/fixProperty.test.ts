// Property of the missing-section quick fix: applied to any document, it adds exactly the part it names
// and changes nothing else the recogniser sees. For each missing-section finding with a fix:
//   (a) after the fix, that section is no longer reported missing;
//   (b) no section is reported missing that was not reported before;
//   (c) every other section recognised before is still recognised, starting on the same line shifted by
//       the lines the fix inserted above it, and no other section appears;
//   (d) the fix only inserts (each edit is an insertion, or replaces only whitespace).
// Documents: the shape fixtures, every Markdown file of ../shared/corpus (when present), and random
// PR/FAQs assembled by fast-check from the pieces real ones are made of.
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../../server/src/core/check';
import type { Finding, Section, TextEdit } from '../../../server/src/core/types';
import { applyEdits } from '../rules/helpers';
import { randomDocument } from './randomDocuments';
import { ALL_REQUIRED, shapeFixtures } from './shapeFixtures';

const lineBreaks = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;

/** An edit with the text it replaces. */
type SeenEdit = TextEdit & { text: string };

/** Lines the edits add above `offset` (an edit at exactly `offset` goes above the text that starts there). */
function linesInsertedAbove(edits: SeenEdit[], offset: number): number {
  return edits.filter((e) => e.start <= offset).reduce((n, e) => n + lineBreaks(e.newText) - lineBreaks(e.text), 0);
}

/** The n-th section with this id (documents may repeat a part). */
function occurrences(sections: Section[]): Map<string, Section[]> {
  const byId = new Map<string, Section[]>();
  for (const s of sections) byId.set(s.id, [...(byId.get(s.id) ?? []), s]);
  return byId;
}

/** Everything wrong with one missing-section fix of `text`; empty when (a)–(d) hold. */
function fixViolations(text: string, finding: Finding, before: ReturnType<typeof check>): string[] {
  const problems: string[] = [];
  const section = finding.section!;
  const edits: SeenEdit[] = finding.fix!.edits.map((e) => ({ ...e, text: text.slice(e.start, e.end) }));
  for (const e of edits) {
    if (e.start !== e.end && !/^\s*$/.test(e.text)) problems.push(`(d) the fix for ${section} replaces ${JSON.stringify(e.text)} at offset ${e.start}`);
  }
  const fixed = applyEdits(text, finding.fix!.edits);
  const after = check(fixed, { settings: ALL_REQUIRED });
  const missingBefore = new Set(before.findings.filter((f) => f.ruleId === 'missing-section').map((f) => f.section));
  const missingAfter = after.findings.filter((f) => f.ruleId === 'missing-section');
  if (missingAfter.some((f) => f.section === section)) problems.push(`(a) after the fix, ${section} is still reported missing`);
  for (const f of missingAfter) {
    if (!missingBefore.has(f.section)) problems.push(`(b) the fix for ${section} made ${f.section} go missing: "${f.message}"`);
  }
  const was = occurrences(before.model.sections.filter((s) => s.id !== section));
  const now = occurrences(after.model.sections.filter((s) => s.id !== section));
  for (const [id, list] of was) {
    list.forEach((s, i) => {
      const moved = now.get(id)?.[i];
      const expected = s.range.start.line + linesInsertedAbove(edits, s.range.start.offset);
      if (!moved) problems.push(`(c) the fix for ${section} made ${id} (line ${s.range.start.line}) unrecognised`);
      else if (moved.range.start.line !== expected) problems.push(`(c) the fix for ${section} moved ${id} from line ${s.range.start.line} to ${moved.range.start.line}, expected ${expected}`);
    });
  }
  for (const [id, list] of now) {
    if (list.length > (was.get(id)?.length ?? 0)) problems.push(`(c) the fix for ${section} made ${id} appear (line ${list[list.length - 1].range.start.line})`);
  }
  return problems;
}

/** Violations of every missing-section fix of `text`, and how many fixes were tried. */
function allFixViolations(text: string): { tried: number; problems: string[] } {
  const before = check(text, { settings: ALL_REQUIRED });
  const fixes = before.findings.filter((f) => f.ruleId === 'missing-section' && f.fix && f.section);
  return { tried: fixes.length, problems: fixes.flatMap((f) => fixViolations(text, f, before)) };
}

const corpusDir = process.env.PRFAQ_CORPUS ?? path.resolve(__dirname, '../../../../shared/corpus');
// The corpus's PR/FAQs, not its README.md and EXPECTED.md (notes about them).
const corpusFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.md') && !/^(README|EXPECTED)\.md$/.test(f)).sort() : [];

describe('the missing-section fix adds its part and changes nothing else', () => {
  for (const fixture of shapeFixtures()) {
    it(`on the shape fixture ${fixture.name}`, () => {
      const { problems } = allFixViolations(fixture.text);
      expect(problems, fixture.name).toEqual([]);
    });
  }

  describe.skipIf(corpusFiles.length === 0)('on ../shared/corpus', () => {
    for (const name of corpusFiles) {
      it(`on the corpus document ${name}`, () => {
        const { problems } = allFixViolations(readFileSync(path.join(corpusDir, name), 'utf8'));
        expect(problems, name).toEqual([]);
      });
    }
  });

  it('on random PR/FAQs built from real documents\' pieces', () => {
    let tried = 0;
    fc.assert(
      fc.property(randomDocument, (text) => {
        const result = allFixViolations(text);
        tried += result.tried;
        expect(result.problems).toEqual([]);
      }),
      { numRuns: 80 },
    );
    // Not vacuous: the generator leaves parts out, so there were fixes to try.
    expect(tried).toBeGreaterThan(80);
  });

  it('tells an insertion above a section from one inside or after it', () => {
    // The helper the property relies on: a fix at a section's first offset moves it down, one after it does not.
    const edits = [{ start: 10, end: 10, newText: '## Problem\n\n<!-- x -->\n\n', text: '' }];
    expect(linesInsertedAbove(edits, 10)).toBe(4);
    expect(linesInsertedAbove(edits, 9)).toBe(0);
    expect(linesInsertedAbove([{ start: 5, end: 7, newText: '\n\n\n', text: '\n\n' }], 20)).toBe(1);
  });
});
