// Bounded fuzzing of the core and the server's code actions; `npm run fuzz` runs the same properties
// for minutes (scripts/fuzz.ts) and writes any failing input to test/fixtures/regressions/.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../../server/src/core/check';
import { checkProperties, documentArb, HOSTILE_PIECES, regressionFiles, seedDocuments } from './fuzzing';

const seeds = seedDocuments();
const REGRESSION_LIMIT_MS = 20_000;

describe('fuzzing the checker', () => {
  it('has seeds: the project fixtures', () => {
    expect(seeds.length).toBeGreaterThan(20);
  });

  it('keeps its properties on mutated fixtures and hostile Unicode', () => {
    fc.assert(fc.property(documentArb(seeds), (text) => checkProperties(text)), { numRuns: 120 });
  });

  it('checks an edited document incrementally exactly as a full check, across hostile edits', () => {
    const pair = fc.tuple(fc.constantFrom(...seeds), documentArb(seeds));
    fc.assert(fc.property(pair, ([previous, text]) => checkProperties(text, previous)), { numRuns: 40 });
  });

  it('keeps its properties on every hostile piece alone and on all of them in one document', () => {
    for (const piece of HOSTILE_PIECES) checkProperties(piece);
    checkProperties(HOSTILE_PIECES.join('\n'));
  });

  // Inputs fuzzing found (test/fixtures/regressions/): the spaces-* ones made a rule's regex backtrack for
  // minutes, so each gets an explicit limit of its own (far above the milliseconds a check takes, far below
  // minutes); within it the properties must hold and the check must find what a check finds.
  it('has regression fixtures', () => expect(regressionFiles().length).toBeGreaterThan(0));
  for (const file of regressionFiles()) {
    it(`keeps its properties on the regression ${file}`, () => {
      const text = readFileSync(file, 'utf8');
      expect(() => checkProperties(text)).not.toThrow();
      expect(check(text).model.text).toBe(text);
    }, REGRESSION_LIMIT_MS);
  }
});
