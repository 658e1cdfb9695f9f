import type { SectionId } from '../types';

/** Heading text for a section, as the fix and the editor's completion write it (names the model recognises). */
const TITLES: Record<SectionId, string> = {
  headline: 'Headline',
  subheadline: 'Subheading',
  summary: 'Summary',
  problem: 'Problem',
  solution: 'Solution',
  'leader-quote': 'Leader quote',
  'how-it-works': 'Getting started',
  'customer-quote': 'Customer quote',
  'call-to-action': 'Call to action',
  'external-faq': 'External FAQ',
  'internal-faq': 'Internal FAQ',
};

/** One line telling the writer what the section should contain. */
const PROMPTS: Record<SectionId, string> = {
  headline: 'Name the product and say what it does for whom, in one line a customer understands.',
  subheadline: 'In one sentence, say who the product is for and what they get from it.',
  summary: 'Open with a dateline (CITY, STATE – Month D, YYYY –), then say what launches, for whom, and the main benefit.',
  problem: 'Describe the problem customers have today, in their words, and why it matters to them.',
  solution: 'Explain how the product solves that problem and why it beats what customers do today.',
  'leader-quote': 'Quote a named company leader on why the company built this and what it means for customers.',
  'how-it-works': 'Describe how a customer gets started and what the first use looks like.',
  'customer-quote': 'Quote a named customer on how the product solved their problem.',
  'call-to-action': 'Tell the reader where to go and what to do next ("available today at …").',
  'external-faq': 'Answer the questions customers will ask, in their words: price, availability, how it works, limits.',
  'internal-faq': 'Answer the questions stakeholders will ask: cost, resources, risks, dependencies, success metrics, scope.',
};

export function sectionTitle(id: SectionId): string {
  return TITLES[id];
}

export function sectionPrompt(id: SectionId): string {
  return PROMPTS[id];
}

/** The section's name inside a sentence ("Missing customer quote: …"). */
const NAMES: Record<SectionId, string> = {
  headline: 'headline',
  subheadline: 'subheading',
  summary: 'summary',
  problem: 'problem',
  solution: 'solution',
  'leader-quote': 'leader quote',
  'how-it-works': 'getting-started section',
  'customer-quote': 'customer quote',
  'call-to-action': 'call to action',
  'external-faq': 'external FAQ',
  'internal-faq': 'internal FAQ',
};

export function sectionName(id: SectionId): string {
  return NAMES[id];
}
