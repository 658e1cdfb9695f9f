// Sets the press-release part like a news release: masthead, headline, subheading, dateline, quotes.
import type { Element, Root } from 'hast';
import type { PrfaqModel, Range, Section, SectionId } from '../core/types';
import {
  addClass, deepestBlockStartingAt, eachBlock, h, isElement, isHeading, startLine, text, textOf, topBlocks,
  topBlockAtOrAfter, wrapLeadingText,
} from './hast';
import { faqHeadingKind, isPartLabel, sectionLabelled } from './labels';
import { ATTRIBUTION_VERB, OPENS_WITH_QUOTE, datelineLength, isDecorationLine } from '../core/vocabulary';

// The words it reads (datelines, attribution verbs, decoration lines, quotation marks) are the
// recogniser's vocabulary, in every language it knows.
const ATTRIBUTION = new RegExp(`(?:${ATTRIBUTION_VERB.source})[^“”"«»„「」『』]*`, 'iu');
const isReleaseLine = (s: string) => isDecorationLine(s);

function section(model: PrfaqModel, id: SectionId): Section | undefined {
  return model.sections.find((s) => s.id === id);
}

function firstTopBlockIn(root: Root, range: Range): Element | undefined {
  return topBlocks(root).find((b) => {
    const line = startLine(b);
    return line !== undefined && line >= range.start.line && line <= range.end.line;
  });
}

function topBlocksIn(root: Root, range: Range): Element[] {
  return topBlocks(root).filter((b) => {
    const line = startLine(b);
    return line !== undefined && line >= range.start.line && line <= range.end.line;
  });
}

/** The element that carries a section's own text: its heading, or its first body block when the heading is only a label. */
function sectionContent(root: Root, s: Section): Element | undefined {
  const headingIsLabel = s.heading !== null && sectionLabelled(s.heading) !== null;
  if (s.headingRange && !headingIsLabel) return deepestBlockStartingAt(root, s.headingRange.start.line);
  if (s.bodyRange) return firstTopBlockIn(root, s.bodyRange);
  return deepestBlockStartingAt(root, s.range.start.line);
}

function isLabelHeading(node: Element): boolean {
  const content = textOf(node);
  return isHeading(node) && (sectionLabelled(content) !== null || faqHeadingKind(content) !== null || isPartLabel(content));
}

function fallbackHeadline(root: Root): Element | undefined {
  const blocks = topBlocks(root);
  return blocks.find((b) => b.tagName === 'h1' && !isLabelHeading(b)) ?? blocks.find((b) => isHeading(b) && !isLabelHeading(b));
}

function isEmphasisLine(node: Element): boolean {
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return node.tagName === 'p' && meaningful.length === 1 && isElement(meaningful[0]) && ['em', 'strong'].includes(meaningful[0].tagName);
}

function nextTopBlock(root: Root, node: Element): Element | undefined {
  const blocks = topBlocks(root);
  const top = blocks.find((b) => b === node) ?? topBlockAtOrAfter(root, startLine(node) ?? 0);
  return top ? blocks[blocks.indexOf(top) + 1] : undefined;
}

function fallbackSubheadline(root: Root, headline: Element | undefined): Element | undefined {
  const next = headline ? nextTopBlock(root, headline) : undefined;
  if (!next) return undefined;
  if (isEmphasisLine(next)) return next;
  if (isHeading(next) && !isLabelHeading(next) && !textOf(next).trim().endsWith('?')) return next;
  return undefined;
}

function markReleaseLine(root: Root, headline: Element | undefined, pressReleaseStart: number | undefined): void {
  const existing = topBlocks(root).find((b) => isReleaseLine(textOf(b)));
  if (existing) {
    addClass(existing, 'pr-release-line');
    return;
  }
  const start = headline ? startLine(headline) : pressReleaseStart;
  if (start === undefined) return;
  const top = topBlockAtOrAfter(root, start);
  if (!top) return;
  // Decoration only: it is not in the text, so it carries no source line and counts no words.
  const masthead = h('div', { className: ['pr-release-line', 'pr-decoration'], ariaHidden: 'true' }, [text('FOR IMMEDIATE RELEASE')]);
  root.children.splice(root.children.indexOf(top), 0, masthead);
}

function firstParagraphAfter(root: Root, node: Element | undefined): Element | undefined {
  const line = node ? startLine(node) ?? 0 : 0;
  return topBlocks(root).find((b) => b.tagName === 'p' && (startLine(b) ?? 0) > line && !isReleaseLine(textOf(b)));
}

function markDateline(paragraph: Element | undefined): void {
  if (!paragraph || paragraph.tagName !== 'p') return;
  const length = datelineLength(textOf(paragraph));
  if (length > 0) wrapLeadingText(paragraph, length, h('span', { className: ['pr-dateline'] }));
}

function markAttribution(block: Element): void {
  for (const child of block.children) {
    if (child.type !== 'text') continue;
    const match = ATTRIBUTION.exec(child.value);
    if (!match) continue;
    const index = block.children.indexOf(child);
    const before = child.value.slice(0, match.index);
    const after = child.value.slice(match.index + match[0].length);
    block.children.splice(index, 1, text(before), h('span', { className: ['pr-attribution'] }, [text(match[0])]), text(after));
    return;
  }
}

function markQuote(block: Element, kind: string): void {
  addClass(block, 'pr-quote');
  block.properties.dataQuote = kind;
  const paragraphs = block.tagName === 'p' ? [block] : block.children.filter(isElement);
  for (const p of paragraphs) {
    if (/^\s*(?:--|[—–~])/u.test(textOf(p))) addClass(p, 'pr-attribution');
    else if (p.tagName === 'p') markAttribution(p);
  }
}

function markQuotes(root: Root, model: PrfaqModel): void {
  const quoted = new Set<Element>();
  for (const id of ['leader-quote', 'customer-quote'] as const) {
    const s = section(model, id);
    if (!s?.bodyRange) continue;
    for (const block of topBlocksIn(root, s.bodyRange)) {
      markQuote(block, id === 'leader-quote' ? 'leader' : 'customer');
      quoted.add(block);
    }
  }
  // Quotes outside a quote section ("“…,” said Jane Doe, CEO.") are set off too.
  const faqStart = model.faqRange?.start.line ?? Infinity;
  for (const block of topBlocks(root)) {
    if (quoted.has(block) || block.tagName !== 'p' || (startLine(block) ?? 0) >= faqStart) continue;
    const content = textOf(block);
    if (OPENS_WITH_QUOTE.test(content) && ATTRIBUTION.test(content)) markQuote(block, 'quote');
  }
}

function markLabelHeadings(root: Root): void {
  eachBlock(root, (node) => {
    if (!isHeading(node)) return;
    const kind = faqHeadingKind(textOf(node));
    if (kind) {
      addClass(node, 'faq-heading', `faq-heading-${kind}`);
      node.children.push(h('span', { className: ['faq-badge', `faq-badge-${kind}`] }, [text(kind === 'external' ? 'customer' : 'internal')]));
    } else if (sectionLabelled(textOf(node)) || isPartLabel(textOf(node))) addClass(node, 'section-label');
  });
}

export function decorateRelease(root: Root, model: PrfaqModel): void {
  markLabelHeadings(root);
  const headlineSection = section(model, 'headline');
  const modelHeadline = headlineSection ? sectionContent(root, headlineSection) : undefined;
  // "FOR IMMEDIATE RELEASE" is decoration, not the headline: if the model took it, trust the shape instead.
  const trustModel = modelHeadline !== undefined && !isReleaseLine(textOf(modelHeadline));
  // When the model found sections but no headline, the headline is missing (a dashed box says so): invent none.
  const guess = !trustModel && (model.sections.length === 0 || modelHeadline !== undefined);
  const headline = trustModel ? modelHeadline : guess ? fallbackHeadline(root) : undefined;
  const subSection = trustModel ? section(model, 'subheadline') : undefined;
  const subheadline = subSection ? sectionContent(root, subSection) : guess ? fallbackSubheadline(root, headline) : undefined;
  if (headline) addClass(headline, 'pr-headline');
  if (subheadline) addClass(subheadline, 'pr-subheadline');
  markReleaseLine(root, headline, model.pressReleaseRange?.start.line);
  const summary = section(model, 'summary');
  const summaryBlock = summary?.bodyRange ? firstTopBlockIn(root, summary.bodyRange) : firstParagraphAfter(root, subheadline ?? headline);
  markDateline(summaryBlock);
  markQuotes(root, model);
}
