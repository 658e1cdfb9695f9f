// What no single language owns: quotation marks, dashes, numeric dates, placeholder shapes.

/** Opening and closing quotation marks, as writers pair them. */
export const QUOTE_PAIRS: [open: string, close: string][] = [
  ['“', '”'],
  ['"', '"'],
  ['„', '“'],
  ['„', '"'],
  ['„', '”'],
  ['«', '»'],
  ['»', '«'],
  ['‹', '›'],
  ['「', '」'],
  ['『', '』'],
  ['”', '”'],
  ['‘', '’'],
];

/** Dashes and separators that end a dateline or open an attribution line. */
export const DASHES = ['—', '–', '―', '--', '-', '~', '|', '·'];

/** Date forms written the same in every language (templates as in `LanguageVocabulary.dates.forms`). */
export const NUMERIC_DATE_FORMS = ['{yyyy}-{mm}-{dd}', '{d}/{m}/{yyyy}', '{d}\\.{m}\\.{yyyy}', '{yyyy}/{m}/{d}', 'q[1-4] {yyyy}', 'h[12] {yyyy}'];

/** Placeholder tokens in every language: Xs standing for a number or a name. */
export const SHARED_PLACEHOLDER_TOKENS = ['xxx', '○○', '〇〇', '◯◯', '××'];

/** Separators between a label and the text that follows it on the same line. */
export const LABEL_SEPARATORS = [':', '：', '.', '—', '–', '-'];
