// Stage 6: the model the rules, the editor and the preview read. Puts the stages together:
// blocks → features → regions → decoded release + FAQ entries → sections, word counts, dateline.
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from '../parse';
import { computeLineStarts, rangeAt } from '../positions';
import { countWords, documentWords, nodeText } from '../words';
import { detectLanguage } from '../language';
import { readDirectives } from '../directiveComments';
import { CUES, DECORATION, hasDate, PLACEHOLDER_TOKENS, isCommonWord, isPlace, normalizeName, readDateline } from '../vocabulary';
import type { BlockInfo, FaqKind, FrontMatter, HeadingInfo, PrfaqModel, Range, Section, SectionId } from '../types';
import { toBlocks, type Block } from './blocks';
import { featuresOf, isQuestionBlock, type Features } from './features';
import { placeBlocks, type Placed } from './structure';
import { decodeRelease, type Decoded, type DecodedPart } from './decode';
import { readFaq } from './faq';
import { TextMemo } from '../cache';

/**
 * Builds the model of one document. `tree` may be given when the caller already has the mdast of exactly
 * this text (the incremental checker stitches it from cached blocks); otherwise the text is parsed.
 */
export function buildModel(text: string, tree: Root = parseMarkdown(text)): PrfaqModel {
  return recognise(text, tree).model;
}

/** The stages' intermediate results beside the model (for `npm run explain` and tests). */
export interface Recognition {
  blocks: Block[];
  /** Features of the release's blocks (indexes of blocks outside the release are empty). */
  features: Features[];
  placed: Placed[];
  productTerms: NameTerms;
  decoded: Decoded;
  model: PrfaqModel;
}

export function recognise(text: string, tree: Root = parseMarkdown(text)): Recognition {
  const lineStarts = computeLineStarts(text);
  const range = (s: number, e: number): Range => rangeAt(lineStarts, s, e, text.length);
  const frontMatter = readFrontMatter(tree, range);
  const blocks = toBlocks(tree, text);
  const placed = placeBlocks(blocks, blocks.map(isQuestionBlock));
  // What a block says matters only inside the release: the FAQ and the appendix are not decoded.
  const terms = productTerms(blocks, placed);
  const features: Features[] = [];
  blocks.forEach((b, i) => {
    if (placed[i].region === 'pr') features[i] = featuresOf(b, terms);
  });
  const decoded = decodeRelease(blocks, features, placed);
  const faq = readFaq(blocks, placed, text, range);

  const sections: Section[] = decoded.parts.map((p) => releaseSection(p, blocks, range));
  sections.push(...faqSections(blocks, placed, range));
  sections.sort((a, b) => a.range.start.offset - b.range.start.offset);

  const total = documentWords(tree, text);
  const regionSum = (pick: (b: Block, i: number) => number, region: Placed['region'], kind?: FaqKind) =>
    blocks.reduce((n, b, i) => (placed[i].region === region && (kind === undefined || placed[i].faqKind === kind) ? n + pick(b, i) : n), 0);
  const regionWords = (region: Placed['region'], kind?: FaqKind) => regionSum((b) => b.words, region, kind);
  const externalFaq = regionWords('faq', 'external');
  const internalFaq = regionWords('faq', 'internal');
  const chars = (region: Placed['region'], kind?: FaqKind) => regionSum((b) => b.chars, region, kind);
  const characters = {
    pressRelease: chars('pr'),
    externalFaq: chars('faq', 'external'),
    internalFaq: chars('faq', 'internal'),
    faq: chars('faq'),
    total: blocks.reduce((n, b) => n + b.chars, 0),
  };
  // What a page holds differently (core/pages.ts): segmented words of no-space scripts, Korean words.
  const noSpaceWords = blocks.map((b) => b.noSpaceWords);
  const hangulWords = blocks.map((b) => b.hangulWords);
  const perPart = (counts: number[]) => {
    const sum = (region: Placed['region'], kind?: FaqKind) => regionSum((_, i) => counts[i], region, kind);
    return {
      pressRelease: sum('pr'),
      externalFaq: sum('faq', 'external'),
      internalFaq: sum('faq', 'internal'),
      faq: sum('faq'),
      total: counts.reduce((n, c) => n + c, 0),
    };
  };
  const regionRange = (region: Placed['region']): Range | null => {
    const first = placed.findIndex((p) => p.region === region);
    if (first < 0) return null;
    let last = first;
    placed.forEach((p, i) => {
      if (p.region === region) last = i;
    });
    return range(blocks[first].start, blocks[last].end);
  };
  const headings: HeadingInfo[] = blocks
    .filter((b) => b.kind === 'heading')
    .map((b) => ({
      text: b.text,
      level: b.level,
      range: range(b.start, b.end),
      closed: b.closed,
      sectionId: sections.find((s) => s.headingRange?.start.offset === b.start)?.id ?? null,
    }));
  const fmLang = frontMatter?.data && typeof frontMatter.data.lang === 'string' ? frontMatter.data.lang : null;
  const dateline = decoded.dateline
    ? { range: range(blocks[decoded.dateline.block].start, blocks[decoded.dateline.block].end), ...decoded.dateline.reading }
    : null;

  const nodeStarts = new Set(tree.children.map((n) => n.position?.start.offset));
  const outline: BlockInfo[] = blocks.map((b, i) => ({
    startsBlock: nodeStarts.has(b.start),
    kind: b.kind,
    level: b.level,
    range: range(b.start, b.end),
    region: placed[i].region,
    faqKind: placed[i].faqKind,
    names: b.name === null ? null : b.name.type === 'section' ? b.name.id : b.name.type === 'faq' ? (b.name.explicit ? (b.name.kind === 'internal' ? 'internal-faq' : 'external-faq') : 'faq') : b.name.type,
    bold: b.kind === 'label' && /^\s*(?:>\s*)*(\*\*|__)/.test(text.slice(b.start, b.end)),
    short: b.kind === 'body' && b.words <= 45 && !b.text.includes('\n\n') && (features[i] ? features[i].sentences <= 2 && !features[i].dateline && !features[i].decoration : b.words <= 20),
  }));
  const model: PrfaqModel = {
    text,
    tree,
    lineStarts,
    frontMatter,
    sections,
    possibleSections: [...decoded.plausible],
    headings,
    blocks: outline,
    faq,
    words: {
      pressRelease: regionWords('pr'),
      externalFaq,
      internalFaq,
      faq: externalFaq + internalFaq,
      total: total.words,
      code: total.code,
    },
    characters,
    scriptWords: { noSpace: perPart(noSpaceWords), hangul: perPart(hangulWords) },
    pressReleaseRange: regionRange('pr'),
    faqRange: regionRange('faq'),
    dateline,
    lang: fmLang ?? detectLanguage(blocks.filter((b) => b.kind === 'body').slice(0, 40).map((b) => b.text)),
    directives: readDirectives(tree, range),
  };
  return { blocks, features, placed, productTerms: terms, decoded, model };
}

function readFrontMatter(tree: Root, range: (s: number, e: number) => Range): FrontMatter | null {
  const first = tree.children[0];
  if (!first || first.type !== 'yaml' || !first.position) return null;
  const { data, error } = frontMatterData.get(first.value, () => readYaml(first.value));
  return { raw: first.value, data, error, range: range(first.position.start.offset!, first.position.end.offset!) };
}

// Parsed once per front matter text (rules and the config read `data`, none changes it).
const frontMatterData = new TextMemo<{ data: Record<string, unknown> | null; error: string | null }>('front matter by text');

function readYaml(raw: string): { data: Record<string, unknown> | null; error: string | null } {
  try {
    const parsed = parseYaml(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return { data: parsed as Record<string, unknown>, error: null };
    return { data: null, error: parsed !== null && parsed !== undefined ? 'front matter is not a mapping of keys to values' : null };
  } catch (e) {
    return { data: null, error: (e as Error).message.split('\n')[0] };
  }
}

// ---------------------------------------------------------------------------------------------
// Sections

/** Placeholders alone are no content ("[NAME, TITLE]", "TBD", "{RFC_TITLE}"). */
function contentWords(text: string): number {
  return contentWordsByText.get(text, () => countContentWords(text));
}

const contentWordsByText = new TextMemo<number>('content words by block text');

function countContentWords(text: string): number {
  const stripped = text.replace(/\[[^\]]*\]|\{[^}]*\}/g, ' ');
  const norm = normalizeName(stripped);
  return countWords(PLACEHOLDER_TOKENS.test(norm) ? PLACEHOLDER_TOKENS.remove(norm) : stripped);
}

function makeSection(id: SectionId, heading: Block | null, body: Block[], range: (s: number, e: number) => Range, via: Section['via']): Section {
  const start = heading ? heading.start : body[0].start;
  const end = body.length ? Math.max(body[body.length - 1].end, heading?.end ?? 0) : heading!.end;
  const words = body.reduce((n, b) => n + b.words, 0);
  // Under a part's heading a sub-heading is no content of its own; a headline written as a heading is,
  // and so is an FAQ's question heading.
  const faq = id === 'external-faq' || id === 'internal-faq';
  const content = body.filter((b) => !b.instruction && (faq || heading === null || b.kind !== 'heading'));
  const instructionsOnly = words > 0 && content.every((b) => b.words === 0 || contentWords(b.text) === 0) && body.some((b) => b.instruction);
  return {
    id,
    heading: heading ? heading.text : null,
    headingLevel: heading ? (heading.kind === 'heading' ? heading.level : 0) : null,
    headingRange: heading ? range(heading.start, heading.end) : null,
    range: range(start, end),
    bodyRange: body.length ? range(body[0].start, body[body.length - 1].end) : null,
    words,
    text: body.map((b) => b.text).join('\n'),
    // Block by block, stopping at the first with content (a placeholder never spans two blocks).
    empty: !content.some((b) => contentWords(b.text) > 0),
    instructionsOnly,
    source: heading ? 'heading' : 'inferred',
    via,
  };
}

function releaseSection(p: DecodedPart, blocks: Block[], range: (s: number, e: number) => Range): Section {
  const section = makeSection(p.id, p.named, p.body.map((i) => blocks[i]), range, p.via);
  if (p.shared) section.shared = true;
  return section;
}

function faqSections(blocks: Block[], placed: Placed[], range: (s: number, e: number) => Range): Section[] {
  const out: Section[] = [];
  for (const kind of ['external', 'internal'] as FaqKind[]) {
    const inKind = blocks.map((b, i) => ({ b, i })).filter(({ i }) => placed[i].region === 'faq' && placed[i].faqKind === kind);
    if (inKind.length === 0) continue;
    // The heading that opens this kind's FAQ (not a group heading that holds both kinds).
    const containerAt = inKind.findIndex(({ b, i }) => (b.kind === 'heading' || b.kind === 'label') && b.name?.type === 'faq' && !holdsSubFaqs(blocks, placed, i));
    const heading = containerAt >= 0 ? inKind[containerAt].b : null;
    const body = inKind.filter(({ b }) => b !== heading && !(b.name?.type === 'faq' && b.kind !== 'body')).map(({ b }) => b);
    const s = makeSection(kind === 'internal' ? 'internal-faq' : 'external-faq', heading, body.length ? body : heading ? [] : [inKind[0].b], range, heading ? (heading.kind === 'heading' ? 'heading' : 'label') : 'content');
    s.range = range(inKind[0].b.start, inKind[inKind.length - 1].b.end);
    out.push(s);
  }
  return out;
}

/** A group heading ("Frequently Asked Questions") directly followed by its sub-FAQs names nothing itself. */
function holdsSubFaqs(blocks: Block[], placed: Placed[], i: number): boolean {
  const next = blocks[i + 1];
  return !!next && placed[i + 1].region === 'faq' && next.kind === 'heading' && next.name?.type === 'faq' && next.level > blocks[i].level;
}

// ---------------------------------------------------------------------------------------------
// The product's and the company's names: capitalised words the release repeats mid-sentence, and what
// its opening paragraphs set in code or bold (`plit`, **Nest Presence AI**)

const CAPITALISED = /(?<![\p{L}\p{N}])[\p{Lu}][\p{L}\p{N}]*(?:[ -](?:(?:a|de|del|da|do|of|the|y|e|et|und|&) )?[\p{Lu}][\p{L}\p{N}]*){0,4}|(?<![\p{L}\p{N}])[\p{Ll}]+[\p{Lu}][\p{L}\p{N}]*|(?<![\p{L}\p{N}])[a-z][a-z0-9]*_[a-z0-9_]+/gu;
const SENTENCE_START = /(?:^|[.!?。！？:]\s+|\n)$/u;

const QUOTED_NAME = /[「『“"]([^」』”"\n]{2,24})[」』”"]/gu;
const CJK_QUOTED_NAME = /[「『“‘'"]([^」』”’'"\n]{2,16})[」』”’'"]/u;
const LATIN_IN_CJK = /[A-Za-z][A-Za-z0-9_.-]{2,}/g;
const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The names of the product and of the company that makes it (both in `all`). */
export interface NameTerms {
  all: string[];
  product: string[];
}

export function productTerms(blocks: Block[], placed: Placed[]): NameTerms {
  const inRelease = blocks.filter((_, i) => placed[i].region === 'pr' || placed[i].region === 'pre');
  const body = inRelease.filter((b) => b.kind === 'body').slice(0, 30);
  const titles = inRelease.filter((b) => b.kind === 'heading' || b.style !== null).slice(0, 3);
  // The names come from the release's first blocks alone: an edit elsewhere finds them here.
  const key = [...titles.map((h) => `${h.kind}${h.style}${h.name?.type ?? ''}\u0001${h.text}`), '\u0000', ...body.map((b, k) => (k < 2 ? `${b.text}\u0001${inlineNames(b).join('\u0001')}` : b.text))].join('\u0002');
  return namesByRelease.get(key, () => readNames(body, titles));
}

const namesByRelease = new TextMemo<NameTerms>('recogniser: product and company names by release opening');

/** What an opening paragraph sets in code or bold (`plit`, **Nest Presence AI**). */
function inlineNames(b: Block): string[] {
  if (b.node?.type !== 'paragraph') return [];
  const out: string[] = [];
  for (const c of b.node.children) {
    const t = c.type === 'inlineCode' ? c.value : c.type === 'strong' ? nodeText(c) : '';
    if (t) out.push(t);
  }
  return out;
}

function readNames(body: Block[], titles: Block[]): NameTerms {
  const seen = new Map<string, number>();
  const midSentence = new Set<string>();
  const given = new Set<string>();
  // 「まちの薬箱」 in the headline: a name set in quotation marks.
  for (const h of titles) for (const m of h.text.matchAll(QUOTED_NAME)) given.add(m[1].trim());
  body.forEach((b, k) => {
    const found = new Set<string>();
    const cjk = CJK_TEXT.test(b.text);
    for (const m of b.text.matchAll(cjk ? LATIN_IN_CJK : CAPITALISED)) {
      // "Com a Feira Certa" → "Feira Certa": no leading function word or connector.
      const words = m[0].split(/\s+/);
      let lead = 0;
      while (lead < words.length - 1 && (isCommonWord(words[lead]) || /^\p{Ll}/u.test(words[lead]))) lead++;
      const term = words.slice(lead).join(' ');
      if (term.length < 3) continue;
      found.add(term);
      if (cjk || lead > 0 || !SENTENCE_START.test(b.text.slice(Math.max(0, m.index! - 3), m.index))) midSentence.add(term);
    }
    if (k < 2) {
      // 「おくすり手帳プラス」, '약챙김', “用药提醒” in the opening: in scripts without capitals, a name is set in quotation marks.
      if (cjk && k === 0) {
        // (Only the first quoted words of the opening sentence, and only when they come back later:
        // Japanese sets any emphasised word in 「」.)
        const m = CJK_QUOTED_NAME.exec(b.text.split(/(?<=[。！？.!?])/u)[0]);
        const name = m?.[1].trim();
        if (name && !/[\s。、，！？.!?]/u.test(name) && body.slice(1).some((other) => other.text.includes(name))) given.add(name);
      }
      for (const t of inlineNames(b)) {
        if (t.length >= 3 && t.length <= 40 && t.split(/\s+/).length <= 4 && !readDateline(t) && !DECORATION.test(normalizeName(t))) given.add(t);
      }
    }
    for (const t of found) seen.set(t, (seen.get(t) ?? 0) + 1);
  });
  // Not the city of the dateline ("AUSTIN, TX – … Austin's 40 community gardens"), not a month, not an
  // acronym the headline does not use (customers' and suppliers' acronyms: DSP, AWS, LLM).
  const places = new Set(body.slice(0, 4).flatMap((b) => (readDateline(b.text) || isPlace(b.text) ? b.text.split(/[—–-]/)[0].split(/[\s,]+/).map((w) => w.toLowerCase()) : [])));
  const inTitles = (t: string) => titles.some((h) => h.text.includes(t));
  const recurring = [...seen.entries()]
    .filter(([t, n]) => n >= 2 && midSentence.has(t) && !places.has(t.toLowerCase()) && !hasDate(t) && !isCommonWord(t) && (!/^\p{Lu}{2,5}s?$/u.test(t) || inTitles(t)))
    .map(([t]) => t);
  const terms = [...new Set([...given].filter((t) => body.some((b) => b.text.includes(t))).concat(recurring))];
  // The names the headline or title uses, or the opening announces ("… today launched Leak Alerts"), are
  // the product's and the company's; when there are any, the rest are someone else's.
  const opening = body.slice(0, 3).find((b) => readDateline(b.text) || CUES.announce.test(normalizeName(b.text.slice(0, 300))));
  const primary = terms.filter((t) => inTitles(t) || given.has(t) || (opening?.text.includes(t) ?? false));
  const all = primary.length ? primary : terms;
  // In "The Cascade Ridge National Forest today launched Fernway", what comes before the announcing verb
  // is the company, what comes after it the product.
  // Without such a verb, of two names in the opening sentence the first is the company ("The Cascade Ridge
  // National Forest today replaced its paper permit boxes with Fernway").
  const sentence = opening ? opening.text.split(/(?<=[.!?。！？])\s/u)[0] : '';
  let verb = opening ? announcingAt(sentence) : -1;
  // The company is who announces: the capitalised name right before the verb ("The Massachusetts Bay
  // Transportation Authority today put …"), even when the release names it only once.
  if (verb > 0) {
    const announcer = [...sentence.slice(0, verb).matchAll(CAPITALISED)].pop()?.[0].replace(/^(?:The|La|Le|El|O|A|Die|Der|Das)\s+/u, '');
    if (announcer && announcer.length >= 3 && !all.includes(announcer) && !hasDate(announcer) && !places.has(announcer.toLowerCase())) all.push(announcer);
  }
  if (opening && verb < 0) {
    const named = all.filter((t) => sentence.includes(t)).sort((a, b) => sentence.indexOf(a) - sentence.indexOf(b));
    if (named.length >= 2) verb = sentence.indexOf(named[0]) + named[0].length;
  }
  // The product: the name a headline opens with ("Clearpath Shows Commuters …", "Agua a Tiempo avisa …"),
  // else the first name after the opening's verb; a name that begins the product's ("Halyard" of
  // "Halyard Waitlist") stands for it. Without either, every name may be the product's.
  const headline = titles.find((h) => h.kind === 'heading' && h.name === null) ?? titles[0];
  const lead = all.filter((t) => headline?.text.trimStart().startsWith(t)).sort((a, b) => b.length - a.length)[0];
  const object = verb < 0 ? undefined : all.filter((t) => sentence.indexOf(t) >= verb).sort((a, b) => sentence.indexOf(a) - sentence.indexOf(b))[0];
  const named = [lead, object].filter((t): t is string => t !== undefined);
  const product = named.length ? all.filter((t) => named.includes(t) || named.some((p) => p !== t && p.startsWith(`${t} `))) : all;
  return { all, product: product.length ? product : all };
}

/** Where the opening's announcing verb starts in its raw text, or -1. */
function announcingAt(text: string): number {
  const head = text.slice(0, 300);
  let at = -1;
  // The phrase is found on normalised text; its first word is then looked up in the raw text.
  // "X today turned on Y": without an announcing verb, "today" stands where the verb does.
  const hit = CUES.announce.find(normalizeName(head)) ?? CUES.today.find(normalizeName(head));
  if (hit) at = head.toLowerCase().indexOf(hit.text.split(' ')[0]);
  return at;
}

export type { Block, Features };
