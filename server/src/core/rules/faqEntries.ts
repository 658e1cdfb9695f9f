import type { FaqEntry, FaqSectionId, PrfaqModel } from '../types';

/** Every FAQ entry, external and internal, in document order. */
export function allFaqEntries(model: PrfaqModel): FaqEntry[] {
  return [...model.faq.external, ...model.faq.internal].sort((a, b) => a.range.start.offset - b.range.start.offset);
}

export function faqSectionOf(entry: FaqEntry): FaqSectionId {
  return entry.kind === 'internal' ? 'internal-faq' : 'external-faq';
}

/** The question without a "Q:" / "Question:" prefix. */
export function bareQuestion(question: string): string {
  return question.replace(/^\s*(?:q(?:uestion)?\s*\d*\s*[:.)-]\s*)/i, '').trim();
}
