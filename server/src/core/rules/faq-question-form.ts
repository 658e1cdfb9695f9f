import type { FaqEntry, PrfaqModel, Rule, TextEdit } from '../types';
import { allFaqEntries, bareQuestion, faqSectionOf } from './faqEntries';
import { quoteText } from './util';

const QUESTION_MARK = /[?？؟\u037E]/;

/** Words that open an English question; only then is adding "?" surely right. */
const INTERROGATIVE =
  /^(?:how|what|what's|why|when|where|who|whom|whose|which|can|could|do|does|did|is|are|was|were|will|would|should|shall|may|might|must|have|has|had|am|isn't|aren't|don't|doesn't|didn't|won't|can't|wouldn't|shouldn't)\b/i;

/**
 * The length of `raw` without trailing markup: blanks, comments, a closing `#` sequence, emphasis
 * closers, a hard-break backslash. Scans from the end (a regex anchored at `$` would retry every blank).
 */
function withoutTrailingMarkup(raw: string): number {
  let end = raw.length;
  for (let prev = -1; prev !== end; ) {
    prev = end;
    while (end > 0 && /\s/.test(raw[end - 1])) end--;
    if (raw.slice(0, end).endsWith('-->')) {
      const open = raw.lastIndexOf('<!--', end);
      if (open >= 0) end = open;
      continue;
    }
    let i = end;
    while (i > 0 && raw[i - 1] === '#') i--;
    if (i < end && i > 0 && /\s/.test(raw[i - 1])) {
      end = i;
      continue;
    }
    while (end > 0 && (raw[end - 1] === '*' || raw[end - 1] === '_' || raw[end - 1] === '\\')) end--;
  }
  return end;
}

/**
 * The edit that ends the question with "?": replaces a final "." or ":" (the question reads as a
 * question, so the stop was a slip), otherwise inserts. None when the text does not end where expected.
 */
export function questionMarkEdit(model: PrfaqModel, entry: FaqEntry): TextEdit | null {
  const question = bareQuestion(entry.question);
  if (!INTERROGATIVE.test(question)) return null;
  const start = entry.range.start.offset;
  const full = model.text.slice(start, entry.range.end.offset);
  const raw = full.slice(0, withoutTrailingMarkup(full));
  const end = start + raw.length;
  // Walked back by hand: `[\s.:]+$` backtracks quadratically on a long run of spaces inside the question.
  let cut = question.length;
  while (cut > 0 && /[\s.:]/.test(question[cut - 1])) cut--;
  const lastWordChar = question.slice(Math.max(0, cut - 1), cut);
  if (lastWordChar === '' || !raw.endsWith(lastWordChar) && !/[.:]$/.test(raw)) return null;
  if (/[.:]$/.test(raw)) {
    if (!raw.slice(0, -1).endsWith(lastWordChar)) return null;
    return { start: end - 1, end, newText: '?' };
  }
  return { start: end, end, newText: '?' };
}

export const faqQuestionForm: Rule = {
  id: 'faq-question-form',
  description: 'An FAQ question is not phrased as a question (it has no question mark).',
  defaultSeverity: 'info',
  fixable: true,
  category: 'faq',
  check({ model, report }) {
    for (const entry of allFaqEntries(model)) {
      if (QUESTION_MARK.test(entry.question)) continue;
      const edit = questionMarkEdit(model, entry);
      report({
        message: edit
          ? `FAQ question ${quoteText(entry.question)} does not end with a question mark.`
          : `FAQ entry ${quoteText(entry.question)} is not phrased as a question: ask it the way a reader would.`,
        range: entry.range,
        section: faqSectionOf(entry),
        fix: edit ? { title: 'End the question with "?"', edits: [edit] } : undefined,
      });
    }
  },
};
