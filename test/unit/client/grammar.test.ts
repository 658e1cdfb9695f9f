// Tokenizes with the TextMate engine VS Code itself uses (vscode-textmate + oniguruma), so the regexes are checked in
// the dialect they run in. The embedded Markdown grammar is a small stand-in here (VS Code's own is not an npm
// package); when the code-server cache of `npm run test:e2e` exists, the real Markdown grammar is used as well.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../../..');
const REAL_MARKDOWN = path.join(ROOT, '.vscode-test/code-server-4.100.3/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');

const STAND_IN_MARKDOWN = {
  scopeName: 'text.html.markdown',
  patterns: [
    { begin: '^```', end: '^```', name: 'markup.fenced_code.block.markdown' },
    { begin: '^(#{1,6})\\s', end: '$', name: 'markup.heading.markdown', patterns: [{ include: '#inline' }] },
    { begin: '^(?=\\S)', end: '$', name: 'meta.paragraph.markdown', patterns: [{ include: '#inline' }] },
  ],
  repository: { inline: { patterns: [{ match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' }] } },
};

async function loadGrammar(markdown: string): Promise<IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.markdown.prfaq') return parseRawGrammar(fs.readFileSync(path.join(ROOT, 'syntaxes/prfaq.tmLanguage.json'), 'utf8'), 'prfaq.json');
      if (scopeName === 'text.html.markdown') return parseRawGrammar(markdown, 'markdown.json');
      return null;
    },
  });
  const grammar = await registry.loadGrammar('text.markdown.prfaq');
  if (!grammar) throw new Error('grammar did not load');
  return grammar;
}

/** The scopes of each piece of text, line by line. */
function tokenize(grammar: IGrammar, text: string): { text: string; scopes: string[] }[] {
  let state = INITIAL;
  const out: { text: string; scopes: string[] }[] = [];
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = result.ruleStack;
  }
  return out;
}

const scopesOf = (tokens: ReturnType<typeof tokenize>, text: string) => tokens.filter((t) => t.text === text).flatMap((t) => t.scopes);
const hasScope = (tokens: ReturnType<typeof tokenize>, text: string, scope: string) => scopesOf(tokens, text).some((s) => s.startsWith(scope));

function grammarCases(markdown: () => string) {
  let grammar: IGrammar;
  it('loads', async () => {
    grammar = await loadGrammar(markdown());
    expect(tokenize(grammar, '# Title').length).toBeGreaterThan(0);
  });

  it('scopes the dateline: place and date', () => {
    for (const line of ['PORTLAND, OR – March 3, 2026 – Tidepool today launched lists.', 'Seattle, Washington — Jan. 5, 2027 — Today we ship.', 'BERLIN, DE - June 1, 2026 - Roadmap view.']) {
      const tokens = tokenize(grammar, line);
      const place = line.split(/ [–—-] /)[0];
      const date = line.split(/ [–—-] /)[1];
      expect(hasScope(tokens, place, 'entity.name.place.dateline.prfaq'), line).toBe(true);
      expect(hasScope(tokens, date, 'constant.numeric.date.dateline.prfaq'), line).toBe(true);
    }
  });

  it('does not take a date in running prose for a dateline', () => {
    const tokens = tokenize(grammar, 'We launched on March 3, 2026 and sold out.');
    expect(tokens.some((t) => t.scopes.some((s) => s.includes('dateline')))).toBe(false);
  });

  it('scopes Q: and A: markers, plain, bold and in lists, but not FAQ:', () => {
    expect(hasScope(tokenize(grammar, 'Q: How much does it cost?'), 'Q', 'keyword.other.faq-marker.question.prfaq')).toBe(true);
    expect(hasScope(tokenize(grammar, 'A: Nothing at all.'), 'A', 'keyword.other.faq-marker.answer.prfaq')).toBe(true);
    expect(hasScope(tokenize(grammar, '**Q: Which stores?**'), 'Q', 'keyword.other.faq-marker.question.prfaq')).toBe(true);
    expect(hasScope(tokenize(grammar, '1. Q: Do I need SQL?'), 'Q', 'keyword.other.faq-marker.question.prfaq')).toBe(true);
    const faq = tokenize(grammar, 'FAQ: the questions.');
    expect(faq.some((t) => t.scopes.some((s) => s.includes('faq-marker')))).toBe(false);
  });

  it('scopes placeholders', () => {
    const line = 'Price is TBD, owner TODO, cost $XXX, said [NAME, TITLE] of {RFC_TITLE}: FILL_ME_IN.';
    const tokens = tokenize(grammar, line);
    for (const p of ['TBD', 'TODO', '$XXX', '[NAME, TITLE]', '{RFC_TITLE}', 'FILL_ME_IN']) {
      expect(hasScope(tokens, p, 'invalid.placeholder'), p).toBe(true);
    }
  });

  it('leaves ordinary words, links and code alone', () => {
    const prose = tokenize(grammar, 'TODOS and XXXL shirts, see [the docs](https://x.invalid).');
    expect(prose.some((t) => t.scopes.some((s) => s.startsWith('invalid.placeholder')))).toBe(false);
    const code = tokenize(grammar, 'Run `TODO` now.\n\n```\nTODO: in code\n```');
    expect(code.some((t) => t.scopes.some((s) => s.startsWith('invalid.placeholder')))).toBe(false);
  });

  it('keeps the Markdown scopes around the PR/FAQ ones', () => {
    const tokens = tokenize(grammar, '## Pricing TBD');
    expect(scopesOf(tokens, 'TBD')).toEqual(expect.arrayContaining(['text.markdown.prfaq', expect.stringMatching(/^markup\.heading/)]));
    expect(scopesOf(tokens, 'TBD').some((s) => s.startsWith('invalid.placeholder'))).toBe(true);
  });
}

describe('prfaq grammar over a stand-in Markdown grammar', () => grammarCases(() => JSON.stringify(STAND_IN_MARKDOWN)));

describe.runIf(fs.existsSync(REAL_MARKDOWN))('prfaq grammar over VS Code\'s Markdown grammar (from the e2e cache)', () =>
  grammarCases(() => fs.readFileSync(REAL_MARKDOWN, 'utf8')));
