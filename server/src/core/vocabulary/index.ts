// The one home of the words a PR/FAQ is recognised by. Every language's file is data
// (`LanguageVocabulary`); this module compiles the phrases of all of them into matchers, once, at load.
// Recognition uses every language at once: real documents mix them (English headings over Japanese
// prose, "FAQ Interna"), so a heading is never misread because the language guess was wrong.
import type { PressReleaseSectionId } from '../types';
import { PRESS_RELEASE_SECTIONS } from '../types';
import type { LanguageVocabulary } from './types';
import { TextMemo } from '../cache';
import { en } from './en';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { pt } from './pt';
import { it } from './it';
import { nl } from './nl';
import { ja } from './ja';
import { zh } from './zh';
import { ko } from './ko';
import { ru } from './ru';
import { NUMERIC_DATE_FORMS, QUOTE_PAIRS, SHARED_PLACEHOLDER_TOKENS } from './shared';

export type { LanguageVocabulary } from './types';
export { QUOTE_PAIRS, DASHES } from './shared';

/** Every language the recogniser knows. To add one: write its file, add it here (see ARCHITECTURE.md). */
export const LANGUAGES: readonly LanguageVocabulary[] = [en, de, fr, es, pt, it, nl, ja, zh, ko, ru];

// ---------------------------------------------------------------------------------------------
// Normalising: what every matcher compares

const WILDCARD = '\u0001';
const ANY_WORD = '\u0002';

/**
 * Text as the matchers read it: width- and case-folded (NFKC, lower case), `&` as "and", every
 * punctuation mark or symbol a space, spaces collapsed. "Sub-Heading:" → "sub heading".
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A letter or digit of a script that separates words with spaces (and capitalises). */
const CASED_LETTER = '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}\\p{M}]';
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface PhrasePattern {
  before: string;
  body: string;
  after: string;
}

const SPACED_WILDCARD = new RegExp(`\\s*${WILDCARD}`, 'g');
const WILDCARDS = new RegExp(WILDCARD, 'g');

/** One phrase as a pattern over normalised text (see the phrase syntax in types.ts). */
function phrasePattern(phrase: string): PhrasePattern {
  const norm = normalizeName(phrase.replace(/\*/g, WILDCARD).replace(/(^|\s)_(?=\s|$)/g, `$1${ANY_WORD}`)).replace(SPACED_WILDCARD, WILDCARD);
  const body = norm
    .split(' ')
    .map((token) => (token === ANY_WORD ? '[\\p{L}\\p{N}]+' : escape(token).replace(WILDCARDS, '[\\p{L}\\p{M}]*')))
    .join(' ');
  const first = norm.charAt(0);
  const last = norm.charAt(norm.length - 1);
  // Words of spaced scripts match whole; a Latin "FAQ" right after Japanese text ("外部向けFAQ") is a whole word too.
  const before = HAN_KANA.test(first) ? '' : HANGUL.test(first) ? '(?<![\\p{L}\\p{N}])' : `(?<!${CASED_LETTER})`;
  const after = last === WILDCARD || HAN_KANA.test(last) || HANGUL.test(last) ? '' : `(?!${CASED_LETTER})`;
  return { before, body, after };
}

/**
 * A matcher over normalised text for a list of phrases. Phrases are grouped by the word boundaries
 * they need, so one alternation per group carries the boundary checks (a regex per phrase would be
 * slow to compile and to run); within a group the longest phrases come first, so a match is the longest.
 */
export class PhraseSet {
  private phrases: string[] | null;
  private compiled: { pattern: RegExp; global: RegExp } | null = null;

  /** The phrases are compiled on first use: a language server answers `initialize` before it has read a word. */
  constructor(phrases: Iterable<string>) {
    this.phrases = [...phrases];
  }

  /** One alternation of the phrases, with the word boundaries they need. */
  get pattern(): RegExp {
    return this.compile().pattern;
  }

  private get global(): RegExp {
    return this.compile().global;
  }

  private compile(): { pattern: RegExp; global: RegExp } {
    if (this.compiled) return this.compiled;
    const unique = [...new Set(this.phrases!.filter((p) => p.trim() !== ''))].sort((a, b) => b.length - a.length);
    const groups = new Map<string, { before: string; after: string; bodies: string[] }>();
    for (const p of unique.map(phrasePattern)) {
      const key = `${p.before}|${p.after}`;
      const g = groups.get(key) ?? { before: p.before, after: p.after, bodies: [] };
      g.bodies.push(p.body);
      groups.set(key, g);
    }
    const source = groups.size ? [...groups.values()].map((g) => `${g.before}(?:${g.bodies.join('|')})${g.after}`).join('|') : '(?!)';
    this.phrases = null;
    return (this.compiled = { pattern: new RegExp(source, 'u'), global: new RegExp(source, 'gu') });
  }

  /** True when normalised text holds one of the phrases. */
  test(norm: string): boolean {
    return this.pattern.test(norm);
  }

  /** The first phrase in normalised text. */
  find(norm: string): { index: number; text: string } | null {
    const m = this.pattern.exec(norm);
    return m ? { index: m.index, text: m[0] } : null;
  }

  /** How many different phrases normalised text holds (a cue's strength). */
  count(norm: string, limit = Infinity): number {
    const seen = new Set<string>();
    this.global.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.global.exec(norm)) && seen.size < limit) {
      if (m[0] === '') {
        this.global.lastIndex++;
        continue;
      }
      seen.add(m[0]);
    }
    return seen.size;
  }

  /** Normalised text with every phrase replaced by a space. */
  remove(norm: string): string {
    return norm.replace(this.global, ' ');
  }
}

const all = <T>(pick: (v: LanguageVocabulary) => T[]): T[] => LANGUAGES.flatMap(pick);

// ---------------------------------------------------------------------------------------------
// Names of the document's parts

export const NAMES = {
  pressRelease: new PhraseSet(all((v) => v.names.pressRelease)),
  faq: new PhraseSet(all((v) => v.names.faq)),
  internal: new PhraseSet(all((v) => v.names.internal)),
  external: new PhraseSet(all((v) => v.names.external)),
  other: new PhraseSet(all((v) => v.names.other)),
  body: new PhraseSet(all((v) => v.names.body)),
  title: new PhraseSet(all((v) => v.names.title)),
  dateline: new PhraseSet(all((v) => v.names.dateline)),
  parts: Object.fromEntries(PRESS_RELEASE_SECTIONS.map((id) => [id, new PhraseSet(all((v) => v.names.parts[id]))])) as Record<PressReleaseSectionId, PhraseSet>,
  /** Every name of every kind: a heading holding none of them names nothing. */
  guidance: new PhraseSet(all((v) => v.guidance)),
};

/** Words that may stand around a name without changing what it names ("the", "our", "part 1"). */
export const FILLER = new PhraseSet(['the', 'a', 'an', 'our', 'your', 'my', 'and', 'or', 'for', 'of', 'le', 'la', 'les', 'el', 'o', 'a', 'die', 'der', 'das', 'de', 'du', 'des']);

export const DECORATION = new PhraseSet(all((v) => v.decoration));

// ---------------------------------------------------------------------------------------------
// Questions and answers

const markerList = (pick: (v: LanguageVocabulary) => string[]) =>
  [...new Set(all(pick).map((m) => escape(m.normalize('NFKC').toLowerCase())))].sort((a, b) => b.length - a.length).join('|');

/** `Q:`, `Q.`, `Q1:`, `Q14b)`, `P:`, `Pregunta 3:`, `問：`, `질문:`, `FAQ-01:` at the start of a line (raw text, NFKC). */
export const QUESTION_PREFIX = new RegExp(`^\\s*(?:(?:${markerList((v) => v.questions.markers)})\\s*\\d*[a-z]?|faq\\s*-?\\s*\\d+[a-z]?)\\s*[:.)：．]\\s*`, 'iu');
/** `A:`, `A.`, `R:`, `Answer:`, `答：` at the start of an answer. */
export const ANSWER_PREFIX = new RegExp(`^\\s*(?:\\*\\*|__)?\\s*(?:${markerList((v) => v.questions.answerMarkers)})\\s*\\d*\\s*[:.)：．](?:\\s*(?:\\*\\*|__))?\\s*`, 'iu');
export const QUESTION_START = new PhraseSet(all((v) => v.questions.starts));
const QUESTION_ENDINGS = all((v) => v.questions.endings).map((e) => e.normalize('NFKC'));

/** Text shaped like a question: a question mark (any width), a question word first, or a question ending. */
export function looksLikeQuestion(text: string): boolean {
  const nfkc = text.normalize('NFKC').trim();
  // "Q. 支払いは一括だけでなく準委任もあり得ます。": a question marker makes it a question whatever follows.
  if (QUESTION_PREFIX.test(nfkc)) return true;
  const t = nfkc;
  if (/[?？]\s*[)\]）*_]*\s*$/.test(t)) return true;
  if (QUESTION_ENDINGS.some((e) => t.endsWith(e))) return true;
  const norm = normalizeName(t);
  const start = QUESTION_START.find(norm);
  return start !== null && start.index === 0;
}

// ---------------------------------------------------------------------------------------------
// Quotations and who speaks

export const QUOTES = {
  verbs: new PhraseSet(all((v) => v.quotes.verbs)),
  leader: new PhraseSet(all((v) => v.quotes.leader)),
  customer: new PhraseSet(all((v) => v.quotes.customer)),
  companyVoice: new PhraseSet(all((v) => v.quotes.companyVoice)),
  personalVoice: new PhraseSet(all((v) => v.quotes.personalVoice)),
};

const OPENERS = [...new Set(QUOTE_PAIRS.map(([o]) => o))];
/** Characters within which a quotation closes (an unclosed mark is not searched to the end of a long text). */
const MAX_QUOTATION = 4000;
/** Speech set with dashes: the dash before the first word, the speech, the dash before the verb. */
const DIALOGUE = /^(\s*[—―])(?=\S)([^—―\n]+?)\s[—―](?=\p{Ll})/u;

/** A quoted span of at least `min` characters between any pair of quotation marks. */
export function quotedSpans(text: string, min = 12): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = 0;
  // Dialogue set with dashes (Spanish, Portuguese): "—Este verano gasté menos agua —cuenta Andrés Gil."
  // The text opens with a dash set close to its first word; another dash, close to the verb, ends the speech.
  const dialogue = DIALOGUE.exec(text);
  if (dialogue && dialogue[2].length >= min) {
    out.push({ start: dialogue[1].length - 1, end: dialogue[0].length });
    i = dialogue[0].length;
  }
  while (i < text.length) {
    const ch = text[i];
    if (!OPENERS.includes(ch)) {
      i++;
      continue;
    }
    let best = -1;
    for (const [open, close] of QUOTE_PAIRS) {
      if (open !== ch) continue;
      // A quotation closes within a few paragraphs' length; an unclosed mark is not searched to the end.
      const j = text.slice(i + 1, i + 1 + MAX_QUOTATION).indexOf(close);
      if (j >= 0 && (best < 0 || i + 1 + j < best)) best = i + 1 + j;
    }
    // A character of a script without spaces says about as much as two letters, so a short sentence of
    // speech, “我们希望让家人放心，”, is a quotation; a short phrase without punctuation, 「背景を白に」, is not.
    // (Not Hangul: Korean is written with spaces, and a short quoted phrase there, "재고 확인 중", is a label.)
    if (best > i && (best - i - 1) * (HAN_KANA.test(text.slice(i + 1, Math.min(best, i + 4))) && /[，。！？、,.!?]/u.test(text.slice(i + 1, best)) ? 2 : 1) >= min) {
      out.push({ start: i, end: best + 1 });
      i = best + 1;
    } else if (best > i) {
      // A short quoted phrase ("재고 있음"): its closing mark opens nothing.
      i = best + 1;
    } else i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// What a paragraph says

export const CUES = {
  announce: new PhraseSet(all((v) => v.cues.announce)),
  today: new PhraseSet(all((v) => v.cues.today)),
  now: new PhraseSet(all((v) => v.cues.now)),
  problem: new PhraseSet(all((v) => v.cues.problem)),
  solution: new PhraseSet(all((v) => v.cues.solution)),
  resolution: new PhraseSet(all((v) => v.cues.resolution)),
  how: new PhraseSet(all((v) => v.cues.how)),
  cta: new PhraseSet(all((v) => v.cues.cta)),
};

// ---------------------------------------------------------------------------------------------
// Dates and datelines

// Lower case: dates are matched in lower-cased text (a case-insensitive expression of this size takes
// four times as long to compile, on every start).
const MONTHS = [...new Set(all((v) => v.dates.months.flat()).map((m) => m.toLowerCase()))].sort((a, b) => b.length - a.length).map(escape).join('|');
const D = '(?:[0-3]?[0-9])';
const YYYY = '(?:(?:19|20)[0-9]{2})';
function dateForm(form: string): string {
  return form
    .replace(/ /g, '\\s*')
    .replace('{month}', `(?:${MONTHS})`)
    .replace('{yyyy}', YYYY)
    .replace('{mm}', '[01][0-9]')
    .replace('{dd}', '[0-3][0-9]')
    .replace('{m}', '(?:1[0-2]|0?[1-9])')
    .replace('{d}', D);
}
/**
 * The forms grouped by what they open with ("{month}", "{d}", "{yyyy}"…), each group one alternation of
 * what follows: the regular expression engine then tries the month names once at a position, not once
 * per form (with the names of eleven languages, that was a tenth of a cold check).
 */
function datesSource(forms: readonly string[]): string {
  const byLead = new Map<string, string[]>();
  for (const form of forms) {
    const lead = /^\{(?:month|yyyy|mm|dd|m|d)\}/.exec(form)?.[0] ?? '';
    byLead.set(lead, [...(byLead.get(lead) ?? []), form.slice(lead.length)]);
  }
  return [...byLead]
    .map(([lead, rests]) => {
      const after = [...new Set(rests.map(dateForm))].sort((a, b) => b.length - a.length).join('|');
      return lead ? `${dateForm(lead)}(?:${after})` : after;
    })
    .join('|');
}
const DATE_SOURCE = datesSource([...new Set([...all((v) => v.dates.forms), ...NUMERIC_DATE_FORMS])]);
/** A calendar date in any known language (the month names of all of them), in lower-cased text. */
const DATE_LOWER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DATE_SOURCE})(?![\\p{L}\\p{N}])`, 'u');
let dateAnyCase: RegExp | undefined;

/** The text holds a calendar date in one of the known languages ("March 3, 2027", "3. März 2027", "2027年3月3日"). */
export function hasDate(text: string): boolean {
  // Every date form has a digit.
  return /[0-9]/.test(text) && DATE_LOWER.test(text.toLowerCase());
}

/** The text with its first date replaced by `by`. */
function withoutDate(text: string, by: string): string {
  if (!/[0-9]/.test(text)) return text;
  const lower = text.toLowerCase();
  // (Lower-casing that changes the length, "İ" → "i̇", would shift the offsets: then the slow way.)
  if (lower.length !== text.length) return text.replace((dateAnyCase ??= new RegExp(DATE_LOWER.source, 'iu')), by);
  const m = DATE_LOWER.exec(lower);
  return m ? text.slice(0, m.index) + by + text.slice(m.index + m[0].length) : text;
}
/** A year alone ("SEATTLE, WA -- 2026 --"). */
const YEAR = new RegExp(`(?<![\\p{L}\\p{N}])${YYYY}(?![\\p{L}\\p{N}])`, 'u');
/** A date left as a placeholder: `[TARGET GA DATE]`, `[Date de lancement]`, `[data de lançamento]`, `Month D, YYYY`. */
const PLACEHOLDER_DATE = /\[[^\]\n]{0,40}\b(?:date|datum|data|fecha|日付|日期|날짜|дата|launch|lancement|lançamento|lanzamiento|ga)\b[^\]\n]{0,40}\]|\b(?:month d{1,2},? yyyy|yyyy-mm-dd|mm\/dd\/yyyy)\b/iu;

export interface DatelineReading {
  city: boolean;
  date: boolean;
  /** The date is there but as a placeholder ("[TARGET GA DATE]"). */
  placeholderDate: boolean;
}

const TODAY_OPENING = /^(?:today|heute|aujourd'hui|hoy|hoje|oggi|сегодня|本日|今日|今天|오늘)\b/iu;

/** A place in a cased script: one to five capitalised words ("SEATTLE", "São Paulo", "Mountain View"). */
const PLACE_CONNECTOR = "(?:de|del|da|do|dos|das|la|le|les|el|von|van|der|di|du|sur|am|upon|on|y|e|i)";
const PLACE = `(?:\\p{Lu}[\\p{L}\\p{M}.'’]+(?:[ -](?:${PLACE_CONNECTOR} )?\\p{Lu}[\\p{L}\\p{M}.'’]*){0,4})`;
/** A place written in Chinese, Japanese or Korean ("シアトル", "서울", "旧金山"). */
const CJK_PLACE = '(?:[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}\\p{Script=Hangul}]{2,8})';
const SEP = '\\s*(?:[—–―]|-{1,2}|:|\\||·)\\s*';
const REGION_ASIDE = '(?:\\s*\\([^)]{1,40}\\))?';
const CITY_CASED = new RegExp(`^(?:${PLACE})(?:,\\s*(?:${PLACE}|\\p{Lu}{2,3}))?${REGION_ASIDE}$`, 'u');
const CITY_CJK = new RegExp(`^(?:${CJK_PLACE})(?:[,、，\\s]+(?:${CJK_PLACE}|${PLACE}))?$|^(?:${PLACE})(?:,\\s*${PLACE})?$`, 'u');

/**
 * Reads the opening of a paragraph as a dateline: "SEATTLE, WA – May 1, 2026 –", "Paris, 16 août 2026",
 * "2026년 9월, 시애틀", "**July 2026** -", "São Paulo, SP — [data de lançamento] —", "Luxembourg — February
 * 2026". Markup is stripped by the caller. Null when the opening is not a dateline at all.
 */
export function readDateline(opening: string): DatelineReading | null {
  const head = opening.replace(/^[\s>*_`#-]+/, '').slice(0, 160);
  // Read for every release block on every check: a block's reading is remembered by its opening.
  return datelines.get(head, () => ({ reading: readDatelineHead(head) })).reading;
}

const datelines = new TextMemo<{ reading: DatelineReading | null }>('dateline readings by opening');

function readDatelineHead(head: string): DatelineReading | null {
  if (QUESTION_PREFIX.test(head)) return null;
  // The dateline runs to the dash (or full stop) that ends it: "PLACE, DATE —" or "DATE, PLACE —".
  // (An em dash may be doubled, and set without spaces: "北京，2027年5月4日——薬箱今天…", "SEATTLE—May 1, 2026—".)
  const dash = /\s(?:[—–―]{1,2}|--?)\s|[—–―]{1,2}|\s\|\s|\s·\s/u.exec(head);
  // (Not the dot of a German day, "3. März", or of an initial.)
  const stop = /(?<=[^\d\s][^\s.]|[^\d\s])[.。](?:\s|$)/u.exec(head);
  const cut = dash && (!stop || dash.index < stop.index) ? dash.index : stop ? stop.index : -1;
  let lead = (cut > 0 ? head.slice(0, cut) : head).trim();
  // "SEATTLE, WA — May 1, 2026 — Today…": the date may stand between two dashes after the place.
  if (dash && cut === dash.index) {
    const rest = head.slice(dash.index + dash[0].length);
    const second = /^([^—–―\n]{2,40}?)\s*(?:(?:[—–―]|--?|\.)(?:\s|$)|$)/u.exec(rest);
    if (second && (hasDate(second[1]) || YEAR.test(second[1]) || PLACEHOLDER_DATE.test(second[1]))) lead = `${lead}, ${second[1]}`;
  }
  if (!lead || lead.length > 90) return null;
  // "[Your City, Your State] –": the dateline is there, left as a placeholder.
  if (/^\[[^\]]{2,60}\]$/.test(lead) && dash && cut === dash.index) return { city: true, date: false, placeholderDate: true };
  // "SEATTLE -- Today, Acme launched": "today" after the place stands for the date.
  const todayAfter = dash !== null && cut === dash.index && TODAY_OPENING.test(head.slice(dash.index + dash[0].length));
  const digits = /[0-9０-９]/.test(lead);
  const placeholderDate = /[[ymd]/i.test(lead) && PLACEHOLDER_DATE.test(lead);
  const yearOnly = digits ? YEAR.exec(lead) : null;
  const date = todayAfter || (digits && hasDate(lead)) || (yearOnly !== null && /\b(?:19|20)\d{2}\s*$/.test(lead)) || /(?:^|[\s,])(?:today|本日|今日|今天|오늘|heute|aujourd'hui|hoy|hoje|oggi|сегодня)$/iu.test(lead);
  const place = withoutDate(lead, ' ').replace(/,\s*(?:le|el|la|o|a|am|den|the|on)\s*$/iu, ',').replace(YEAR, ' ').replace(PLACEHOLDER_DATE, ' ').replace(/\s*[,、，]\s*(?=[,、，]|$)/gu, '').replace(/^\s*[,、，]\s*/u, '').replace(/\s+/g, ' ').trim().replace(/[,、，]$/u, '').trim();
  const cased = CITY_CASED.test(place);
  const city = place.length >= 2 && (cased || ((date || placeholderDate) && CITY_CJK.test(place)));
  if (date || placeholderDate) {
    // A date needs nothing else to be a dateline, but the rest of the lead must be a place or nothing.
    if (place && !city && place.split(/\s+/).length > 2) return null;
    return { city, date: date && !placeholderDate, placeholderDate };
  }
  // A place alone is a dateline only when a dash follows it and it looks like one: "San Francisco, CA –", "SEATTLE –".
  const looksLikePlace = /,\s*\S/.test(place) || (place === place.toUpperCase() && /\p{Lu}{3}/u.test(place));
  if (cased && looksLikePlace && dash && cut === dash.index && place.split(/\s+/).length <= 5) return { city: true, date: false, placeholderDate: false };
  return null;
}

export { SEP as DATELINE_SEPARATOR };

/**
 * How many characters of `opening` the dateline takes, with the dash that ends it ("SEATTLE, WA – May 1,
 * 2026 – "), or 0 when the opening is no dateline. The preview sets that stretch in bold.
 */
export function datelineLength(opening: string): number {
  if (!readDateline(opening)) return 0;
  const lead = /^[\s>*_`#-]*/.exec(opening)![0].length;
  const rest = opening.slice(lead, lead + 160);
  // Up to the last dash (or colon, or full stop) among the first two that follow the place and the date.
  const seps = [...rest.matchAll(/\s*(?:[—–―]|--?|·|\|)\s*|[.:]\s+/gu)].filter((m) => m.index! > 0).slice(0, 2);
  const dated = seps.find((m) => hasDate(rest.slice(0, m.index)) || YEAR.test(rest.slice(0, m.index)) || PLACEHOLDER_DATE.test(rest.slice(0, m.index)));
  const end = dated ?? seps[0];
  return end ? lead + end.index! + end[0].length : 0;
}

/** Attribution verbs in raw text ("said", "a déclaré", "と述べ"), for marking them up; case-insensitive. */
// Two alternations, not a boundary check per verb: the expression compiles in a fraction of the time.
export const ATTRIBUTION_VERB = (() => {
  const verbs = [...new Set(all((v) => v.quotes.verbs))].sort((a, b) => b.length - a.length).map((p) => ({ p, body: escape(p).replace(/ /g, "[\\s'’-]+") }));
  const cjk = (p: string) => {
    const first = [...p][0] ?? '';
    return HAN_KANA.test(first) || HANGUL.test(first);
  };
  const spaced = verbs.filter((v) => !cjk(v.p)).map((v) => v.body);
  const bare = verbs.filter((v) => cjk(v.p)).map((v) => v.body);
  return new RegExp([spaced.length ? `(?<![\\p{L}\\p{N}])(?:${spaced.join('|')})(?![\\p{L}\\p{N}])` : '', bare.join('|')].filter(Boolean).join('|'), 'iu');
})();

/**
 * An attribution verb and an indefinite article of the same language, then the next words (group 1):
 * "said a club treasurer", "dijo una vecina", "sagte eine Nutzerin": someone not named.
 */
export const UNNAMED_SPEAKER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LANGUAGES.filter((v) => v.quotes.someone?.length)
    .map((v) => `(?:${v.quotes.verbs.map((p) => escape(p).replace(/ /g, '\\s+')).join('|')})\\s+(?:${v.quotes.someone!.map(escape).join('|')})`)
    .join('|')})\\s+((?:\\S+\\s*){1,3})`,
  'iu',
);

/** Text opening with a quotation mark of any language. */
export const OPENS_WITH_QUOTE = new RegExp(`^\\s*[${[...new Set(QUOTE_PAIRS.map(([o]) => o))].map(escape).join('')}]`, 'u');

/** A decoration line ("FOR IMMEDIATE RELEASE", "PARA PUBLICACIÓN INMEDIATA") in any language. */
export function isDecorationLine(text: string): boolean {
  const norm = normalizeName(text);
  const hit = DECORATION.find(norm);
  return hit !== null && hit.index === 0 && norm.split(' ').length <= hit.text.split(' ').length + 6;
}

/** A place on its own ("Porto, Portugal", "서울, 대한민국"), as a dateline field gives it. */
export function isPlace(text: string): boolean {
  const t = text.replace(/^[\s>*_`]+|[\s*_`.]+$/g, '').trim();
  return t.length >= 2 && t.length <= 60 && (CITY_CASED.test(t) || CITY_CJK.test(t));
}

// ---------------------------------------------------------------------------------------------
// Placeholders and guidance

const BRACKET_WORDS = new PhraseSet(all((v) => v.placeholders.bracketWords));
export const PLACEHOLDER_TOKENS = new PhraseSet([...all((v) => v.placeholders.tokens), ...SHARED_PLACEHOLDER_TOKENS]);
/** The placeholder tokens of scripts without spaces, as written ("（仮）", "未定"): matched in the raw text. */
export const PLACEHOLDER_TOKENS_RAW: readonly string[] = [
  ...new Set([...all((v) => v.placeholders.tokens), ...SHARED_PLACEHOLDER_TOKENS].filter((t) => /[^\p{ASCII}]/u.test(t) && !/\p{Script=Latin}/u.test(t))),
];

/** Text inside brackets that is a placeholder left to fill ("date", "à valider : citation", "competitor"). */
export function isPlaceholderWords(inner: string): boolean {
  const norm = normalizeName(inner);
  if (!norm) return false;
  const hit = BRACKET_WORDS.find(norm);
  if (!hit) return false;
  // The placeholder word is the point of the bracket, not one word of a sentence in it.
  return norm.split(' ').length <= 4 || hit.index === 0;
}

// ---------------------------------------------------------------------------------------------
// The document's language

const STOPWORDS = LANGUAGES.filter((v) => v.stopwords.length > 0).map((v) => ({ lang: v.lang, words: new Set(v.stopwords) }));

/**
 * What a text says about its language: letters per script and, per language, how many of its words are
 * that language's commonest short words. Evidence adds up: the evidence of texts read apart (joined by a
 * space) is the sum of theirs, so a document's is summed block by block.
 */
export interface LanguageEvidence {
  kana: number;
  han: number;
  hangul: number;
  cyrillic: number;
  latin: number;
  words: number;
  /** Stopword hits, in the order of STOPWORDS. */
  stopwords: number[];
}

export function languageEvidence(sample: string): LanguageEvidence {
  const letters = (re: RegExp) => (sample.match(re) ?? []).length;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  return {
    kana: letters(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu),
    han: letters(/\p{Script=Han}/gu),
    hangul: letters(/\p{Script=Hangul}/gu),
    cyrillic: letters(/\p{Script=Cyrillic}/gu),
    latin: letters(/\p{Script=Latin}/gu),
    words: words.length,
    stopwords: STOPWORDS.map(({ words: set }) => {
      let score = 0;
      for (const w of words) if (set.has(w)) score++;
      return score;
    }),
  };
}

export function sumEvidence(list: readonly LanguageEvidence[]): LanguageEvidence {
  const sum: LanguageEvidence = { kana: 0, han: 0, hangul: 0, cyrillic: 0, latin: 0, words: 0, stopwords: STOPWORDS.map(() => 0) };
  for (const e of list) {
    sum.kana += e.kana;
    sum.han += e.han;
    sum.hangul += e.hangul;
    sum.cyrillic += e.cyrillic;
    sum.latin += e.latin;
    sum.words += e.words;
    e.stopwords.forEach((n, i) => (sum.stopwords[i] += n));
  }
  return sum;
}

/** A guess at the language: script first, then the commonest short words. */
export function languageOfEvidence(e: LanguageEvidence): string {
  if (e.hangul > e.latin / 2 && e.hangul >= e.han) return 'ko';
  if (e.kana + e.han > e.latin / 2) return e.kana > 0 ? 'ja' : 'zh';
  if (e.cyrillic > e.latin) return 'ru';
  if (e.words < 8) return 'en';
  let best = 'en';
  let bestScore = 0;
  STOPWORDS.forEach(({ lang }, i) => {
    if (e.stopwords[i] > bestScore) {
      best = lang;
      bestScore = e.stopwords[i];
    }
  });
  return best;
}

/** A guess at the language of a sample of prose. */
export function guessLanguage(sample: string): string {
  return languageOfEvidence(languageEvidence(sample));
}

const COMMON_WORDS = new Set(LANGUAGES.flatMap((v) => [...v.stopwords, ...v.questions.starts, ...v.quotes.companyVoice, ...v.quotes.personalVoice]).map((w) => w.toLowerCase()));

/** A function word of some language ("The", "Our", "Die"): capitalised at a sentence's start, never a name. */
export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.has(word.toLowerCase());
}

/** The writing checks (weasel words, tense, passive voice…) read English only. */
export function isEnglishTag(lang: string): boolean {
  return /^en\b/i.test(lang);
}
