// Same-process comparison on one document: markdown-it, remark-parse, remark-lint (recommended preset),
// markdownlint (sync API), our cold check and our re-check after a one-character edit.
import MarkdownIt from 'markdown-it';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { lint as markdownlintSync } from 'markdownlint/sync';
import { check } from '../server/src/core/check';
import { IncrementalChecker } from '../server/src/core/incremental';
import { forgetTexts } from '../server/src/core/cache';
import { medians } from './stats';

export interface DocumentFigures {
  name: string;
  words: number;
  chars: number;
  ms: Record<string, number>;
}

const markdownIt = new MarkdownIt();
const remark = unified().use(remarkParse);
const remarkLint = unified().use(remarkParse).use(remarkPresetLintRecommended);

/** Where a writer types in the middle of the text: a letter of a word, so the edit stays inside one block. */
function middleLetter(text: string): number {
  let at = text.length >> 1;
  while (at < text.length && !/[a-z]/.test(text[at])) at++;
  return at;
}

export function measureDocument(name: string, text: string, runs: number): DocumentFigures {
  // A cold check is of a document the process never saw: what earlier runs read from its text is forgotten
  // first (forgetTexts keeps the set-up a running CLI or server has: compiled expressions, rc files).
  const cold = medians(
    {
      markdownIt: () => markdownIt.parse(text, {}),
      remarkParse: () => remark.parse(text),
      remarkLint: () => remarkLint.runSync(remarkLint.parse(text), text),
      markdownlint: () => markdownlintSync({ strings: { doc: text } }),
      coldCheck: () => {
        forgetTexts();
        return check(text);
      },
    },
    runs,
  );
  // A writer typing: each re-check sees the text one character longer, never a text it saw before (a text
  // seen before would find its blocks remembered and cost nothing). Measured apart from the cold checks,
  // which forget what the re-checks keep.
  const incremental = new IncrementalChecker();
  incremental.check(text);
  let typed = text;
  const at = middleLetter(text);
  let edits = 0;
  const edit = medians({ incremental: () => incremental.check((typed = typed.slice(0, at) + 'etaoin'[edits++ % 6] + typed.slice(at))) }, runs);
  return { name, words: check(text).model.words.total, chars: text.length, ms: { ...cold, ...edit } };
}
