// Stage 4: which block of the press release is which part. Named parts (a heading or label line
// naming the part) are taken as written. The rest is decoded: every unit (a paragraph with the
// lists and code that follow it, a quote, an unnamed heading) gets a score for each part from what it
// says (features) and where it stands, and a dynamic programme over the release picks the assignment
// with the best total score in the canonical order — headline, subheading, summary, problem, solution,
// leader quote, how it works, customer quote, call to action — where parts may be skipped and the
// common swaps (a problem after a quote, the customer quoted before the leader) cost little.
import type { PressReleaseSectionId } from '../types';
import { PRESS_RELEASE_SECTIONS } from '../types';
import { CUES, isPlace, type DatelineReading } from '../vocabulary';
import type { Block } from './blocks';
import type { Features } from './features';
import type { Placed } from './structure';

/** How a part was recognised: named by a heading, by a label line, found by what it says, or by where it stands. */
export type Via = 'heading' | 'label' | 'content' | 'position';

export interface DecodedPart {
  id: PressReleaseSectionId;
  /** Index of the part's first block (its heading or label when named). */
  at: number;
  /** The heading or label block that names the part, if any. */
  named: Block | null;
  /** Block indexes of the part's body, in order. */
  body: number[];
  via: Via;
  /** Found inside another part's paragraph (a call to action inside the summary). */
  shared: boolean;
}

export interface DatelineFound {
  block: number;
  reading: DatelineReading;
}

export interface Decoded {
  parts: DecodedPart[];
  /** Parts not found that some block could plausibly be: not reported missing. */
  plausible: Set<PressReleaseSectionId>;
  dateline: DatelineFound | null;
  /** Every decoded unit with its label and scores (for `npm run explain`, tests and hover). */
  units: { blocks: number[]; label: Label; scores: number[] }[];
}

export type Label = PressReleaseSectionId | 'none';
const PARTS = PRESS_RELEASE_SECTIONS;
const NEG = -1e9;

interface Unit {
  blocks: number[];
  /** The part a heading or label names for this unit, if any. */
  named: PressReleaseSectionId | null;
  first: boolean;
  last: boolean;
  heading: boolean;
}

export function decodeRelease(blocks: Block[], features: Features[], placed: Placed[]): Decoded {
  const pr = blocks.map((_, i) => i).filter((i) => placed[i].region === 'pr');
  const spans = namedSpans(blocks, features, pr);
  const fields = new Set(spans.datelineBlocks);
  const units = toUnits(blocks, features, pr.filter((i) => !fields.has(i)), spans.namedOf);
  const mentions = (i: number) => features[i]?.mentionsProduct === true;
  const scores = units.map((u, k) => emissions(u, units[k + 1], blocks, features, mentions));
  const labels = viterbi(scores);

  const parts: DecodedPart[] = [];
  const taken = new Set<PressReleaseSectionId>();
  // Named parts first, as the writer labelled them.
  for (const span of spans.list) {
    if (taken.has(span.id)) continue;
    taken.add(span.id);
    parts.push({ id: span.id, at: span.heading, named: blocks[span.heading], body: span.body, via: blocks[span.heading].kind === 'heading' ? 'heading' : 'label', shared: false });
  }
  // Decoded parts: the first run of units with the label is the part.
  PARTS.forEach((id) => {
    if (taken.has(id)) return;
    const at = labels.findIndex((l) => l === id);
    if (at < 0) return;
    const body: number[] = [];
    for (let k = at; k < units.length && labels[k] === id; k++) body.push(...units[k].blocks);
    const content = contentScore(id, units[at], blocks, features, mentions);
    taken.add(id);
    parts.push({ id, at: body[0], named: null, body, via: content >= CONTENT_EVIDENCE[id] ? 'content' : 'position', shared: false });
  });
  // Every part still not found is, in this order: said inside another part's paragraph (found by
  // content); standing where the part stands by convention (found by position); something some unit
  // could plausibly be (not reported missing); or missing.
  const ctx: Context = { units, labels, scores, blocks, features, mentions };
  const plausible = new Set<PressReleaseSectionId>();
  for (const id of PARTS) {
    if (taken.has(id)) continue;
    const found = sharedIn(id, ctx) ?? byPosition(id, ctx, blocks, placed);
    if (found) {
      taken.add(id);
      parts.push(found);
    } else if (isPlausible(id, ctx)) plausible.add(id);
  }
  parts.sort((a, b) => a.at - b.at);
  const trace = units.map((u, k) => ({ blocks: u.blocks, label: labels[k], scores: scores[k] }));
  return { parts, plausible, dateline: findDateline(parts, blocks, features, spans.datelineBlocks), units: trace };
}

interface Context {
  units: Unit[];
  labels: Label[];
  scores: number[][];
  blocks: Block[];
  features: Features[];
  mentions: (i: number) => boolean;
}

const isQuotePart = (id: Label) => id === 'leader-quote' || id === 'customer-quote';

/** A paragraph of prose: no heading, not a quotation (a phrase quoted inside is fine), a few sentences' worth of words. */
function isProse(u: Unit, c: Context, minWords = 20): boolean {
  const b = c.blocks[u.blocks[0]];
  return !u.heading && !c.features[u.blocks[0]].quote?.dominant && (b.words >= minWords || b.chars >= minWords * 3);
}

/** The part said inside a paragraph the decoder gave another part: a call to action inside the summary. */
function sharedIn(id: PressReleaseSectionId, c: Context): DecodedPart | null {
  let best = -Infinity;
  let where = -1;
  c.units.forEach((u, k) => {
    if (c.labels[k] === 'none' && !u.named && u.heading) return;
    // One quotation is one quote: the other quote part is never found inside it.
    if (isQuotePart(id) && isQuotePart(c.labels[k])) return;
    const s = contentScore(id, u, c.blocks, c.features, c.mentions);
    if (s > best) {
      best = s;
      where = k;
    }
  });
  // A release of one or two paragraphs of prose says its solution inside them (plit: "Now data scientists can …").
  const few = id === 'solution' && c.units.filter((u) => !u.heading).length <= 2 && where >= 0 && isProse(c.units[where], c);
  const needed = few ? 1 : SHARED_EVIDENCE[id];
  if (where < 0 || best < needed) return null;
  return { id, at: c.units[where].blocks[0], named: null, body: c.units[where].blocks, via: 'content', shared: true };
}

/** Where the part stands by convention, filled with something that can be it. */
function byPosition(id: PressReleaseSectionId, c: Context, blocks: Block[], placed: Placed[]): DecodedPart | null {
  const at = (k: number, shared: boolean): DecodedPart => ({ id, at: c.units[k].blocks[0], named: null, body: c.units[k].blocks, via: 'position', shared });
  const summary = c.labels.indexOf('summary');
  if (id === 'summary') {
    // The release's first paragraph of prose, when nothing else was made of it.
    const k = c.units.findIndex((u) => !u.heading && c.blocks[u.blocks[0]].style === null);
    return k >= 0 && k <= 2 && isProse(c.units[k], c, 15) && (c.labels[k] === 'none' || c.labels[k] === 'solution') ? at(k, c.labels[k] !== 'none') : null;
  }
  if (id === 'solution') {
    // The product described somewhere: the first paragraph of prose after the summary that is nothing else, else the summary.
    for (let k = summary + 1; k < c.units.length; k++) if (isProse(c.units[k], c) && (c.labels[k] === 'none' || c.labels[k] === 'how-it-works')) return at(k, c.labels[k] !== 'none');
    return summary >= 0 && isProse(c.units[summary], c) ? at(summary, true) : null;
  }
  if (id === 'headline' || id === 'subheadline') {
    // A headline written above the "Press release" heading: the last heading before it, if it reads like
    // one; a styled line right under it is then its subheading.
    const first = placed.findIndex((p) => p.region === 'pr');
    for (let i = first - 1; i >= 0; i--) {
      const b = blocks[i];
      if (b.kind !== 'heading') continue;
      if (b.name !== null || !(b.words >= 5 || b.chars >= 12)) return null;
      if (id === 'headline') return { id, at: i, named: null, body: [i], via: 'position', shared: false };
      const sub = blocks[i + 1];
      return i + 1 < first && sub.kind === 'body' && sub.style !== null ? { id, at: i + 1, named: null, body: [i + 1], via: 'position', shared: false } : null;
    }
  }
  return null;
}

/**
 * The parts at the top of a release are called missing only where the release's opening says so:
 * prose where the headline would stand, the summary's paragraph right under the headline. Anything
 * else at the top (a short line, a styled line, a heading the decoder gave nothing) may be the part.
 */
function clearlyAbsent(id: PressReleaseSectionId, c: Context): boolean {
  const opening = c.units.findIndex((u) => !u.heading || c.labels[c.units.indexOf(u)] !== 'none');
  const prose = (k: number) => k >= 0 && k < c.units.length && isProse(c.units[k], c, 20) && c.blocks[c.units[k].blocks[0]].style === null;
  switch (id) {
    case 'headline':
      // The release opens straight with prose (and no unused heading or styled line comes before it).
      return c.units.length === 0 || (prose(opening) && !c.units.slice(0, opening).some((u) => u.heading || c.blocks[u.blocks[0]].style !== null));
    case 'subheadline': {
      // Right under the headline (or at the top, without one) stands a paragraph of several sentences, or a dated one.
      const headline = c.labels.indexOf('headline');
      const next = headline >= 0 ? headline + 1 : opening;
      if (next < 0 || next >= c.units.length) return true;
      const f = c.features[c.units[next].blocks[0]];
      return f.dateline !== null || (prose(next) && (f.sentences >= 2 || c.blocks[c.units[next].blocks[0]].words >= 45));
    }
    case 'summary':
      // No prose at all near the top.
      return ![0, 1, 2].some((k) => k < c.units.length && isProse(c.units[k], c, 12));
    default:
      return true;
  }
}

/** Some unit could be the part: then it is not called missing. */
function isPlausible(id: PressReleaseSectionId, c: Context): boolean {
  if (!clearlyAbsent(id, c)) return true;
  return c.units.some((u, k) => {
    const f = c.features[u.blocks[0]];
    const s = contentScore(id, u, c.blocks, c.features, c.mentions);
    // Close to what the decoder chose for this unit; a unit under a heading that names its part is no
    // evidence against other content in it.
    const chosen = c.labels[k] === 'none' || u.named ? 0 : c.scores[k][PARTS.indexOf(c.labels[k] as PressReleaseSectionId)];
    // A quotation the writer named, or whose speaker's role is known, is not the other quote as well.
    // (A role read only from the quotation's voice, "we" or "I", is not known well enough.)
    const otherQuoteKnown = isQuotePart(id) && isQuotePart(c.labels[k]) && (u.named !== null || (f.quote !== null && f.quote.role !== null && f.quote.roleMargin >= 1));
    if (s >= PLAUSIBLE[id] && s >= chosen - PLAUSIBLE_MARGIN && !otherQuoteKnown) return true;
    switch (id) {
      case 'leader-quote':
        // Of two or more quotations all read as customers', one whose speaker has a title may be the leader's.
        return isQuotePart(c.labels[k]) && f.quote?.titled === true && c.labels.filter(isQuotePart).length >= 2;
      case 'customer-quote':
        // Of two or more quotations all read as the company's, one whose speaker is not known to be the
        // company's (no heading names it, no title or organisation decides) may be a customer's.
        return c.labels[k] === 'leader-quote' && u.named === null && c.labels.filter((l) => l === 'leader-quote').length >= 2 && f.quote !== null && f.quote.roleMargin < 1;
      case 'subheadline': {
        // A short line right after the headline that is nothing else; or after a dateline standing on a
        // line of its own under the headline ("SEATTLE, WA – March 3, 2027", then the subheading).
        const datelineLine = (j: number) => j >= 0 && c.features[c.units[j].blocks[0]].dateline !== null && c.blocks[c.units[j].blocks[0]].words <= 12;
        const underHeadline = k > 0 && (c.labels[k - 1] === 'headline' || (k > 1 && c.labels[k - 2] === 'headline' && datelineLine(k - 1)));
        return underHeadline && c.labels[k] === 'none' && c.blocks[u.blocks[0]].words <= 40 && f.sentences <= 1 && !f.dateline && !f.quote;
      }
      case 'problem':
        // Prose about the status quo, or with words of a problem, that is not the opening or a quote.
        return c.labels[k] !== 'summary' && isProse(u, c, 12) && (f.statusQuo || f.problem > 0 || f.problemStatements > 0);
      case 'how-it-works':
        // Steps or words of using it; or a paragraph of prose after the opening that the decoder left to
        // no part (what users do with it, told without a cue).
        return !u.heading && !f.quote && (f.how > 0 || f.steps || (c.labels[k] === 'none' && k > 1 && isProse(u, c, 30)));
      case 'call-to-action':
        // The release's last paragraph, with a call to action's words ("Get started with Cabana by …"),
        // or a getting-started section that ends the release (it is its call to action).
        return k === c.units.length - 1 && !u.heading && (f.cta > 0 || f.url || c.labels[k] === 'how-it-works');
      default:
        return false;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Named spans: a heading or label naming a part, and the blocks it holds

interface Span {
  id: PressReleaseSectionId;
  heading: number;
  body: number[];
}

function namedSpans(blocks: Block[], features: Features[], pr: number[]): { list: Span[]; namedOf: Map<number, PressReleaseSectionId>; datelineBlocks: number[] } {
  const list: Span[] = [];
  const namedOf = new Map<number, PressReleaseSectionId>();
  const datelineBlocks: number[] = [];
  for (let k = 0; k < pr.length; k++) {
    const i = pr[k];
    const b = blocks[i];
    if (b.kind === 'body') continue;
    const cls = b.name;
    const isDateline = cls?.type === 'dateline' && (b.kind === 'label' || b.level >= 3);
    if (cls?.type !== 'section' && !isDateline) continue;
    const body: number[] = [];
    for (let m = k + 1; m < pr.length; m++) {
      const j = pr[m];
      // A named part ends where the release is interrupted (an FAQ or an appendix in between).
      if (j !== pr[m - 1] + 1) break;
      const next = blocks[j];
      if (next.kind === 'label') break;
      if (next.kind === 'heading') {
        if (!next.text.trim()) continue;
        if (next.name !== null) break;
        if (b.kind === 'label' || next.level <= b.level) break;
      }
      body.push(j);
    }
    if (isDateline) {
      // A dateline field holds one line ("**Data:** 6 de abril de 2027"); the release goes on after it.
      const line = body.find((j) => blocks[j].kind === 'body');
      if (line !== undefined && blocks[line].words <= 20) datelineBlocks.push(line);
      continue;
    }
    const id = cls!.type === 'section' ? cls!.id : 'summary';
    // A headline or subheading holds one short line; what follows is the release again.
    const kept = id === 'headline' || id === 'subheadline' ? body.filter((j) => blocks[j].kind === 'body' && !features[j].decoration).slice(0, 1).filter((j) => isShortLine(blocks[j], features[j])) : body;
    for (const j of kept) if (!namedOf.has(j)) namedOf.set(j, id);
    list.push({ id, heading: i, body: kept });
  }
  return { list, namedOf, datelineBlocks };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function isShortLine(b: Block, f: Features): boolean {
  const short = b.words <= 45 || (CJK.test(b.text) && b.text.length <= 160);
  return short && f.sentences <= 2 && !f.dateline;
}

// ---------------------------------------------------------------------------------------------
// Units: a paragraph with the lists, code and tables that follow it; a quote; an unnamed heading

const ATTACHES = new Set(['list', 'code', 'table', 'html']);

function toUnits(blocks: Block[], features: Features[], pr: number[], namedOf: Map<number, PressReleaseSectionId>): Unit[] {
  const units: Unit[] = [];
  let prev = -2;
  for (const i of pr) {
    const b = blocks[i];
    const f = features[i];
    if (b.kind === 'label') {
      prev = -2;
      continue;
    }
    if (b.kind === 'heading' && (b.name !== null || !b.text.trim())) {
      prev = -2;
      continue;
    }
    if (b.kind === 'body' && (b.words === 0 || f.decoration || (b.instruction && !namedOf.has(i)))) continue;
    const last = units[units.length - 1];
    const attach = last && prev === i - 1 && b.kind === 'body' && ATTACHES.has(b.type) && !last.heading && namedOf.get(i) === last.named;
    if (attach) last.blocks.push(i);
    else units.push({ blocks: [i], named: namedOf.get(i) ?? null, first: false, last: false, heading: b.kind === 'heading' });
    prev = i;
  }
  const firstContent = units.findIndex((u) => !u.heading);
  if (units.length) units[0].first = true;
  // A bare product name as the first heading ("# Shiftswap") is a title when a headline-like line follows it.
  if (units.length > 1 && isTitleName(units[0], units[1], blocks)) units[1].first = true;
  if (firstContent >= 0) (units[firstContent] as Unit & { firstBody?: boolean }).firstBody = true;
  if (units.length) units[units.length - 1].last = true;
  return units;
}

/** A heading of one or two words followed by a longer heading or styled line: the document's title. */
function isTitleName(u: Unit, next: Unit, blocks: Block[]): boolean {
  const b = blocks[u.blocks[0]];
  const n = blocks[next.blocks[0]];
  const short = b.words <= 2 && (b.chars === 0 || b.chars <= 8);
  return u.heading && short && (n.kind === 'heading' || n.style !== null) && n.words >= 4;
}

// ---------------------------------------------------------------------------------------------
// Scores

/** Content evidence at or above which a decoded part counts as found by content, not position. */
const CONTENT_EVIDENCE: Record<PressReleaseSectionId, number> = {
  headline: 2.5, subheadline: 2.5, summary: 2.5, problem: 1.7, solution: 1.4, 'leader-quote': 3, 'how-it-works': 1.7, 'customer-quote': 3, 'call-to-action': 1.5,
};
/** Evidence for a part said inside another part's paragraph. */
const SHARED_EVIDENCE: Record<PressReleaseSectionId, number> = {
  headline: Infinity, subheadline: Infinity, summary: Infinity, problem: 2.6, solution: 2.2, 'leader-quote': 3, 'how-it-works': 1.7, 'customer-quote': 3, 'call-to-action': 1.6,
};
/** Evidence that makes a part plausible: it is not reported missing. */
const PLAUSIBLE: Record<PressReleaseSectionId, number> = {
  headline: Infinity, subheadline: Infinity, summary: 2.4, problem: 1.2, solution: 0.8, 'leader-quote': 2.5, 'how-it-works': 0.5, 'customer-quote': 2.5, 'call-to-action': 0.9,
};

/** How far below the chosen part's score another part may be and still be plausible for a unit. */
const PLAUSIBLE_MARGIN = 1.5;

const cap = (n: number, max: number) => Math.min(n, max);



/** What a unit's own content says for a part (no position, no names). */
function contentScore(id: PressReleaseSectionId, u: Unit, blocks: Block[], features: Features[], mentions: (i: number) => boolean): number {
  const i = u.blocks[0];
  const b = blocks[i];
  const f = features[i];
  const all = u.blocks.map((j) => features[j]);
  const sum = (pick: (x: Features) => number) => all.reduce((n, x) => n + pick(x), 0);
  const quote = all.find((x) => x.quote)?.quote ?? null;
  const dominantQuote = quote?.dominant === true;
  const notQuote = dominantQuote ? -4 : 0;
  switch (id) {
    case 'headline':
      if (f.dateline || b.words > 30 || f.question) return -6;
      if (b.kind === 'heading') return 3;
      if (b.style === 'strong') return 2.5;
      if (b.style === 'emphasis') return 1;
      return b.words <= 20 && f.sentences <= 1 && !/[.。]\s*$/.test(b.text) && (b.type === 'paragraph' || b.type === 'line') ? 1.2 : -6;
    case 'subheadline':
      if (f.dateline || f.question || b.words > 60 || dominantQuote) return -6;
      if (b.style === 'emphasis') return 3;
      if (b.style === 'strong') return 2;
      if (b.kind === 'heading') return 2;
      return f.sentences <= 1 && b.words <= 45 && f.announce === 0 && (b.type === 'paragraph' || b.type === 'line') ? 1 : -6;
    case 'summary': {
      if (f.question) return -3;
      let s = 0;
      if (f.dateline) s += 4;
      if (f.announce > 0) s += 2 + 0.5 * cap(f.announce - 1, 1);
      if (f.today) s += 1.5;
      if (f.now) s += 2;
      if (mentions(i)) s += 0.5;
      if (f.statusQuo) s -= 1;
      if (b.style && b.words < 20 && !f.dateline) s -= 1;
      // A summary is sentences: a short line without a full stop is a headline or a label.
      if (!f.dateline && b.words < 15 && !/[.!?。！？]\s*$/.test(b.text)) s -= 2.5;
      return s + notQuote;
    }
    case 'problem':
      return (
        0.6 * cap(sum((x) => x.problem), 4) + 0.7 * cap(sum((x) => x.problemStatements), 2) + (f.statusQuo ? 1 : 0) + (f.opensWith === 'problem' ? 1.5 : 0) +
        (f.opensWithQuestion ? 0.6 : 0) -
        0.25 * cap(sum((x) => x.solution), 3) - 0.5 * cap(f.productSubjects, 2) + (f.productSubjects === 0 && b.words >= 25 ? 0.6 : 0) -
        (f.resolves ? 1 : 0) - 0.5 + notQuote
      );
    case 'solution':
      return (
        0.6 * cap(sum((x) => x.solution), 4) + 0.5 * cap(f.productSubjects, 2) + (f.opensWithProduct ? 0.5 : 0) + (f.resolves ? 0.8 : 0) +
        (f.opensWith === 'solution' ? 1.5 : 0) - 0.15 * cap(sum((x) => x.problem), 4) - (f.statusQuo ? 0.5 : 0) + (f.productSubjects > 0 ? 0.2 : -0.3) + notQuote
      );
    case 'how-it-works':
      return 0.9 * cap(sum((x) => x.how), 4) + (all.some((x) => x.steps) ? 1 : 0) + (f.opensWith === 'how-it-works' ? 1.5 : 0) - 0.3 + notQuote;
    case 'call-to-action':
      return 0.9 * cap(sum((x) => x.cta), 3) + (all.some((x) => x.url) ? 0.8 : 0) + (f.opensWith === 'call-to-action' ? 1.5 : 0) - 0.8 + notQuote;
    case 'leader-quote':
    case 'customer-quote': {
      // A phrase quoted inside prose counts only when someone with a role says it ("“rinse not required”,
      // the door label says" is no quote).
      if (!quote || (!quote.dominant && quote.role === null)) return -8;
      // A phrase quoted inside prose (a survey answer, a slogan) is weak evidence unless someone with a role says it.
      let s = quote.attributed ? (quote.dominant ? 4.5 : 1.5) : 1.5;
      const mine = id === 'leader-quote' ? 'leader' : 'customer';
      // A speaker named like the product or the company ("Jerome Gao 表示" under "Jerome Gao 发布…") speaks for it.
      const role = quote.role ?? (quote.speakerIsProduct ? 'leader' : null);
      if (role === mine) s += 1.5;
      else if (role !== null) s -= 1.5;
      return s;
    }
  }
}

function emissions(u: Unit, next: Unit | undefined, blocks: Block[], features: Features[], mentions: (i: number) => boolean): number[] {
  const firstBody = (u as Unit & { firstBody?: boolean }).firstBody === true;
  const f = features[u.blocks[0]];
  // The paragraph after this one answers it ("Signal Aggregator fixes this …", "Mendwell asks three
  // questions …" after a paragraph about customers): this one was the problem.
  const nf = next !== undefined && !next.heading ? features[next.blocks[0]] : null;
  const answered = nf !== null && (nf.resolves || (nf.opensWithProduct && !nf.quote && !f.opensWithProduct && !f.quote && blocks[u.blocks[0]].words >= 20));
  const out = PARTS.map((id) => {
    let s = contentScore(id, u, blocks, features, mentions);
    if (u.named === id) s += 6;
    else if (u.named) s -= 1;
    // The first paragraph is the summary when it says anything a summary says; position alone is not enough.
    if (id === 'summary' && firstBody && !u.named && (f.dateline || f.announce > 0 || f.today || f.now)) s += 1;
    if (id === 'problem' && answered) s += 1.2;
    if (id === 'headline' && !u.first) s -= 2;
    if (id === 'headline' && next && isTitleName(u, next, blocks)) s = Math.min(s, 0.5);
    if (id === 'call-to-action' && u.last) {
      s += 0.4;
      // "Clearpath is on at every Red Line station today": the closing says the product is there now.
      if (f.opensWithProduct && (CUES.today.test(f.norm) || CUES.now.test(f.norm))) s += 1;
    }
    return s;
  });
  // 'none': the release's own text that is no part (a feature heading, pricing notes).
  out.push(u.heading ? 0.5 : 0);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The order of a release

/** Cost of moving from part `prev` (−1: nothing yet) to part `next`. */
function transition(prev: number, next: number): number {
  const p = prev < 0 ? null : PARTS[prev];
  const n = PARTS[next];
  if (n === 'headline') return p === null ? 0 : NEG;
  if (n === 'subheadline') return p === 'headline' ? 0 : p === null ? -2 : NEG;
  if (p === n) return CONTINUE[n];
  if (prev < next) return 0;
  if (p === 'call-to-action') return -2;
  if (n === 'summary') return -4;
  if (n === 'problem') return -1.5;
  if (n === 'leader-quote' && (p === 'customer-quote' || p === 'how-it-works')) return -0.5;
  if (n === 'solution') return -1;
  if (n === 'how-it-works') return -1;
  return -2.5;
}

const CONTINUE: Record<PressReleaseSectionId, number> = {
  headline: NEG, subheadline: NEG, summary: -2, problem: -0.2, solution: 0, 'leader-quote': -0.2, 'how-it-works': 0, 'customer-quote': 0, 'call-to-action': -0.3,
};

/** Best label per unit (`features` holds the release's blocks only); the state is the last part assigned (a 'none' unit keeps it). */
function viterbi(scores: number[][]): Label[] {
  const S = PARTS.length + 1; // state 0 = nothing yet; state k = part k-1 was last
  const n = scores.length;
  if (n === 0) return [];
  let best = new Array<number>(S).fill(NEG);
  best[0] = 0;
  const back: Int8Array[] = [];
  const choice: Int8Array[] = [];
  for (let t = 0; t < n; t++) {
    const next = new Array<number>(S).fill(NEG);
    const from = new Int8Array(S).fill(-1);
    const lab = new Int8Array(S).fill(-1);
    for (let s = 0; s < S; s++) {
      if (best[s] <= NEG / 2) continue;
      // 'none' keeps the state; right after the headline comes its subheading or the summary, not other text.
      const keep = best[s] + scores[t][PARTS.length] + (s === 1 ? -1.5 : 0);
      if (keep > next[s]) {
        next[s] = keep;
        from[s] = s;
        lab[s] = PARTS.length;
      }
      for (let k = 0; k < PARTS.length; k++) {
        const tr = transition(s - 1, k);
        if (tr <= NEG / 2) continue;
        const v = best[s] + tr + scores[t][k];
        if (v > next[k + 1]) {
          next[k + 1] = v;
          from[k + 1] = s;
          lab[k + 1] = k;
        }
      }
    }
    best = next;
    back.push(from);
    choice.push(lab);
  }
  let state = 0;
  for (let s = 1; s < S; s++) if (best[s] > best[state]) state = s;
  const labels: Label[] = new Array(n);
  for (let t = n - 1; t >= 0; t--) {
    const k = choice[t][state];
    labels[t] = k === PARTS.length || k < 0 ? 'none' : PARTS[k];
    state = back[t][state];
  }
  return labels;
}

// ---------------------------------------------------------------------------------------------
// The dateline: a field of its own, the summary's opening, or a line just before the summary

function findDateline(parts: DecodedPart[], blocks: Block[], features: Features[], fields: number[]): DatelineFound | null {
  if (fields.length) {
    // Fields of their own ("**Data:** 6 de abril de 2027", "**Local:** Porto, Portugal"): together they are the dateline.
    let city = false;
    let date = false;
    let placeholderDate = false;
    for (const i of fields) {
      const r = features[i]?.dateline;
      city ||= r?.city === true || isPlace(blocks[i].text);
      date ||= r?.date === true;
      placeholderDate ||= r?.placeholderDate === true;
    }
    return { block: fields[0], reading: { city, date, placeholderDate } };
  }
  const summary = parts.find((p) => p.id === 'summary');
  if (!summary) return null;
  const first = summary.body.find((i) => blocks[i].kind === 'body');
  if (first === undefined) return null;
  if (features[first].dateline) return { block: first, reading: features[first].dateline! };
  // A dateline on a line of its own right above the summary.
  for (let i = first - 1; i >= 0 && i >= first - 2; i--) {
    if (blocks[i].kind !== 'body') break;
    if (features[i]?.dateline && blocks[i].words <= 12) return { block: i, reading: features[i].dateline! };
  }
  return { block: first, reading: { city: false, date: false, placeholderDate: false } };
}
