// Stage 2: what each block says, as features the decoder scores. Every feature reads the vocabulary
// (all languages at once); none decides a part on its own.
import { CUES, DECORATION, NAMES, QUOTES, QUESTION_PREFIX, UNNAMED_SPEAKER, looksLikeQuestion, normalizeName, quotedSpans, readDateline, type DatelineReading } from '../vocabulary';
import type { PressReleaseSectionId } from '../types';
import type { Block } from './blocks';
import { KeyedMemos } from '../cache';

export interface QuoteFeature {
  /** Attributed to a speaker: a speech verb outside the quotation, or a dash-and-name line. */
  attributed: boolean;
  /** Who speaks, from the attribution's role words, else from the quotation's voice ("we" vs "I"). */
  role: 'leader' | 'customer' | null;
  /** The speaker is named like the product or the company ("Jerome Gao 表示" under "Jerome Gao 发布…"). */
  speakerIsProduct: boolean;
  /** The speaker has a title (CEO, director, manager), of whatever organisation. */
  titled: boolean;
  /** How clearly the role is decided (the difference of the votes; the voice of the quotation alone gives 0.5). */
  roleMargin: number;
  /** The quotation is most of the block (a quote paragraph), not a phrase quoted inside prose. */
  dominant: boolean;
}

export interface Features {
  /** Normalised text (see vocabulary `normalizeName`). */
  norm: string;
  dateline: DatelineReading | null;
  /** Announcement cues in the opening sentences. */
  announce: number;
  /** Opens with "today" and announces something in its first sentence (any language). */
  today: boolean;
  /** Opens with "Now …" ("Now data scientists can …"). */
  now: boolean;
  problem: number;
  solution: number;
  how: number;
  cta: number;
  quote: QuoteFeature | null;
  url: boolean;
  /** A price or a percentage, the numbers of a release. */
  numbers: boolean;
  question: boolean;
  decoration: boolean;
  sentences: number;
  /** An ordered or step list (how-it-works likes these). */
  steps: boolean;
  /** Opens by answering the paragraph before ("X fixes this", "That's why", "そこで"). */
  resolves: boolean;
  /** Opens with the status quo ("Today, teams…", "Currently", "従来") without announcing anything. */
  statusQuo: boolean;
  /** Sentences that state a problem: problem words and no solution words. */
  problemStatements: number;
  /** A part its first words name ("The problem …", "The solution is …"). */
  opensWith: PressReleaseSectionId | null;
  /** Names the product or the company (see `productTerms`). */
  mentionsProduct: boolean;
  /** Sentences whose subject is the product, the company or "we" ("Leak Alerts uses …"). */
  productSubjects: number;
  /** The first sentence's subject is the product, the company or "we". */
  opensWithProduct: boolean;
  /** Opens with a question ("Why does a city with empty backyards have a waiting list?"). */
  opensWithQuestion: boolean;
}

const OPENING_NAMES: PressReleaseSectionId[] = ['problem', 'solution', 'how-it-works', 'call-to-action'];

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+|\b[\w-]+\.(?:com|dev|io|ai|app|org|net|co|kr|jp|cn|de|fr|es|pt|br|ru|example)(?:\/\S*)?\b/i;
const NUMBERS = /[$€£¥₩]\s?\d|\d\s?(?:%|％|원|円|元|€|dollars?|usd|eur)|\d+\s?x\b|\d+[.,]\d+/i;
const DASH_NAME = /(?:^|\n|[.!?。！？"”」』»'’)*_]\s*)(?:[—–―~]|--?)\s*[*_]*[\p{L}\p{N}@]/u;
const CJK_ATTRIBUTION = /[」』"”]\s*(?:と|——|―)|(?:表示|说|說|指出|称|稱)[，,。:：]?\s*$|고\s*(?:말|밝|전|설명|강조)/u;

export interface Names {
  /** The product's and the company's names. */
  all: readonly string[];
  /** The product's alone (the subject of a solution's sentences). */
  product: readonly string[];
}

const NO_NAMES: Names = { all: [], product: [] };

/**
 * What a block says depends on the block and the names alone: after an edit, only the edited block's
 * features are computed again (one memo per set of names, by what the block is and its text).
 */
export function featuresOf(block: Block, names: Names = NO_NAMES): Features {
  const memo = featureMemos.for(`${names.all.join('\u0001')}\u0000${names.product.join('\u0001')}`);
  const ordered = (block.node as { ordered?: boolean } | undefined)?.ordered === true;
  const key = `${block.kind}|${block.type}|${ordered}|${block.links}|${block.words}|${block.quoted}|${block.style}|${block.leadStrong ?? ''}\u0000${block.text}`;
  return memo.get(key, () => computeFeatures(block, names));
}

const featureMemos = new KeyedMemos<Features>('recogniser: features by names and block', 20);

function computeFeatures(block: Block, names: Names): Features {
  const productTerms = names.all;
  const text = block.text;
  const sentences = sentencesOf(text);
  const norm = normalizeName(text);
  const opening = sentencesOf(text).slice(0, 2).join(' ');
  const openingNorm = normalizeName(opening);
  const firstWords = norm.split(' ').slice(0, 4).join(' ');
  const firstSentence = normalizeName(sentences[0] ?? '');
  const announceFirst = CUES.announce.count(firstSentence) > 0;
  const atStart = (hit: { index: number } | null) => hit !== null && hit.index <= 4;
  const opensWith = OPENING_NAMES.find((id) => atStart(NAMES.parts[id].find(firstWords))) ?? null;
  const statements = sentences.filter((sentence) => {
    const n = normalizeName(sentence);
    const p = CUES.problem.count(n);
    return p >= 2 && p > CUES.solution.count(n);
  }).length;
  return {
    norm,
    dateline: block.kind === 'body' ? readDateline(text) : null,
    announce: CUES.announce.count(openingNorm),
    today: CUES.today.find(firstWords) !== null && announceFirst,
    now: CUES.now.find(firstWords)?.index === 0,
    problem: CUES.problem.count(norm),
    solution: CUES.solution.count(norm),
    how: CUES.how.count(norm),
    cta: CUES.cta.count(norm),
    quote: quoteOf(block, productTerms),
    url: block.links || URL.test(text),
    numbers: NUMBERS.test(text),
    question: isQuestionBlock(block),
    decoration: isDecoration(norm, text),
    sentences: sentences.length,
    steps: block.type === 'list' && (block.node as { ordered?: boolean } | undefined)?.ordered === true,
    resolves: atStart(CUES.resolution.find(firstWords)),
    statusQuo: !announceFirst && (atStart(CUES.today.find(firstWords)) || atStart(CUES.problem.find(firstWords))),
    problemStatements: statements,
    opensWith,
    mentionsProduct: productTerms.some((t) => text.includes(t)),
    productSubjects: sentences.filter((sentence) => subjectIsProduct(sentence, names.product)).length,
    opensWithProduct: sentences.length > 0 && subjectIsProduct(sentences[0], names.product),
    opensWithQuestion: /[?？]$/.test(sentences[0] ?? '') && sentences.length > 1,
  };
}

function isDecoration(norm: string, text: string): boolean {
  if (text.length > 120) return false;
  const hit = DECORATION.find(norm);
  return hit !== null && hit.index === 0 && norm.split(' ').length <= hit.text.split(' ').length + 6;
}

export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?。！？])\s+|(?<=[。！？])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The sentence opens with the product or company name, or with the company's "we". */
function subjectIsProduct(sentence: string, terms: readonly string[]): boolean {
  // "Leak Alerts uses …", "The Tangent Solution …", "With Fernway, each sign …", "Avec CDE, …".
  // (After a determiner — "Each Harbor locker bank has …" — and by the first word of a longer name.)
  const head = sentence.replace(/^[\s"“'*_]+/, '').replace(WITH_OPENING, '').replace(DETERMINER, '').slice(0, 60);
  if (terms.some((t) => head.startsWith(t) || (/\s/.test(t) && t.split(/\s+/)[0].length >= 4 && head.startsWith(`${t.split(/\s+/)[0]} `)))) return true;
  const first = normalizeName(head).split(' ').slice(0, 2).join(' ');
  return QUOTES.companyVoice.find(first)?.index === 0;
}

/** "…, a rider from Burien", "…, une infirmière à Lyon": a person introduced by what they are, not a title. */
/** The organisation a speaker's role belongs to: "CEO of Halyard Software", "director at Fresno Food Bank", "who runs Point Judith Sailing Center". */
const ORGANISATION_NAME = "((?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+(?:of\\s+|&\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,5})";
const ORGANISATION = new RegExp(`\\b(?:at|of|from|with|for|who runs|who owns|who manages|runs|owns)\\s+${ORGANISATION_NAME}`, 'u');
/** Only the words that name an organisation for certain ("of" may name a department: "Head of Product"). */
const ORGANISATION_AT = new RegExp(`\\b(?:at|from|who runs|who owns|who manages)\\s+${ORGANISATION_NAME}`, 'u');
/** "— Sam Lee, owner, Lee Bikes": name, title, then the organisation, set off by commas. */
const TITLE_THEN_ORGANISATION = new RegExp(`(?<=\\p{Lu}\\p{Ll}+),\\s*[^,.;:"“”«»„\\n]{2,60},\\s*${ORGANISATION_NAME}`, 'u');
/** Using the product: "who used Larder for a year", "tested Pathfinder this spring". */
const USES = /\b(?:used|uses|using|tested|tests|tried|piloted|adopted|switched to|signed up for|relies on)\b/i;
const SOMEONE = /[\p{L}.],\s+(?:a|an|un|une|una|uma|um|ein|eine|einer)\s+\p{L}{3,}/u;

/** A share of people or a survey just before a quotation. */
const SURVEY = /\d+\s*(?:%|％|割|人|名|people|respondents|households|of them)|\b(?:survey|surveyed|poll|respondents)\b|調査|アンケート|调查|問卷|설문|enquête|encuesta|pesquisa|umfrage|опрос/iu;

/** "MBTA" for "Massachusetts Bay Transportation Authority". */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** A determiner before a sentence's subject. */
const DETERMINER = /^(?:the|each|every|our|its|their|le|la|les|el|los|las|o|os|a|as|der|die|das|jede[rs]?)\s+/i;

/** "With …," opening a sentence, in the languages that put the product first that way. */
const WITH_OPENING = /^(?:with|using|through|thanks to|avec|grâce à|con|gracias a|com|mit|dank|met|con)\s+(?:the\s+|la\s+|le\s+|el\s+|o\s+|a\s+)?/i;

/** Characters either side of a quotation where its speaker is named. */
const SPEAKER_WINDOW = 90;

/** A quotation: quoted speech of some length (any quotation marks), or a blockquote that reads as speech. */
function quoteOf(block: Block, productTerms: readonly string[]): QuoteFeature | null {
  if (block.kind !== 'body' || block.words < 4) return null;
  const text = block.text;
  const spans = quotedSpans(text, 12);
  const quotedChars = spans.reduce((n, s) => n + (s.end - s.start), 0);
  const blockquote = block.quoted || block.type === 'blockquote';
  const opensWithQuote = /^[\s*_]*["“„«»「『‘]/u.test(text);
  if (spans.length === 0 && !blockquote) return null;
  // Who speaks is said next to the quotation, outside it: "…," said Jane Doe, VP … / 관계자는 "…"고 말했다.
  // Only what is outside the quotations: a window stops at the neighbouring quotation ("…," said an early
  // adopter. "…weeks of Kubernetes…" names no organisation of the speaker's).
  const tail = text.slice(Math.max(0, text.length - 200));
  const near = spans.length ? spans.map((_, i) => outside(text, spans, i, SPEAKER_WINDOW).join(' " ')).map((w) => ` ${w}`).join('') : tail;
  const nearNorm = normalizeName(near);
  const dashed = DASH_NAME.test(spans.length ? near : tail);
  // What a share of people answered in a survey ("65歳以上の方の4割は「…」と答えています") is no one's quote.
  const survey = spans.length > 0 && spans.every((s) => SURVEY.test(text.slice(Math.max(0, s.start - 40), s.start)));
  const attributed = !survey && ((spans.length > 0 && (QUOTES.verbs.test(nearNorm) || CJK_ATTRIBUTION.test(near))) || dashed);
  // A blockquote is speech when it is attributed or speaks in the first person; a quoted release is not.
  const inside = normalizeName(spans.map((s) => text.slice(s.start, s.end)).join(' ') || text);
  const company = QUOTES.companyVoice.count(inside);
  const personal = QUOTES.personalVoice.count(inside);
  const speech = attributed || company + personal > 0;
  const dominant = opensWithQuote || quotedChars >= text.length * 0.45 || (blockquote && speech && !readDateline(text));
  if (!dominant && !attributed) return null;
  // Who speaks, as a vote: role words next to the quotation ("CEO", "a rider from Burien"); the
  // organisation after the role (the product's own, or a customer's: "director at Fresno Food Bank");
  // using the product ("who used Larder for a year"); a speaker named like the product ("”Jerome Gao
  // 表示" under "Jerome Gao 发布…"); and, weakest, the voice of the quotation ("we" or "I").
  const beside = spans.map((_, i) => outside(text, spans, i, 14).join(' ')).join(' ');
  const speakerIsProduct = attributed && productTerms.some((t) => beside.includes(t));
  // "at"/"from" name the organisation; a comma after the title does ("Head of Product, Lantern") before "of"
  // does, which may name a department ("Head of Product").
  const org = (ORGANISATION_AT.exec(near) ?? TITLE_THEN_ORGANISATION.exec(near) ?? ORGANISATION.exec(near))?.[1]?.replace(/^the\s+/i, '').replace(/[.,;:]+$/, '') ?? null;
  const orgIsProduct = org !== null && productTerms.some((t) => org.includes(t) || t.includes(org.trim()) || initials(t) === org.trim());
  const usesProduct = USES.test(near) && productTerms.some((t) => near.includes(t));
  // A title at someone else's organisation ("operations manager at Buckeye Outdoor Supply") is a customer's.
  const foreignOrg = org !== null && !orgIsProduct && productTerms.length > 0;
  const titles = QUOTES.leader.count(nearNorm);
  // "…," said a club treasurer: someone not named, after the attribution verb; of the product's own people
  // ("said a KFabrik contributor") when the product's name follows.
  const unnamed = UNNAMED_SPEAKER.exec(near);
  const unnamedInsider = unnamed !== null && productTerms.some((t) => unnamed[1].includes(t));
  const unnamedOutsider = unnamed !== null && !unnamedInsider;
  const leaderVote = (foreignOrg ? 0 : titles) + (orgIsProduct ? 2 : 0) + (speakerIsProduct ? 2 : 0) + (unnamedInsider ? 1 : 0) + (company > personal ? 0.5 : 0);
  const customerVote =
    QUOTES.customer.count(nearNorm) + (foreignOrg ? titles + 0.75 : 0) + (SOMEONE.test(near) || unnamedOutsider ? 1 : 0) + (usesProduct ? 2 : 0) + (personal > company ? 0.5 : 0);
  const role: QuoteFeature['role'] = leaderVote > customerVote ? 'leader' : customerVote > leaderVote ? 'customer' : null;
  return { attributed, role, dominant, speakerIsProduct, titled: titles > 0, roleMargin: Math.abs(leaderVote - customerVote) };
}

/** The text before and after quotation `i`, `width` characters at most, never into the quotations beside it. */
function outside(text: string, spans: readonly { start: number; end: number }[], i: number, width: number): [string, string] {
  const s = spans[i];
  const from = Math.max(i > 0 ? spans[i - 1].end : 0, s.start - width);
  const to = Math.min(i + 1 < spans.length ? spans[i + 1].start : text.length, s.end + width);
  return [text.slice(from, s.start), text.slice(s.end, to)];
}

/** Shaped like an FAQ question: `Q:`-style prefix, a question heading, a bold question. */
export function isQuestionBlock(block: Block): boolean {
  if (block.kind === 'label') return false;
  const first = block.text.split('\n')[0];
  if (QUESTION_PREFIX.test(first.normalize('NFKC'))) return true;
  if (block.kind === 'heading') return looksLikeQuestion(block.text);
  if (block.leadStrong && looksLikeQuestion(block.leadStrong)) return true;
  if (block.type === 'blockquote' && !block.text.includes('\n') && block.text.length <= 200 && /[?？]\s*$/.test(block.text)) return true;
  return block.style === 'strong' && looksLikeQuestion(block.text);
}
