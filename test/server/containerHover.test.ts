// Hover on a container heading (the press release, the FAQ, the external and internal FAQ) shows that
// part's figures: its words and pages, and for an FAQ how many questions it has and how many are
// answered. Through the real language server over stdio; assertions on what a user reads, not on the
// exact wording or layout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { check } from '../../server/src/core/check';
import { fixtureText, LspClient, removeTempDirs, tempUri } from './harness';

const text = fixtureText('containers.prfaq.md');
const { model, config } = check(text);
const wordsPerPage = config.wordsPerPage;

let client: LspClient;
let uri: string;

beforeAll(async () => {
  client = await LspClient.start({ configuration: () => ({ debounceMs: 0 }) });
  uri = tempUri('containers.prfaq.md').uri;
  client.open(uri, text);
  await client.diagnostics(uri, 1);
});
afterAll(async () => {
  await client.stop();
  removeTempDirs();
});

/** The hover text on the first line that is exactly `heading`. */
async function hoverOn(heading: string): Promise<string> {
  const line = text.split('\n').indexOf(heading);
  expect(line, `"${heading}" is not a line of the fixture`).toBeGreaterThanOrEqual(0);
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 2 } });
  expect(hover, `no hover on "${heading}"`).not.toBeNull();
  const contents = hover!.contents;
  return typeof contents === 'string' ? contents : Array.isArray(contents) ? contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n') : (contents as MarkupContent).value;
}

/**
 * The hover's word figure must be the part's: the model's count for it, give or take the few words a
 * heading adds (whether the part's own heading counts is the hover's choice), never another part's.
 */
function expectWordsAndPages(value: string, words: number, part: string): void {
  expect(words, `${part}: the fixture should give it words`).toBeGreaterThan(20);
  const shown = [...value.matchAll(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s+words?\b/gi)].map((m) => Number(m[1].replace(/,/g, '')));
  const slack = Math.max(5, Math.round(words * 0.05));
  expect(shown.some((n) => Math.abs(n - words) <= slack), `${part}: the hover should show its ${words} words (±${slack}), shows ${JSON.stringify(value)}`).toBe(true);
  const pages = [...value.matchAll(/(\d+(?:\.\d+)?)\s*(?:of\s+\d+(?:\.\d+)?\s*)?pages?\b/gi)].map((m) => Number(m[1]));
  expect(pages.some((p) => Math.abs(p - words / wordsPerPage) <= 0.1), `${part}: the hover should show about ${(words / wordsPerPage).toFixed(2)} page(s), shows ${JSON.stringify(value)}`).toBe(true);
}

function expectQuestions(value: string, questions: number, answered: number, part: string): void {
  const questionCount = new RegExp(`(?<![\\d.,])${questions}\\s+(?:FAQ\\s+)?questions?\\b|questions?:?\\s*${questions}\\b`, 'i');
  const answeredCount = new RegExp(`(?<![\\d.,])${answered}\\s*(?:(?:of|/)\\s*${questions}\\s*)?(?:questions?\\s+)?answered\\b|answered:?\\s*${answered}\\b`, 'i');
  expect(value, `${part}: the hover should say it has ${questions} questions`).toMatch(questionCount);
  expect(value, `${part}: the hover should say ${answered} of them are answered`).toMatch(answeredCount);
}

describe('hover on a container heading', () => {
  it('the fixture is what the assertions assume', () => {
    expect(model.faq.external).toHaveLength(4);
    expect(model.faq.internal).toHaveLength(3);
    expect(model.faq.external.filter((q) => q.answered)).toHaveLength(3);
    expect(model.faq.internal.filter((q) => q.answered)).toHaveLength(2);
  });

  it('# Press Release shows the release’s words and pages', async () => {
    expectWordsAndPages(await hoverOn('# Press Release'), model.words.pressRelease, 'press release');
  });

  it('# FAQ shows the whole FAQ’s words, pages, questions and answered questions', async () => {
    const value = await hoverOn('# FAQ');
    expectWordsAndPages(value, model.words.faq, 'FAQ');
    expectQuestions(value, 7, 5, 'FAQ');
  });

  it('## External FAQ shows its words, pages, questions and answered questions', async () => {
    const value = await hoverOn('## External FAQ');
    expectWordsAndPages(value, model.words.externalFaq, 'external FAQ');
    expectQuestions(value, 4, 3, 'external FAQ');
  });

  it('## Internal FAQ shows its words, pages, questions and answered questions', async () => {
    const value = await hoverOn('## Internal FAQ');
    expectWordsAndPages(value, model.words.internalFaq, 'internal FAQ');
    expectQuestions(value, 3, 2, 'internal FAQ');
  });
});
