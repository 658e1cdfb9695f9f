// Generators and properties shared by the bounded fuzz tests (`npm test`) and the long run (`npm run fuzz`).
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../../../server/src/core/check';
import { IncrementalChecker } from '../../../server/src/core/incremental';
import { computeLineStarts, pointAt } from '../../../server/src/core/positions';
import type { CheckResult, Finding, Range, TextEdit } from '../../../server/src/core/types';
import { codeActions } from '../../../server/src/lsp/codeActions';

export const REGRESSIONS = 'test/fixtures/regressions';

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** The project's own PR/FAQs (fixtures), the seeds that mutations start from. */
export function seedDocuments(): string[] {
  return markdownFiles('test/fixtures')
    .filter((f) => !f.startsWith(REGRESSIONS))
    .map((f) => readFileSync(f, 'utf8'));
}

export function regressionFiles(): string[] {
  return markdownFiles(REGRESSIONS);
}

/** Text that breaks naive code: lone surrogates, bidi controls, zero-width characters, emoji, NUL, odd line ends. */
export const HOSTILE_PIECES = [
  '\uD800', '\uDC00', '\uDBFF\n', 'a\uDC00b', '\u202E', '\u202Dreversed\u202C', '\u200F', '\u200E', '\u200B', '\u200D', '\u2060', '\uFEFF',
  '\u0000', '\u0000\u0000', '👩‍👩‍👧‍👦', '🚀', '🇺🇸', 'e\u0301', '\u0301', 'مرحبا بالعالم', 'שלום', '火箭发射今天', 'ราคาเท่าไหร่', '\t', '\u00A0', '\u3000',
  '\r', '\r\n', '\n', '\r\r\n', '\n\r', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C',
  '#', '## ', '### How much?', '> ', '- ', '1. ', '```', '~~~', '---', '***', '|', '| a | b |\n| - | - |', '<!--', '-->', '<script>alert(1)</script>',
  '[x](', '](', '![', '*', '**', '_', '~~', '`', '\\', '&#0;', '&amp;', '<!-- prfaq-disable -->', '<!-- prfaq-disable-next-line placeholder -->',
  'TBD', 'TODO', '?', 'Q: ', 'A: ', '[^1]', '[^1]: note', '[ref]: https://example.com', '    ', 'http://example.com',
];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'line-ends'; to: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 6 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('line-ends' as const), to: fc.constantFrom('\r\n', '\r', '\n') }) },
);

export function mutate(text: string, m: Mutation): string {
  const at = 'at' in m ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'line-ends':
      return text.replace(/\r\n|\r|\n/g, m.to);
  }
}

/** A fixture (or a mix of fixtures) under a handful of mutations. */
export function documentArb(seeds: string[]): fc.Arbitrary<string> {
  const seed = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...seeds) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...seeds), { minLength: 2, maxLength: 3 }).map((parts) => parts.join('\n')) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 40 }).map((parts) => parts.join('')) },
  );
  return fc.tuple(seed, fc.array(mutationArb, { maxLength: 12 })).map(([text, ms]) => ms.reduce(mutate, text));
}

function expectInside(text: string, starts: number[], range: Range, what: string): void {
  const ok = 0 <= range.start.offset && range.start.offset <= range.end.offset && range.end.offset <= text.length;
  if (!ok) throw new Error(`${what}: range ${range.start.offset}-${range.end.offset} outside a text of ${text.length}`);
  for (const p of [range.start, range.end]) {
    const expected = pointAt(starts, p.offset);
    if (expected.line !== p.line || expected.column !== p.column) throw new Error(`${what}: line/column ${p.line}:${p.column} do not match offset ${p.offset}`);
  }
}

// A fix may remove, next to its finding's own range, only the space around it and the article in front
// ("an amazing" → "a"): nothing else the writer wrote.
const SPARE = /^[\s]*(?:\b(?:a|an|A|An)\b)?[\s]*$/;

function expectFixKeepsText(text: string, f: Finding, edits: TextEdit[]): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    if (!(0 <= e.start && e.start <= e.end && e.end <= text.length)) throw new Error(`${f.ruleId}: fix edit ${e.start}-${e.end} outside the text`);
    if (i > 0 && sorted[i - 1].end > e.start) throw new Error(`${f.ruleId}: fix edits overlap`);
    if (e.start === e.end) continue;
    const before = text.slice(e.start, Math.max(e.start, Math.min(e.end, f.range.start.offset)));
    const after = text.slice(Math.min(e.end, Math.max(e.start, f.range.end.offset)), e.end);
    if (!SPARE.test(before) || !SPARE.test(after)) {
      throw new Error(`${f.ruleId}: fix removes "${text.slice(e.start, e.end)}" beyond its range "${text.slice(f.range.start.offset, f.range.end.offset)}"`);
    }
  }
}

/** What a check decides, comparable across runs (the tree and the text are left out). */
export function decided(r: CheckResult): unknown {
  return { findings: r.findings, sections: r.model.sections, words: r.model.words, pages: r.pages };
}

/**
 * The properties every document must have: the check does not throw, findings lie inside the text with
 * matching line/column, fixes keep the writer's text, the check is deterministic, incremental equals
 * full, and the server's code actions only insert or apply the finding's own fix.
 */
export function checkProperties(text: string, previous?: string): void {
  const result = check(text);
  const starts = computeLineStarts(text);
  for (const f of result.findings) {
    expectInside(text, starts, f.range, f.ruleId);
    for (const r of f.related ?? []) expectInside(text, starts, r.range, `${f.ruleId} related`);
    if (f.fix) expectFixKeepsText(text, f, f.fix.edits);
  }
  const again = check(text);
  if (JSON.stringify(decided(again)) !== JSON.stringify(decided(result))) throw new Error('two checks of the same text differ');
  if (previous !== undefined) {
    const incremental = new IncrementalChecker();
    incremental.check(previous);
    if (JSON.stringify(decided(incremental.check(text))) !== JSON.stringify(decided(result))) throw new Error('incremental check differs from a full check');
  }
  expectCodeActionsKeepText(text, result);
}

function expectCodeActionsKeepText(text: string, result: CheckResult): void {
  const document = TextDocument.create('file:///fuzz.prfaq.md', 'prfaq', 1, text);
  const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  const actions = codeActions(document, result, { textDocument: { uri: document.uri }, range: whole, context: { diagnostics: [], only: undefined } });
  const fixAll = codeActions(document, result, { textDocument: { uri: document.uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll.prfaq'] } });
  const ownFixes = new Set(result.findings.filter((f) => f.fix).map((f) => f.fix!.title));
  for (const action of [...actions, ...fixAll]) {
    for (const edits of Object.values(action.edit?.changes ?? {})) {
      for (const e of edits) {
        const start = document.offsetAt(e.range.start);
        const end = document.offsetAt(e.range.end);
        if (start !== end && !ownFixes.has(action.title)) throw new Error(`code action "${action.title}" replaces text (${start}-${end})`);
      }
    }
  }
}
