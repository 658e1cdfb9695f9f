import type { FaqKind, PressReleaseSectionId } from './types';

/** What a heading (or a bare label line) names. */
export type HeadingClass =
  | { type: 'section'; id: PressReleaseSectionId }
  | { type: 'faq'; kind: FaqKind }
  | { type: 'press-release' }
  | { type: 'other' }
  | null;

export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[*_`#:()[\]{}"'“”‘’!.,;?–—\-/\\|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const FAQ = /\b(faqs?|frequently asked questions?|q and a|questions and answers)\b/;
const INTERNAL = /\b(internal|stakeholders?|business|leadership|technical|team|investor)\b/;
const PRESS_RELEASE = /^(the )?(press release|working backwards|pr|prfaq|pr faq|pr and faq)\b/;
const OTHER = /^(appendix|appendices|annex|specification|technical design|detailed design|design|implementation( plan)?|references?|glossary|change ?log|readme|contributing|open issues|unresolved questions|future work|related work|alternatives considered|drawbacks|non goals|out of scope)\b/;

// Order matters: the first match wins ("Customer Experience" is how-it-works, not a customer quote).
const SECTION_PATTERNS: [PressReleaseSectionId, RegExp][] = [
  ['customer-quote', /\bcustomers? (quotes?|testimonials?|testimon\w*|stor(y|ies)|voices?|says?|feedback)\b|\btestimon\w*|what (the |our )?(customers|users) (are )?say\w*|\bquote from (an? |our |the )?(customer|user|client)/],
  ['leader-quote', /\bquote from\b|\b(leader(ship)?|executive|company|ceo|founder|spokesperson|team|internal) quotes?\b|\bquote (an?|the|our) .*\b(leader|executive|ceo|founder|spokesperson)\b|\bfrom our team\b|\bspokesperson\b/],
  ['how-it-works', /\b(how to get started|how it works|how does it work|how to use( it)?|getting started|get started|customer experience|user experience|the experience|walk ?through)\b/],
  ['call-to-action', /^(the )?(closing|availability|pricing and availability|next steps|anything else|where to (buy|get it|find it)|learn more|cta)\b|\bcall to action\b/],
  ['subheadline', /^(the )?sub ?(head(ing|line)?s?|title)\b|^tag ?line\b/],
  ['headline', /^(the )?(headline|heading|title|product name)$/],
  ['summary', /^(the )?(summary|summari[sz]e|intro|introduction|opening( paragraph)?|lead( paragraph)?|overview|executive summary)\b/],
  ['problem', /\b(problem|the setup|opportunity|pain ?points?|the challenge)\b/],
  ['solution', /\b(solution|the knockdown|knockdown|approach|key features)\b/],
];

/**
 * Classifies a heading's text. `strict` (for bare label lines) requires the whole line to be a short name.
 * Returns null for headings that name nothing we know (they stay inside the current section).
 */
export function classifyHeading(text: string, strict = false): HeadingClass {
  const name = normalizeName(text);
  if (!name) return null;
  const words = name.split(' ').length;
  if (strict && words > 6) return null;
  if (words > 16) return null;
  if (/^(pr faq|prfaq|pr and faq)\b/.test(name)) return { type: 'press-release' };
  if (FAQ.test(name)) return { type: 'faq', kind: INTERNAL.test(name) ? 'internal' : 'external' };
  if (PRESS_RELEASE.test(name)) return strict && words > 3 ? null : { type: 'press-release' };
  if (OTHER.test(name)) return { type: 'other' };
  for (const [id, re] of SECTION_PATTERNS) {
    if (!re.test(name)) continue;
    if (strict && !STRICT_NAMES.test(name)) return null;
    return { type: 'section', id };
  }
  return null;
}

// Bare label lines in plain-text templates ("Quote from You", "Closing and Call to Action").
const STRICT_NAMES = /^(the )?(headline|heading|title|sub ?heading|sub ?headline|subtitle|summary|intro(duction)?|overview|problem|the setup|opportunity|solution|the knockdown|approach|quote from (you|the ceo|a leader|our team|a customer|the customer)|leader quote|from our team|spokesperson quote|how to get started|getting started|how it works|customer experience|user experience|customer quotes?|customer testimonials?|testimonials?|closing( and call to action)?|call to action|availability|next steps|anything else|key features)$/;
