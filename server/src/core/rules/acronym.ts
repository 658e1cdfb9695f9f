// An acronym the reader has not been told the meaning of. Readers outside the team stop at "TAM" or "MCP";
// spell it out at first use: "total addressable market (TAM)".
import type { Rule, RuleContext } from '../types';
import { isEnglish, proseBlocks, type ProseBlock } from '../style/prose';
import { listOption, partsOption } from '../style/options';
import { rangeOf } from './util';
import { BUILT_IN_PATTERNS } from './placeholderPatterns';
import { TextMemo } from '../cache';

/** Acronyms every reader of a business document knows. */
export const KNOWN_ACRONYMS: readonly string[] = (
  'AWS API APIs URL URLs CEO CTO CFO COO CIO CMO CPO VP SVP EVP GM US USA UK EU UN AI ML SQL CSV PDF HTML CSS JS CLI UI UX FAQ FAQs PR PRs ' +
  'SaaS PaaS IaaS IT HR QA ID IDs OK TV PC PCs USB GPU CPU RAM SSD OS iOS IP DNS VPN HTTP HTTPS JSON XML YAML SDK SDKs IDE SMS QR PIN ' +
  'AM PM GB MB KB TB PB USD EUR GBP ASAP FYI ETA DIY LLC INC LTD NYC LA SF DC PhD MBA B2B B2C SMB ROI KPI KPIs SLA SLAs SSO MFA ' +
  'PDFs CSVs LLM LLMs GPT NASA FBI CIA DVD CD GPS ATM TL DR DB VS'
).split(' ');

// Two or more capitals (digits may mix in), an optional plural "s"; "CDK8s" or "OTel" are names, not acronyms.
const TOKEN = /(?<![\p{L}\p{N}\-_'’.])(\p{Lu}[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*)((?<=\p{Lu})s)?(?![\p{L}\p{N}\-_]|[.'’]\p{L})/gu;
const ROMAN = /^[IVXLCDM]+$/;
// "SEATTLE, WA –": the city and state of a dateline are not acronyms.
const DATELINE = /\p{Lu}[\p{Lu} .'-]+,\s+\p{Lu}[\p{L}.]*\s*[–—-]/gu;

interface Use {
  acronym: string;
  start: number;
  end: number;
  block: ProseBlock;
}

const NOT_A_LETTER = /\P{L}+/gu;
const NOT_UPPER_CASE = /\P{Lu}+/gu;
const HIGH_SURROGATE = /[\uD800-\uDBFF]/g;
const codePoints = (s: string) => s.length - (s.match(HIGH_SURROGATE)?.length ?? 0);

/** More than 60 % of the letters in capitals. */
function isShouting(block: ProseBlock): boolean {
  const letters = block.masked.replace(NOT_A_LETTER, '');
  return letters.length > 0 && codePoints(letters.replace(NOT_UPPER_CASE, '')) / codePoints(letters) > 0.6;
}

// Own copies, compiled once: matchAll starts at the pattern's lastIndex, which the placeholder rule moves.
const PLACEHOLDER_PATTERNS = BUILT_IN_PATTERNS.map(({ re }) => new RegExp(re.source, re.flags));

/** Acronym uses of a block, as [acronym, offset in the block]: they depend on the block's masked text only. */
type LocalUses = Array<[string, number]>;

// An edit changes one block; the others are found here by their text, so a re-check scans one block.
const usesByText = new TextMemo<LocalUses>('acronym: uses by block text');

function usesIn(block: ProseBlock): Use[] {
  const local = usesByText.get(block.masked, () => localUses(block));
  return local.map(([acronym, at]) => ({ acronym, start: block.start + at, end: block.start + at + acronym.length, block }));
}

function localUses(block: ProseBlock): LocalUses {
  // Most blocks hold no capitalised token at all: nothing to skip or judge then.
  const tokens = [...block.masked.matchAll(TOKEN)];
  if (tokens.length === 0 || isShouting(block)) return [];
  const skip: Array<[number, number]> = [];
  for (const m of block.masked.matchAll(DATELINE)) skip.push([m.index, m.index + m[0].length]);
  // "[NAME, TITLE]", "TODO", "@{OWNER}", "WHO?" are the placeholder rule's to report.
  for (const re of PLACEHOLDER_PATTERNS) for (const m of block.masked.matchAll(re)) skip.push([m.index, m.index + m[0].length]);
  const out: LocalUses = [];
  for (const m of tokens) {
    const acronym = m[1];
    if (acronym.length > 5 || ROMAN.test(acronym) || skip.some(([s, e]) => m.index >= s && m.index < e)) continue;
    // "Portland, OR" anywhere: a state after a city.
    if (acronym.length === 2 && /\p{Lu}\p{L}+,\s+$/u.test(block.masked.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push([acronym, m.index]);
  }
  return out;
}

/**
 * Where the acronym is spelled out: "Words Here (ACR)", "ACR (words here)", "ACR stands for". -1 when never.
 * Looks only where the acronym occurs (indexOf), so a long document costs little.
 */
function definitionAt(text: string, acronym: string): number {
  for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + acronym.length, at + acronym.length + 60);
    if (/\p{L}[\p{L}-]*\s+\($/u.test(before) && /^s?\)/.test(after)) return at - (before.length - before.search(/\p{L}[\p{L}-]*\s+\($/u));
    if (/(^|[^\p{L}\p{N}])$/u.test(before) && /^s?\s+\((?:the\s+|a\s+|an\s+)?\p{L}+[\s-]+\p{L}/u.test(after)) return at;
    if (/(^|[^\p{L}\p{N}])$/u.test(before) && /^\s*(?:stands for|is short for|, short for|means)\b/.test(after)) return at;
  }
  return -1;
}

export const acronym: Rule = {
  id: 'acronym',
  description: 'An acronym used before it is spelled out ("total addressable market (TAM)"); well-known ones (AWS, API, CEO, FAQ…) are allowed.',
  defaultSeverity: 'info',
  defaultOptions: { known: [], parts: ['press-release', 'external-faq', 'internal-faq'] },
  fixable: false,
  category: 'style',
  check(context: RuleContext) {
    const { model } = context;
    if (!isEnglish(model)) return;
    const known = new Set([...KNOWN_ACRONYMS, ...listOption(context, 'known')].map((k) => k.toUpperCase()));
    const parts = partsOption(context);
    const prose = proseBlocks(model);
    const reported = new Set<string>();
    // Headings are too short to spell anything out; the first use in running text is what counts.
    for (const use of prose.filter((b) => b.kind !== 'heading' && parts.has(b.part)).flatMap(usesIn)) {
      const key = use.acronym.toUpperCase();
      if (known.has(key) || known.has(key + 'S') || reported.has(key)) continue;
      reported.add(key);
      const defined = definitionAt(model.text, use.acronym);
      if (defined >= 0 && defined <= use.end + 1) continue;
      const later = defined >= 0 ? ' (it is spelled out only later)' : '';
      context.report({
        message: `"${use.acronym}" is used before it is spelled out${later}: write the words first, then the acronym in parentheses.`,
        range: rangeOf(model, use.start, use.end),
        section: use.block.section,
      });
    }
  },
};
