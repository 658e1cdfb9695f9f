// The document model: what a PR/FAQ's Markdown *is* (parts, sections, FAQ entries, word counts).
// Recognises sections from headings under their many real names, from bare/bold label lines, and
// without any heading from what a paragraph says (dateline, announcement, quotes, "visit …").
import type { Nodes, Root, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from './parse';
import { computeLineStarts, rangeAt } from './positions';
import { classifyHeading, type HeadingClass } from './names';
import { countWords, nodeText, nodeWords } from './words';
import { isBlockquotedInstruction, isInstructionText } from './instructions';
import { extractFaq } from './faq';
import { detectLanguage } from './language';
import { QUESTION_START, stripInline } from './text';
import { readDirectives } from './directiveComments';
import type { Item, Part } from './item';
import type { FaqKind, FrontMatter, HeadingInfo, PrfaqModel, Range, Section, SectionId } from './types';
import { PRESS_RELEASE_SECTIONS } from './types';


/**
 * Builds the model of one document. `tree` may be given when the caller already has the mdast of exactly
 * this text (the incremental checker stitches it from cached blocks); otherwise the text is parsed.
 */
export function buildModel(text: string, tree: Root = parseMarkdown(text)): PrfaqModel {
  const lineStarts = computeLineStarts(text);
  const range = (s: number, e: number): Range => rangeAt(lineStarts, s, e, text.length);
  const frontMatter = readFrontMatter(tree, range);
  const items = toItems(tree, text);
  assignParts(items);

  const sections: Section[] = [];
  const claimed = new Set<Item>();
  collectNamedSections(items, claimed, sections, range);
  inferSections(items, claimed, sections, range);
  const faq = extractFaq(items, text, range);
  collectFaqSections(items, sections, range);
  sections.sort((a, b) => a.range.start.offset - b.range.start.offset);

  const total = nodeWords(tree);
  const partWords = (p: Part, kind?: FaqKind) =>
    items.filter((i) => i.part === p && (kind === undefined || i.faqKind === kind)).reduce((n, i) => n + i.words, 0);
  const externalFaq = partWords('faq', 'external');
  const internalFaq = partWords('faq', 'internal');
  const partRange = (p: Part): Range | null => {
    const inPart = items.filter((i) => i.part === p);
    return inPart.length ? range(inPart[0].start, inPart[inPart.length - 1].end) : null;
  };
  const headings: HeadingInfo[] = items
    .filter((i) => i.kind === 'heading')
    .map((i) => ({
      text: i.text,
      level: i.level,
      range: range(i.start, i.end),
      closed: i.closed,
      sectionId: sections.find((s) => s.headingRange?.start.offset === i.start)?.id ?? null,
    }));
  const fmLang = frontMatter?.data && typeof frontMatter.data.lang === 'string' ? frontMatter.data.lang : null;

  return {
    text,
    tree,
    lineStarts,
    frontMatter,
    sections,
    headings,
    faq,
    words: {
      pressRelease: partWords('pr'),
      externalFaq,
      internalFaq,
      faq: externalFaq + internalFaq,
      total: total.words,
      code: total.code,
    },
    pressReleaseRange: partRange('pr'),
    faqRange: partRange('faq'),
    lang: fmLang ?? detectLanguage(items.filter((i) => i.kind === 'block').slice(0, 40).map((i) => i.text).join(' ')),
    directives: readDirectives(tree, range),
  };
}

function readFrontMatter(tree: Root, range: (s: number, e: number) => Range): FrontMatter | null {
  const first = tree.children[0];
  if (!first || first.type !== 'yaml' || !first.position) return null;
  let data: Record<string, unknown> | null = null;
  let error: string | null = null;
  try {
    const parsed = parseYaml(first.value);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
    else if (parsed !== null && parsed !== undefined) error = 'front matter is not a mapping of keys to values';
  } catch (e) {
    error = (e as Error).message.split('\n')[0];
  }
  return { raw: first.value, data, error, range: range(first.position.start.offset!, first.position.end.offset!) };
}

// ---------------------------------------------------------------------------------------------
// Items

const MAX_LABEL_LINE = 200;
const STRONG_OR_EMPHASIS_LINE = /^\s*(\*\*|__|\*|_)?(.+?)(\*\*|__|\*|_)?\s*:?\s*$/;

function toItems(tree: Root, text: string): Item[] {
  const items: Item[] = [];
  const base = { cls: null, closed: false, part: 'pr' as Part, faqKind: null, instruction: false };
  for (const node of tree.children) {
    if (!node.position) continue;
    const start = node.position.start.offset!;
    const end = node.position.end.offset!;
    if (node.type === 'yaml' || node.type === 'definition' || node.type === 'thematicBreak') continue;
    if (node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value)) continue;
    if (node.type === 'heading') {
      const headingText = nodeText(node);
      const raw = text.slice(start, end);
      items.push({ ...base, kind: 'heading', start, end, level: node.depth, text: headingText, node, words: countWords(headingText), closed: headingText.length > 0 && /[ \t]#+[ \t]*$/.test(raw) && /^#/.test(raw.trimStart()), cls: classifyHeading(headingText) });
      continue;
    }
    if (node.type === 'paragraph') {
      const split = splitLabels(node, text);
      if (split) {
        for (const part of split) items.push({ ...base, ...part }); // no spread: a paragraph may hold very many labels
        continue;
      }
    }
    const { words } = nodeWords(node as Nodes);
    const blockText = nodeText(node as Nodes);
    items.push({ ...base, kind: 'block', start, end, level: -1, text: blockText, node, words, instruction: isInstructionBlock(node, blockText) });
  }
  return items;
}

type ItemPart = Pick<Item, 'kind' | 'start' | 'end' | 'level' | 'text' | 'words' | 'cls' | 'instruction'> & { node?: RootContent };

/** Splits a paragraph at bare or bold label lines ("Summary", "**Problem:**"); null when it has none. */
function splitLabels(node: RootContent & { type: 'paragraph' }, text: string): ItemPart[] | null {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const raw = text.slice(start, end);
  const out: ItemPart[] = [];
  let lineStart = 0;
  let bodyStart = 0;
  const lines = raw.split(/(?<=\n)/);
  let found = false;
  const pushBody = (from: number, to: number) => {
    const slice = raw.slice(from, to);
    const plain = stripInline(slice);
    if (plain.trim()) out.push({ kind: 'block', start: start + from, end: start + to, level: -1, text: plain.trim(), words: countWords(plain), cls: null, instruction: isInstructionText(plain) });
  };
  for (const line of lines) {
    const content = line.replace(/\r?\n$/, '');
    // Labels are short; the pattern backtracks cubically on long runs of spaces, so long lines skip it.
    const m = content.length <= MAX_LABEL_LINE ? STRONG_OR_EMPHASIS_LINE.exec(content) : null;
    let cls: HeadingClass = null;
    let inlineRest: string | null = null;
    if (m && !/[.!?]\s*$/.test(content.replace(/\*+$/, ''))) cls = classifyHeading(m[2], true);
    if (!cls && lineStart === 0) {
      // "**Summary:** Today we …" — a bold label opening the paragraph.
      const lm = /^\s*(\*\*|__)([^*_]{2,60}?):?\1\s*:?\s*(?=\S)/.exec(content);
      if (lm) {
        cls = classifyHeading(lm[2], true);
        if (cls) inlineRest = content.slice(lm[0].length);
      }
    }
    if (cls && cls.type !== 'other') {
      found = true;
      if (lineStart > bodyStart) pushBody(bodyStart, lineStart);
      const labelEnd = inlineRest !== null ? lineStart + content.length - inlineRest.length : lineStart + content.length;
      const labelText = stripInline(content.slice(0, labelEnd - lineStart)).replace(/:\s*$/, '').trim();
      out.push({ kind: 'label', start: start + lineStart, end: start + labelEnd, level: 0, text: labelText, words: countWords(labelText), cls, instruction: false });
      bodyStart = inlineRest !== null ? labelEnd : lineStart + line.length;
    }
    lineStart += line.length;
  }
  if (!found) return null;
  if (raw.length > bodyStart) pushBody(bodyStart, raw.length);
  return out;
}

function isInstructionBlock(node: RootContent, blockText: string): boolean {
  if (node.type === 'blockquote') {
    const paragraphs = node.children.map((c) => nodeText(c as Nodes)).filter(Boolean);
    if (paragraphs.length === 0) return false;
    if (QUOTATION.test(blockText) && ATTRIBUTION.test(blockText)) return false; // a testimonial, not guidance
    return paragraphs.some((p) => isBlockquotedInstruction(firstSentence(p)));
  }
  if (node.type === 'paragraph' || node.type === 'list') return isInstructionText(firstSentence(blockText));
  return false;
}

function firstSentence(s: string): string {
  const m = /^[\s\S]*?[.?!](\s|$)/.exec(s);
  return (m ? m[0] : s).trim();
}

// ---------------------------------------------------------------------------------------------
// Parts: pre (title before a "Press Release" heading), pr, faq, other (appendix, design…)

function assignParts(items: Item[]): void {
  const hasContainer = items.some((i) => i.kind === 'heading' && i.cls?.type === 'press-release' && i !== items[0]);
  let part: Part = hasContainer ? 'pre' : 'pr';
  let faqLevel = 0;
  let otherLevel = 0;
  let faqKind: FaqKind | null = null;
  for (const item of items) {
    if (item.kind === 'heading') {
      const cls = item.cls;
      if (part === 'faq') {
        if (cls?.type === 'faq') {
          faqKind = cls.kind;
          faqLevel = Math.min(faqLevel, item.level);
        } else if (/\?\s*$/.test(item.text) || (item.level > faqLevel && cls?.type !== 'other')) {
          // a question, or a group label inside the FAQ
        } else if (QUESTION_START.test(item.text) && cls?.type !== 'other') {
          // "### How much does it cost" without its question mark
        } else {
          part = cls?.type === 'section' || cls?.type === 'press-release' ? 'pr' : 'other';
          if (part === 'other') otherLevel = item.level;
          faqKind = null;
        }
      } else if (cls?.type === 'faq') {
        part = 'faq';
        faqKind = cls.kind;
        faqLevel = item.level;
      } else if (cls?.type === 'press-release') {
        part = 'pr';
      } else if (cls?.type === 'other') {
        if (part !== 'other' || item.level <= otherLevel) otherLevel = item.level;
        part = 'other';
      } else if (cls?.type === 'section' && (part !== 'other' || item.level <= otherLevel)) {
        // A "Summary" heading inside an appendix or design section belongs to that section.
        part = 'pr';
      }
    } else if (item.kind === 'label' && part !== 'faq') {
      if (item.cls?.type === 'faq') {
        part = 'faq';
        faqKind = item.cls.kind;
        faqLevel = 7;
      } else if (item.cls) part = 'pr';
    }
    item.part = part;
    item.faqKind = part === 'faq' ? faqKind : null;
  }
}

// ---------------------------------------------------------------------------------------------
// Sections named by a heading or a label

function isSectionStart(i: Item): boolean {
  return (i.kind === 'heading' || i.kind === 'label') && i.cls?.type === 'section' && i.part === 'pr';
}

function collectNamedSections(items: Item[], claimed: Set<Item>, sections: Section[], range: (s: number, e: number) => Range): void {
  const seen = new Set<SectionId>();
  items.forEach((item, index) => {
    if (!isSectionStart(item) || item.cls?.type !== 'section') return;
    const id = item.cls.id;
    const body: Item[] = [];
    for (let j = index + 1; j < items.length; j++) {
      const next = items[j];
      if (next.part !== 'pr') break;
      if (next.kind !== 'block') {
        if (next.cls !== null) break;
        if (next.kind === 'heading' && item.kind === 'heading' && next.level < item.level) break;
        if (next.kind === 'heading' && item.kind === 'label') break;
      }
      body.push(next);
    }
    claimed.add(item);
    body.forEach((b) => claimed.add(b));
    if (seen.has(id)) return; // the first one names the section; a repeat stays part of the release
    seen.add(id);
    sections.push(makeSection(id, item, body, range));
  });
}

function makeSection(id: SectionId, heading: Item | null, body: Item[], range: (s: number, e: number) => Range): Section {
  const start = heading ? heading.start : body[0].start;
  const end = body.length ? body[body.length - 1].end : heading!.end;
  const words = body.reduce((n, b) => n + b.words, 0);
  const content = body.filter((b) => !b.instruction);
  const contentText = content.map((b) => b.text).join('\n');
  const contentWords = countWords(contentText.replace(PLACEHOLDER_ONLY, ' '));
  const instructionsOnly = words > 0 && content.every((b) => b.words === 0);
  return {
    id,
    heading: heading ? heading.text : null,
    headingLevel: heading ? heading.level : null,
    headingRange: heading ? range(heading.start, heading.end) : null,
    range: range(start, end),
    bodyRange: body.length ? range(body[0].start, body[body.length - 1].end) : null,
    words,
    text: body.map((b) => b.text).join('\n'),
    empty: contentWords === 0,
    instructionsOnly,
    source: heading && heading.kind !== 'block' ? 'heading' : 'inferred',
  };
}

const PLACEHOLDER_ONLY = /\b(TBD|TODO|TBA|XXX+|FILL_ME_IN|lorem ipsum)\b|\[[^\]]*\]|\{[^}]*\}/gi;

// ---------------------------------------------------------------------------------------------
// Sections without headings: from what the paragraphs say

const MONTH = '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?';
export const DATELINE = new RegExp(
  `^\\s*[\\p{Lu}][\\p{L}.' -]{1,40}(,\\s*[\\p{L}.' ]{2,30})?\\s*(\\([^)]*\\))?\\s*[–—-]{1,2}\\s*(${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|today)\\b`,
  'iu',
);
const ANNOUNCE = /\b(announc\w*|unveil\w*|introduc(es|ed|ing) (the|a|an|its|our)|launch(es|ed)? (the|a|an|its|our)|(is|are) now (generally )?available|today,? [^.]{0,80}\b(releas|launch|introduc|announc)\w*)/i;
const NOW_CAN = /^\s*now\b/i;
const PROBLEM = /^\s*(today|currently|right now|at present|until now),|\b(los(e|es|ing|t)|previously|until now|struggl\w*|suffer\w*|pain(ful| point)?|problems?|challeng\w*|frustrat\w*|hard to|difficult|tedious|time-consuming|wast(e|es|ed|ing)|stuck|limitations?|forced to|no (easy|simple|good) way|can take up to|too (long|slow|expensive|complex)|lack(s|ing)?)\b/i;
const SOLUTION = /\b(provides?|adds?|lets|enables?|allows?|brings?|offers?|makes? it (easy|simple|possible)|automatically|helps?|features?)\b/i;
const HOW = /\b(learn how to|(are|is) (also )?able to (deploy|install|set up|get started)|to get started(,| with| by| in)? (visit|go to|head|sign|download|install|run|open|simply|just|create|deploy)|get started (with|by)|getting started (is|takes)|sign up|install(s|ing)? (it|the|with|from)|deploy(ing)? (the|it)|download(ing)? (the|it)|first,? (you|users|customers)|in (a few|three|two) (steps|clicks|minutes))/i;
const CTA = /\b(available (today|now|at|in|from|on)|(to )?get started[^.]{0,60}\bvisit\b|visit (us at )?\S+\.\S+|learn more (at|about)|sign up (at|today|now)|head over to|try it (today|now|at)|download (it )?(today|now|from|at)|get started (today|now))|^\s*get started with\b/im;
const QUOTATION = /[“"„«]([^”"“»]{12,})[”"“»]/;
const ATTRIBUTION = /([”"»]\s*,?\s*(said|says|explains?|explained|adds?|added|according to|notes?|noted)\b)|\b(said|says|according to)\s+[\p{Lu}]|(^|\n|\s)(—|–|--|-|~)\s*[\p{Lu}][\p{L}'.-]+/u;
const LEADER = /\b(ceo|cto|coo|cfo|cpo|vp|svp|evp|vice president|president|founder|co-?founder|director|head of|general manager|chief|leader|our team|product manager|engineering manager|spokesperson|we|our)\b/i;
const DECORATION = /^(for immediate release|press release|embargoed|reference:|source:|draft\b)/i;

function inferSections(items: Item[], claimed: Set<Item>, sections: Section[], range: (s: number, e: number) => Range): void {
  const have = new Set(sections.map((s) => s.id));
  const add = (id: SectionId, unit: Item[], asHeading = false) => {
    if (have.has(id)) return;
    have.add(id);
    sections.push(makeSection(id, asHeading ? unit[0] : null, asHeading ? [] : unit, range));
    if (asHeading) sections[sections.length - 1].heading = null;
    unit.forEach((u) => claimed.add(u));
  };
  const pr = items.filter((i) => (i.part === 'pr' || i.part === 'pre') && !claimed.has(i));
  const hasContainer = items.some((i) => i.kind === 'heading' && i.cls?.type === 'press-release');

  // Headline: inside the press release when it has a heading of its own; else the document's first heading.
  let headline: Item | null = null;
  if (!have.has('headline')) {
    const candidates = hasContainer ? pr.filter((i) => i.part === 'pr') : pr;
    const first = candidates.find((i) => !(i.kind === 'block' && (i.words === 0 || DECORATION.test(i.text))) && !(i.kind === 'heading' && i.cls?.type === 'press-release'));
    if (first && first.kind === 'heading' && first.cls === null && first.level <= 4 && !TITLE_WORDS.test(first.text)) headline = first;
    else if (first && first.kind === 'block' && isWholeStrong(first)) headline = first;
    if (headline) {
      const s = makeSection('headline', null, [headline], range);
      s.words = headline.words;
      s.text = headline.text;
      s.empty = headline.words === 0;
      have.add('headline');
      sections.push(s);
      claimed.add(headline);
    }
  }

  // Subheading: an italic/bold line right after the headline, or a one-sentence line before the first section.
  const afterHeadline = headline ? pr.slice(pr.indexOf(headline) + 1) : [];
  if (headline && !have.has('subheadline')) {
    for (const next of afterHeadline.slice(0, 3)) {
      if (next.kind !== 'block') break;
      if (DECORATION.test(next.text)) continue;
      if (isWholeEmphasis(next) || isWholeStrong(next)) {
        add('subheadline', [next]);
        break;
      }
      const idx = items.indexOf(next);
      const following = items[idx + 1];
      const oneSentence = next.words > 0 && next.words <= 40 && !/[.!?]\s+\S/.test(next.text);
      if (next.node?.type === 'paragraph' && oneSentence && (!following || following.kind !== 'block')) add('subheadline', [next]);
      break;
    }
  }

  // The remaining release paragraphs, each with the lists/code that follow it.
  const units: Item[][] = [];
  for (const i of pr) {
    if (i.part !== 'pr' || claimed.has(i) || i.kind !== 'block' || i.words === 0) continue;
    if (DECORATION.test(i.text) || isWholeStrong(i) && DECORATION.test(i.text)) continue;
    const prev = units[units.length - 1];
    const attach = prev && i.node && (i.node.type === 'list' || i.node.type === 'code' || i.node.type === 'table') && items.indexOf(i) === items.indexOf(prev[prev.length - 1]) + 1;
    if (attach) prev.push(i);
    else units.push([i]);
  }
  for (const unit of units) {
    const unitText = unit.map((u) => u.text).join('\n').replace(/[ \t]*\n[ \t]*/g, ' ');
    if (unit.every((u) => u.instruction)) continue;
    const quote = QUOTATION.test(unitText) && ATTRIBUTION.test(unitText);
    if (quote) {
      const attribution = unitText.slice(unitText.search(/[”"»]\s*[,—–-]|\n\s*[—–-]|said|says/));
      const leader = LEADER.test(attribution) && !/\bcustomer|user\b/i.test(attribution);
      add(leader && !have.has('leader-quote') ? 'leader-quote' : !have.has('customer-quote') ? 'customer-quote' : 'leader-quote', unit);
      continue;
    }
    const firstText = unit[0].text.replace(/\s+/g, ' ');
    if (!have.has('summary') && (DATELINE.test(firstText) || ANNOUNCE.test(firstSentences(firstText, 2)) || NOW_CAN.test(firstText))) {
      add('summary', unit);
      if (!have.has('problem') && /\b(previously|until now|stuck|struggl\w*|suffer\w*|frustrat\w*)\b/i.test(unitText)) add('problem', unit);
      if (CTA.test(unitText)) add('call-to-action', unit);
      if (units.length === 1 && SOLUTION.test(unitText)) add('solution', unit);
      continue;
    }
    if (!have.has('problem') && PROBLEM.test(unitText) && !have.has('solution')) add('problem', unit);
    else if (!have.has('solution') && SOLUTION.test(unitText) && !/^\s*(to )?get started\b/i.test(firstText)) add('solution', unit);
    else if (!have.has('how-it-works') && HOW.test(unitText)) add('how-it-works', unit);
    if (!have.has('call-to-action') && CTA.test(unitText)) add('call-to-action', unit);
  }
}

const TITLE_WORDS = /\b(pr ?\/? ?faq|prfaq|press release|vision|rfc|proposal|one[- ]pager|design doc(ument)?|working backwards)\b/i;

function firstSentences(s: string, n: number): string {
  const parts = s.split(/(?<=[.!?])\s+/);
  return parts.slice(0, n).join(' ');
}

function isWholeStrong(i: Item): boolean {
  const n = i.node;
  return !!n && n.type === 'paragraph' && n.children.length === 1 && n.children[0].type === 'strong';
}

function isWholeEmphasis(i: Item): boolean {
  const n = i.node;
  if (!n || n.type !== 'paragraph') return false;
  const kids = n.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return kids.length === 1 && kids[0].type === 'emphasis';
}

// ---------------------------------------------------------------------------------------------
// FAQ sections

function collectFaqSections(items: Item[], sections: Section[], range: (s: number, e: number) => Range): void {
  const byKind = new Map<FaqKind, { heading: Item | null; first: Item; last: Item; words: number }>();
  items.forEach((item, index) => {
    if (item.part !== 'faq' || !item.faqKind) return;
    const isContainer = (item.kind === 'heading' || item.kind === 'label') && item.cls?.type === 'faq';
    if (isContainer) {
      const next = items[index + 1];
      // A group heading ("Frequently Asked Questions") directly followed by its sub-FAQs names nothing itself.
      if (next && next.part === 'faq' && next.kind === 'heading' && next.cls?.type === 'faq' && next.level > item.level) {
        return;
      }
    }
    const entry = byKind.get(item.faqKind);
    if (!entry) byKind.set(item.faqKind, { heading: isContainer ? item : null, first: item, last: item, words: item.words });
    else {
      entry.last = item;
      entry.words += item.words;
    }
  });
  for (const [kind, e] of byKind) {
    const id: SectionId = kind === 'internal' ? 'internal-faq' : 'external-faq';
    const body = items.filter((i) => i.part === 'faq' && i.faqKind === kind && i !== e.heading);
    const s = makeSection(id, e.heading, e.heading || body.length ? body : [e.first], range);
    s.range = range(e.first.start, e.last.end);
    s.words = e.words - (e.heading ? e.heading.words : 0);
    sections.push(s);
  }
}

export { PRESS_RELEASE_SECTIONS };
