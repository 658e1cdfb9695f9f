// Titles and one-line prompts of the sections, for completion, symbols and hover.
// TODO(server): switch to sectionTitle/sectionPrompt from core/rules/sectionText.ts once it lands.
import type { SectionId } from '../core/types';

const TITLES: Record<SectionId, string> = {
  headline: 'Headline',
  subheadline: 'Subheading',
  summary: 'Summary',
  problem: 'Problem',
  solution: 'Solution',
  'leader-quote': 'Leader Quote',
  'how-it-works': 'How It Works',
  'customer-quote': 'Customer Quote',
  'call-to-action': 'Call to Action',
  'external-faq': 'External FAQ',
  'internal-faq': 'Internal FAQ',
};

const PROMPTS: Record<SectionId, string> = {
  headline: 'Name the product and say what it does for whom, in one line.',
  subheadline: 'One sentence: who the customer is and what they get.',
  summary: 'CITY, STATE – Month D, YYYY – Announce the product and its main benefit.',
  problem: 'Describe the problem customers have today, in their words.',
  solution: 'Describe how the product solves the problem.',
  'leader-quote': 'A quote from a company leader on why this matters to customers.',
  'how-it-works': 'Describe how a customer gets started.',
  'customer-quote': 'A quote from a customer describing the benefit they got.',
  'call-to-action': 'Say where customers can get it and how to start.',
  'external-faq': 'Questions customers will ask, with answers.',
  'internal-faq': 'Questions stakeholders will ask: cost, risks, market size, dependencies.',
};

export function sectionTitle(id: SectionId): string {
  return TITLES[id];
}

export function sectionPrompt(id: SectionId): string {
  return PROMPTS[id];
}
