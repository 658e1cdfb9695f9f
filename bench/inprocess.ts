// Same-process comparison on one document: markdown-it, remark-parse, remark-lint (recommended preset),
// markdownlint (sync API), our cold check and our re-check after a one-character edit.
import MarkdownIt from 'markdown-it';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { lint as markdownlintSync } from 'markdownlint/sync';
import { check } from '../server/src/core/check';
import { IncrementalChecker } from '../server/src/core/incremental';
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

/** Replaces one character in the middle of the text with `c`: a writer typing in one section. */
export function editInMiddle(text: string, c: string): string {
  let at = text.length >> 1;
  while (at < text.length && !/[a-z]/.test(text[at])) at++;
  return text.slice(0, at) + c + text.slice(at + 1);
}

export function measureDocument(name: string, text: string, runs: number): DocumentFigures {
  const incremental = new IncrementalChecker();
  incremental.check(text);
  let edits = 0;
  const ms = medians(
    {
      markdownIt: () => markdownIt.parse(text, {}),
      remarkParse: () => remark.parse(text),
      remarkLint: () => remarkLint.runSync(remarkLint.parse(text), text),
      markdownlint: () => markdownlintSync({ strings: { doc: text } }),
      coldCheck: () => check(text),
      // Alternate two letters so every run re-checks a changed block (an unchanged text would be free).
      incremental: () => incremental.check(editInMiddle(text, edits++ % 2 ? 'x' : 'q')),
    },
    runs,
  );
  return { name, words: check(text).model.words.total, chars: text.length, ms };
}
