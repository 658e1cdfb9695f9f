import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { PrfaqModel, Range, Rule, Section } from '../types';
import { sectionName } from './sectionText';
import { lineRange } from './util';
import { isEnglish } from '../style/prose';

const VERB = '(?:said|says|explains|explained|adds|added|notes|noted|shares|shared|commented|stated|continues|continued|concludes|concluded|recalls|recalled)';
const NAME = "\\p{Lu}[\\p{L}'’.-]+";
const ATTRIBUTION = [
  // "…," said Jane Doe, VP of …
  new RegExp(`\\b${VERB}\\s+${NAME}`, 'u'),
  // Jane Doe, VP of Payments, said … / Jane, a teacher in Austin, says …
  new RegExp(`${NAME}(?:\\s+${NAME})+,?\\s+${VERB}\\b|${NAME},[^,.]{1,80},\\s+${VERB}\\b`, 'u'),
  // — Daniel Kim / --Daniel Sun Kim / - Albert from San Francisco / ~ Ana
  new RegExp(`(?:^|\\n|[.!?"”'’)]\\s*)(?:[-–—―~]{1,2})\\s*${NAME}`, 'u'),
  new RegExp(`\\baccording to\\s+${NAME}`, 'iu'),
  // Jane Doe, CEO: "…"
  new RegExp(`^${NAME}(?:\\s+${NAME})*,?[^:\\n]{0,60}:\\s*["“]`, 'u'),
];

/** The speaker is outside the quotation, so quoted spans are left out before looking for one. */
function withoutQuotedSpeech(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"/g, '" "');
}

/** A speaker is named near the start or the end of a quotation; the middle of a long one is never read. */
const EDGE = 2000;

export function hasNamedSpeaker(text: string): boolean {
  const clipped = text.length > 2 * EDGE ? `${text.slice(0, EDGE)}\n${text.slice(-EDGE)}` : text;
  const outside = withoutQuotedSpeech(clipped);
  return ATTRIBUTION.some((re) => re.test(outside));
}

interface QuoteUnit {
  text: string;
  range: Range;
}

/**
 * Each blockquote or quoted paragraph is one quotation; a short paragraph right after it may carry its
 * attribution ("— Ana, teacher"). A section with no quote marks at all is read as one quotation.
 */
function quoteUnits(model: PrfaqModel, section: Section): QuoteUnit[] {
  const body = section.bodyRange;
  if (!body) return [];
  const nodes = model.tree.children.filter(
    (n) => n.position && n.position.start.offset! >= body.start.offset && n.position.end.offset! <= body.end.offset && n.type !== 'html',
  );
  const units: QuoteUnit[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!isQuotation(node)) continue;
    let text = rawText(model, node);
    const next = nodes[i + 1];
    if (next && next.type === 'paragraph' && !isQuotation(next) && toString(next).split(/\s+/).length <= 25) {
      text += '\n' + rawText(model, next);
      i++;
    }
    units.push({ text, range: lineRange(model, node.position!.start.line) });
  }
  if (units.length === 0 && nodes.length > 0 && section.text.trim() !== '') {
    units.push({ text: nodes.map((n) => rawText(model, n)).join('\n'), range: lineRange(model, nodes[0].position!.start.line) });
  }
  return units;
}

/** The node's source without blockquote markers, emphasis marks and comments: dashes and line starts survive. */
function rawText(model: PrfaqModel, node: RootContent): string {
  return model.text
    .slice(node.position!.start.offset, node.position!.end.offset)
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^[ \t]*(?:>[ \t]?)+/gm, '')
    .replace(/[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}/g, '');
}

function isQuotation(node: RootContent): boolean {
  if (node.type === 'blockquote') return true;
  return node.type === 'paragraph' && /^[\s*_]*["“«„]|["“«„][^"”»“]{20,}["”»“]/.test(toString(node));
}

export const quoteAttribution: Rule = {
  id: 'quote-attribution',
  description: 'A leader or customer quote has no named speaker.',
  defaultSeverity: 'warning',
  fixable: false,
  category: 'content',
  check({ model, report }) {
    // The speaker patterns ("said …") are English.
    if (!isEnglish(model)) return;
    for (const section of model.sections) {
      if (section.id !== 'leader-quote' && section.id !== 'customer-quote') continue;
      if (section.empty || section.instructionsOnly) continue;
      const example = section.id === 'leader-quote' ? '"…," said Jane Doe, VP of Payments' : '"…," said Ana Ruiz, a teacher in Austin';
      for (const unit of quoteUnits(model, section)) {
        if (hasNamedSpeaker(unit.text)) continue;
        report({
          message: `This ${sectionName(section.id)} has no named speaker: say who said it (${example}).`,
          range: unit.range,
          section: section.id,
        });
      }
    }
  },
};
