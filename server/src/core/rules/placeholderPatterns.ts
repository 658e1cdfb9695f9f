// The built-in placeholder patterns. `strong` ones are also looked for in code (inline and fenced):
// template syntax that no real code sample or prose would contain. The others are prose-only, because
// code legitimately holds TODO comments, `[DEFAULT]` sections and `${VARS}`.
// A pattern may mark the placeholder with group 1; otherwise the whole match is the placeholder.

import { PLACEHOLDER_TOKENS_RAW, isPlaceholderWords } from '../vocabulary';

export interface PlaceholderPattern {
  re: RegExp;
  strong: boolean;
  /** A further test of a match (the words in a bracket, from the vocabulary). */
  accept?: (match: RegExpMatchArray) => boolean;
  /** Message hint; defaults to "replace it with the real content". */
  advice?: string;
}

const UNCHECKED = 'tick it or take it out before the document goes out';

export const BUILT_IN_PATTERNS: PlaceholderPattern[] = [
  // {RFC_TITLE}, @{AUTHOR}, #{TRACKING_ISSUE}; not ${SHELL_VAR}, not {{mustache}}
  { re: /(?<![$\\\w{])[@#]?\{[A-Z][A-Z0-9_]+\}(?!\})/g, strong: true },
  { re: /(?<![\w.@])@[xX]{3,}\b/g, strong: true },
  { re: /\bFILL_(?:ME_)?IN\b|\bFILL ME IN\b/gi, strong: true },
  { re: /\blorem ipsum\b/gi, strong: true },
  // an unchecked task box at the start of a line, in a list, a paragraph or a code block
  { re: /^[ \t>]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(\[ \])(?=[ \t])/gm, strong: true, advice: UNCHECKED },
  // prose only from here
  { re: /(?<![$\\\w{}])[@#]?\{[A-Za-z][\w .-]{0,40}\}(?!\})/g, strong: false },
  { re: /\bTODO\b|\bFIXME\b/g, strong: false },
  { re: /\bTB[DA]\b/gi, strong: false },
  { re: /\$\s?(?:X+|x{2,})(?:[.,](?:X+|x+))*\b/g, strong: false, advice: 'put in the real amount' },
  { re: /(?<![\w$@])(?:X{3,}|x{3,})\b/g, strong: false },
  // [NAME, TITLE], [COMPANY]; not [text](url), [text][ref], ![alt](src), \[escaped]
  { re: /(?<![\\!\]])\[[A-Z][A-Z0-9]+(?:[ ,./&'_-]+[A-Z0-9]+)*\](?![([:])/g, strong: false },
  // [date], [data de lançamento], [Date de lancement], [À VALIDER : citation], [competitor]: the words come from
  // the vocabulary of every language; not [text](url), [text][ref], ![alt](src), \[escaped]
  { re: /(?<![\\!\]\w])(\[([^\]\n]{1,80})\])(?![([:])/g, strong: false, accept: (m) => isPlaceholderWords(m[2]) },
  // [athleterising.com]: a link left as bracketed text
  { re: /(?<![\\!\]])\[((?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/[^\]\s]*)?)\](?![([:])/g, strong: false, advice: 'make it a link or write the address out' },
  // （仮）, 未定, ○○, 待定, 미정: placeholders of languages without spaces
  { re: new RegExp(PLACEHOLDER_TOKENS_RAW.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu'), strong: false },
  // (deployed link), (insert URL); not a name in parentheses such as "(Magic Link)"
  { re: /\((?:(?:[Ii]nsert|[Aa]dd|[Ee]nter|[Yy]our)\b[^)\n]{0,40}|(?:[\w'-]+\s+){0,2}(?:link|url|URL))\)/g, strong: false },
  { re: /\b(?:WHO|WHAT|WHEN|WHERE|WHICH)\?/g, strong: false },
  { re: /(?<![\w.@])@(?:username|handle|github-handle|alias)\b/gi, strong: false },
  // "N credits", "N*X credits": a bare N standing for a number
  { re: /(?<![\w$./-])N(?:\s*[*×]\s*[A-Z])?(?=\s+[a-z]{3,}\b)/g, strong: false, advice: 'put in the real number' },
  // a dateline left as the template wrote it
  { re: /\bCITY, STATE\b|\b(?:Month|MONTH) D{1,2}\b|\bYYYY\b/g, strong: false },
];

/** A paragraph or heading that is nothing but a template label such as "Project Name". */
export const BARE_LABEL = /^\s*(?:project|product|company|feature|customer|your) name\s*$/i;

/** A heading that is still the template's instruction ("Describe the customer experience"). */
export const PROMPT_HEADING =
  /^\s*(?:describe|summari[sz]e|explain|include|insert|write|list|add|give|provide|tell|state|quote (?:a|an|the|someone|one))\b(?:\s+\S+){2,}/i;

/** A heading in Title Case ("State Tracking during Subsequent Deployments") names a topic; it gives no instruction. */
export function isTitleCase(heading: string): boolean {
  const words = heading.trim().split(/\s+/).slice(1).filter((w) => w.length > 3);
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= Math.ceil(words.length * 0.6);
}

export function compileUserPattern(source: string): RegExp | null {
  for (const flags of ['giu', 'gi']) {
    try {
      return new RegExp(source, flags);
    } catch {
      // try without the unicode flag, which rejects some escapes
    }
  }
  return null;
}
