// Stage 6: the model the rules, the editor and the preview read. Puts the stages together:
// blocks → features → regions → decoded release + FAQ entries → sections, word counts, dateline.
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from '../parse';
import { computeLineStarts, rangeAt } from '../positions';
import { countWords, nodeText, nodeWords } from '../words';
import { detectLanguage } from '../language';
import { readDirectives } from '../directiveComments';
import { PLACEHOLDER_TOKENS, normalizeName } from '../vocabulary';
import type { FaqKind, FrontMatter, HeadingInfo, PrfaqModel, Range, Section, SectionId } from '../types';
import { toBlocks, type Block } from './blocks';
import { featuresOf, type Features } from './features';
import { placeBlocks, type Placed } from './structure';
import { decodeRelease, type DecodedPart } from './decode';
import { readFaq } from './faq';

/**
 * Builds the model of one document. `tree` may be given when the caller already has the mdast of exactly
 * this text (the incremental checker stitches it from cached blocks); otherwise the text is parsed.
 */
export function buildModel(text: string, tree: Root = parseMarkdown(text)): PrfaqModel {
  const lineStarts = computeLineStarts(text);
  const range = (s: number, e: number): Range => rangeAt(lineStarts, s, e, text.length);
  const frontMatter = readFrontMatter(tree, range);
  const blocks = toBlocks(tree, text);
  const features = blocks.map(featuresOf);
  const placed = placeBlocks(blocks, features);
  const decoded = decodeRelease(blocks, features, placed, productTerms(blocks, placed));
  const faq = readFaq(blocks, placed, text, range);

  const sections: Section[] = decoded.parts.map((p) => releaseSection(p, blocks, range));
  sections.push(...faqSections(blocks, placed, range));
  sections.sort((a, b) => a.range.start.offset - b.range.start.offset);

  const total = nodeWords(tree);
  const regionWords = (region: Placed['region'], kind?: FaqKind) =>
    blocks.reduce((n, b, i) => (placed[i].region === region && (kind === undefined || placed[i].faqKind === kind) ? n + b.words : n), 0);
  const externalFaq = regionWords('faq', 'external');
  const internalFaq = regionWords('faq', 'internal');
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

  return {
    text,
    tree,
    lineStarts,
    frontMatter,
    sections,
    possibleSections: [...decoded.plausible],
    headings,
    faq,
    words: {
      pressRelease: regionWords('pr'),
      externalFaq,
      internalFaq,
      faq: externalFaq + internalFaq,
      total: total.words,
      code: total.code,
    },
    pressReleaseRange: regionRange('pr'),
    faqRange: regionRange('faq'),
    dateline,
    lang: fmLang ?? detectLanguage(blocks.filter((b) => b.kind === 'body').slice(0, 40).map((b) => b.text).join(' ')),
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
// Sections

/** Placeholders alone are no content ("[NAME, TITLE]", "TBD", "{RFC_TITLE}"). */
function contentWords(text: string): number {
  const stripped = text.replace(/\[[^\]]*\]|\{[^}]*\}/g, ' ');
  return countWords(PLACEHOLDER_TOKENS.test(normalizeName(stripped)) ? normalizeName(stripped).replace(new RegExp(PLACEHOLDER_TOKENS.pattern.source, 'gu'), ' ') : stripped);
}

function makeSection(id: SectionId, heading: Block | null, body: Block[], range: (s: number, e: number) => Range, via: Section['via']): Section {
  const start = heading ? heading.start : body[0].start;
  const end = body.length ? Math.max(body[body.length - 1].end, heading?.end ?? 0) : heading!.end;
  const words = body.reduce((n, b) => n + b.words, 0);
  const content = body.filter((b) => !b.instruction && b.kind !== 'heading');
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
    empty: contentWords(content.map((b) => b.text).join('\n')) === 0,
    instructionsOnly,
    source: heading ? 'heading' : 'inferred',
    via,
  };
}

function releaseSection(p: DecodedPart, blocks: Block[], range: (s: number, e: number) => Range): Section {
  return makeSection(p.id, p.named, p.body.map((i) => blocks[i]), range, p.via);
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
// The product's name: words of the headline or title that the release repeats

const NAME_TOKEN = /[\p{Lu}\p{N}][\p{L}\p{N}_.-]*[\p{L}\p{N}]|[\p{Ll}]+[\p{Lu}_][\p{L}\p{N}_]*|[a-z][a-z0-9]*_[a-z0-9_]+/gu;
const COMMON = new Set(['The', 'A', 'An', 'And', 'For', 'With', 'Today', 'New', 'Now', 'AI', 'PR', 'FAQ', 'PRFAQ', 'Our', 'Your', 'Press', 'Release', 'Introducing', 'Announces', 'Launches']);

function productTerms(blocks: Block[], placed: Placed[]): string[] {
  const sources = blocks.filter((b, i) => (placed[i].region === 'pre' || placed[i].region === 'pr') && (b.kind === 'heading' || b.style !== null)).slice(0, 4);
  const body = blocks.filter((b, i) => placed[i].region === 'pr' && b.kind === 'body');
  const terms = new Set<string>();
  for (const s of sources) for (const m of s.text.matchAll(NAME_TOKEN)) if (!COMMON.has(m[0]) && m[0].length >= 3) terms.add(m[0]);
  // `plit`, **Nest Presence AI**: what the opening paragraphs set in code or bold.
  for (const b of body.slice(0, 2)) {
    if (b.node?.type !== 'paragraph') continue;
    for (const c of b.node.children) {
      const t = c.type === 'inlineCode' ? c.value : c.type === 'strong' ? nodeText(c) : '';
      if (t.length >= 3 && t.length <= 40 && t.split(/\s+/).length <= 4) terms.add(t);
    }
  }
  const prText = body.map((b) => b.text);
  return [...terms].filter((t) => prText.some((p) => p.includes(t)));
}

export type { Block, Features };
