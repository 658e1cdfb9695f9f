// The built-in placeholder patterns. `strong` ones are also looked for in code (inline and fenced):
// template syntax that no real code sample or prose would contain. The others are prose-only, because
// code legitimately holds TODO comments, `[DEFAULT]` sections and `${VARS}`.
// A pattern may mark the placeholder with group 1; otherwise the whole match is the placeholder.

export interface PlaceholderPattern {
  re: RegExp;
  strong: boolean;
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
  { re: /(?<![\\!\]])\[(?:(?:insert|add|enter|your)\b[^\]\n]{0,40}|(?:[\w'-]+\s+){0,3}(?:url|link|name|date|title|company|city|email))\](?![([:])/gi, strong: false },
  { re: /\((?:(?:insert|add|enter|your)\b[^)\n]{0,40}|(?:[\w'-]+\s+){0,2}(?:link|url))\)/gi, strong: false },
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
