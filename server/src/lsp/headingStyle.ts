// How this document writes FAQ questions, so a completed question looks like the writer's own.
// (The style of part headings has one home: core/headingStyle.ts.)
import { formatAtx, type HeadingStyle } from '../core/headingStyle';
import type { FaqEntry, PrfaqModel } from '../core/types';

/** A new FAQ question written like the existing ones (or as a heading one level under the FAQ heading). */
export function formatQuestion(model: PrfaqModel, existing: FaqEntry[], style: HeadingStyle, question: string): string {
  const sample = existing[0];
  switch (sample?.format) {
    case 'bold-q':
      return `**Q: ${question}**`;
    case 'bold':
      return `**${question}**`;
    case 'list':
      return `${existing.length + 1}. ${question}`;
    case 'plain-q':
      return `Q: ${question}`;
    case 'heading':
      return formatAtx(question, headingLevelAt(model, sample.range.start.offset) ?? style.faqLevel + 1, style.closed);
    default:
      return formatAtx(question, Math.min(6, style.faqLevel + 1), style.closed);
  }
}

function headingLevelAt(model: PrfaqModel, offset: number): number | null {
  const heading = model.headings.find((h) => h.range.start.offset <= offset && offset <= h.range.end.offset);
  return heading?.level ?? null;
}
