// Styles FAQ questions and answers, external (customer) and internal (stakeholder) alike.
import type { Element, Root } from 'hast';
import type { FaqEntry, FaqKind, PrfaqModel } from '../core/types';
import { addClass, deepestBlockStartingAt, isElement, isHeading, startLine, textOf, topBlocks } from './hast';
import { faqHeadingKind } from './labels';

const ANSWER_BLOCKS = new Set(['p', 'pre', 'ul', 'ol', 'blockquote', 'table', 'dl', 'div', 'details']);

function markQuestion(node: Element, kind: FaqKind, answered: boolean): void {
  addClass(node, 'faq-q', `faq-${kind}`);
  node.properties.dataFaq = kind;
  if (!answered) addClass(node, 'faq-unanswered');
}

/** Marks the outermost answer-like blocks that start inside [from, to] (source lines). */
function markAnswers(parent: Root | Element, from: number, to: number, kind: FaqKind): void {
  for (const child of parent.children) {
    if (!isElement(child)) continue;
    const line = startLine(child);
    const inside = line !== undefined && line >= from && line <= to;
    if (inside && ANSWER_BLOCKS.has(child.tagName) && !child.properties.dataFaq) addClass(child, 'faq-a', `faq-${kind}`);
    else markAnswers(child, from, to, kind);
  }
}

function markEntry(root: Root, entry: FaqEntry): void {
  const question = deepestBlockStartingAt(root, entry.range.start.line);
  if (question) markQuestion(question, entry.kind, entry.answered);
  if (entry.answerRange) {
    // An answer on the question's own line (`**Q?** Answer`) stays inside the question block.
    const from = Math.max(entry.answerRange.start.line, entry.range.end.line + 1);
    markAnswers(root, from, entry.answerRange.end.line, entry.kind);
  }
}

function looksLikeQuestion(node: Element): boolean {
  const content = textOf(node).trim();
  if (isHeading(node)) return content.endsWith('?');
  const first = node.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
  const boldStart = isElement(first) && ['strong', 'b'].includes(first.tagName);
  return node.tagName === 'p' && boldStart && (/^Q\s*[:.]/i.test(content) || textOf(first).trim().endsWith('?'));
}

/** Without a model (or before it lands), questions are found by their shape under an FAQ heading. */
function markByShape(root: Root): void {
  let kind: FaqKind | null = null;
  let question: Element | null = null;
  for (const block of topBlocks(root)) {
    const headingKind = isHeading(block) ? faqHeadingKind(textOf(block)) : null;
    if (headingKind) {
      kind = headingKind;
      question = null;
    } else if (kind && looksLikeQuestion(block)) {
      question = block;
      markQuestion(block, kind, true);
    } else if (kind && question && isHeading(block)) {
      question = null;
    } else if (kind && question && ANSWER_BLOCKS.has(block.tagName)) {
      addClass(block, 'faq-a', `faq-${kind}`);
    }
  }
}

export function decorateFaq(root: Root, model: PrfaqModel): void {
  const entries = [...model.faq.external, ...model.faq.internal];
  if (entries.length === 0) {
    markByShape(root);
    return;
  }
  for (const entry of entries) markEntry(root, entry);
}
