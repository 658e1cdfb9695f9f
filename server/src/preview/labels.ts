// Recognising the template's own scaffolding: section label headings and FAQ headings.
import type { FaqKind, SectionId } from '../core/types';

const LABELS: Record<Exclude<SectionId, 'external-faq' | 'internal-faq'>, RegExp> = {
  headline: /^(the )?(headline|heading|title|product name)$/,
  subheadline: /^sub-?\s?(heading|headline|title)$|^subtitle$/,
  summary: /^(summary|summary paragraph|intro|introduction|opening|lead|overview)$/,
  problem: /^(the )?(problem|setup|opportunity|pain points?)$/,
  solution: /^(the )?(solution|knockdown|approach|key features)$/,
  'leader-quote': /^(company )?leader quote$|^quote from .+$|^from our team$|^spokesperson quote$/,
  'how-it-works': /^(how to get started|getting started|how it works|customer experience|user experience)$/,
  'customer-quote': /^customer (testimonials?|testimonies|quotes?)$|^what (the )?customers are saying$/,
  'call-to-action': /^(closing( and call to action)?|call to action|availability|next steps|anything else\??)$/,
};

export const SECTION_TITLES: Record<SectionId, string> = {
  headline: 'Headline',
  subheadline: 'Subheading',
  summary: 'Summary',
  problem: 'Problem',
  solution: 'Solution',
  'leader-quote': 'Leader quote',
  'how-it-works': 'How it works',
  'customer-quote': 'Customer quote',
  'call-to-action': 'Call to action',
  'external-faq': 'External FAQ',
  'internal-faq': 'Internal FAQ',
};

function normalise(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[:#*_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The section a heading merely labels ("## Problem", "Quote from the CEO:"), or null for real content. */
export function sectionLabelled(heading: string): SectionId | null {
  const text = normalise(heading);
  for (const [id, pattern] of Object.entries(LABELS)) if (pattern.test(text)) return id as SectionId;
  return null;
}

/** Headings that name a part of the document or the document type, never the product. */
const PART_LABEL = /^(the )?(press release|pr|pr ?\/? ?faq|prfaq|working backwards( document)?|appendix)$/;

export function isPartLabel(heading: string): boolean {
  return PART_LABEL.test(normalise(heading));
}

/** The FAQ part a heading opens, or null when it is not an FAQ heading. */
export function faqHeadingKind(heading: string): FaqKind | null {
  const text = normalise(heading);
  // "PR/FAQ for Cabana" names the document, not its FAQ part.
  if (/\bpr ?\/? ?faqs?\b|\bprfaq/.test(text)) return null;
  if (!/\bfaqs?\b|frequently asked|questions and answers/.test(text)) return null;
  return /internal|stakeholder|technical|business/.test(text) ? 'internal' : 'external';
}
