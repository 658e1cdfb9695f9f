// TEMPORARY STUB: being replaced by the real document model (owner: lead).
import { parseMarkdown } from './parse';
import { computeLineStarts } from './positions';
import type { PrfaqModel } from './types';

export function buildModel(text: string): PrfaqModel {
  const tree = parseMarkdown(text);
  return {
    text,
    tree,
    lineStarts: computeLineStarts(text),
    frontMatter: null,
    sections: [],
    headings: [],
    faq: { external: [], internal: [] },
    words: { pressRelease: 0, externalFaq: 0, internalFaq: 0, faq: 0, total: 0, code: 0 },
    pressReleaseRange: null,
    faqRange: null,
    lang: 'en',
    directives: [],
  };
}
