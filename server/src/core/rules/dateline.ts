import type { Rule } from '../types';
import { firstContentLine, lineRange, sectionAnchor } from './util';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+${MONTH}(?:,?\\s+\\d{4})?\\b`,
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
  ].join('|'),
  'i',
);
/** One to four capitalised words (SEATTLE, New York, St. Louis), optionally ", STATE/Country". */
const PLACE = "\\p{Lu}[\\p{L}.'’]*(?:[ -]\\p{Lu}[\\p{L}.'’]*){0,3}";
const SEPARATOR = '\\s*(?:[–—]|-{1,2}|\\()';
// No `i` flag: with it, \p{Lu} would match lower-case letters too.
const CITY = new RegExp(`^${PLACE}(?:,\\s*${PLACE})?(?:${SEPARATOR}|,\\s*(?=${DATE.source}))`, 'u');
const CITY_THEN_TODAY = new RegExp(`^${PLACE}(?:,\\s*${PLACE})?${SEPARATOR}\\s*[Tt]oday\\b`, 'u');

/** The opening of the summary as a reader sees it, without list or emphasis marks. */
function opening(text: string): string {
  return text.replace(/^[\s*_>#-]+/, '').slice(0, 240);
}

export interface DatelineParts {
  city: boolean;
  date: boolean;
}

export function findDateline(summaryText: string): DatelineParts {
  const head = opening(summaryText);
  const firstSentence = head.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? head;
  const city = CITY.test(head);
  const date = DATE.test(firstSentence) || CITY_THEN_TODAY.test(head);
  return { city, date };
}

export const dateline: Rule = {
  id: 'dateline',
  description: 'The summary paragraph does not open with a dateline (city and launch date).',
  defaultSeverity: 'info',
  fixable: false,
  category: 'content',
  check({ model, report }) {
    // The patterns know English month names and capitalised place names only.
    if (!model.lang.toLowerCase().startsWith('en')) return;
    const summary = model.sections.find((s) => s.id === 'summary');
    if (!summary || summary.empty || summary.instructionsOnly) return;
    const { city, date } = findDateline(summary.text);
    if (city && date) return;
    const missing = !city && !date ? 'a dateline (city and launch date)' : !city ? 'the city in its dateline' : 'the launch date in its dateline';
    const range = summary.bodyRange
      ? lineRange(model, firstContentLine(model, summary.bodyRange.start.line, summary.bodyRange.end.line))
      : sectionAnchor(model, summary);
    report({
      message: `The summary lacks ${missing}: open it like "SEATTLE, WA – May 1, 2026 – Today, …".`,
      range,
      section: 'summary',
    });
  },
};
