// Recognising the template's own scaffolding: section label headings and FAQ headings.
// The names are the model's (core/recognise/names.ts), so the preview and the checker agree on what a heading labels.
import { classifyName } from '../core/recognise/names';
import { sectionTitle } from '../core/rules/sectionText';
import { SECTION_IDS, type FaqKind, type SectionId } from '../core/types';

export const SECTION_TITLES = Object.fromEntries(SECTION_IDS.map((id) => [id, sectionTitle(id)])) as Record<SectionId, string>;

/** The section a heading merely labels ("## Problem", "Quote from the CEO:"), or null for real content. */
export function sectionLabelled(heading: string): SectionId | null {
  const cls = classifyName(heading.replace(/\(.*?\)/g, ' '));
  return cls?.type === 'section' ? cls.id : null;
}

/** Headings that name a part of the document or the document type, never the product. */
export function isPartLabel(heading: string): boolean {
  const cls = classifyName(heading);
  return cls?.type === 'press-release' || cls?.type === 'prfaq' || cls?.type === 'title' || (cls?.type === 'other' && /^\s*(the )?appendi(x|ces)\b/i.test(heading.replace(/[#*_]/g, '')));
}

/** The FAQ part a heading opens, or null when it is not an FAQ heading. */
export function faqHeadingKind(heading: string): FaqKind | null {
  const cls = classifyName(heading);
  return cls?.type === 'faq' ? cls.kind : null;
}
