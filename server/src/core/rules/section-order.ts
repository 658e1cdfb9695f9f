import { FAQ_SECTIONS, SECTION_IDS } from '../types';
import type { Rule, Section, SectionId } from '../types';
import { sectionName } from './sectionText';
import { sectionAnchor } from './util';

/**
 * Rank in the canonical order. Without `checkFaqOrder` both FAQ parts share a rank:
 * many real PR/FAQs put the internal FAQ first, and that is a choice, not a mistake.
 */
function rank(id: SectionId, checkFaqOrder: boolean): number {
  if (!checkFaqOrder && (FAQ_SECTIONS as readonly string[]).includes(id)) return SECTION_IDS.indexOf('external-faq');
  return SECTION_IDS.indexOf(id);
}

/** Indexes of the longest run of sections already in order (non-decreasing rank); the rest are the misplaced ones. */
function longestOrderedRun(ranks: number[]): Set<number> {
  const best = ranks.map(() => 1);
  const prev = ranks.map(() => -1);
  for (let i = 0; i < ranks.length; i++) {
    for (let j = 0; j < i; j++) {
      if (ranks[j] <= ranks[i] && best[j] + 1 > best[i]) {
        best[i] = best[j] + 1;
        prev[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < ranks.length; i++) if (best[i] > best[end]) end = i;
  const kept = new Set<number>();
  for (let i = ranks.length > 0 ? end : -1; i >= 0; i = prev[i]) kept.add(i);
  return kept;
}

export const sectionOrder: Rule = {
  id: 'section-order',
  description: 'A section is out of the canonical order (press-release parts in order, the release before the FAQ).',
  defaultSeverity: 'info',
  defaultOptions: { includeInferred: false, checkFaqOrder: false },
  fixable: false,
  category: 'structure',
  check({ model, options, report }) {
    const includeInferred = options.includeInferred === true;
    const checkFaqOrder = options.checkFaqOrder === true;
    // Sections found from their content have a guessed position; only written headings are held to an order.
    const sections = model.sections.filter((s) => includeInferred || s.source === 'heading');
    const ranks = sections.map((s) => rank(s.id, checkFaqOrder));
    const kept = longestOrderedRun(ranks);
    sections.forEach((s, i) => {
      if (kept.has(i)) return;
      const placement = placementOf(sections, ranks, kept, i);
      const range = sectionAnchor(model, s);
      report({
        message: `${capitalise(sectionName(s.id))} is out of order: it belongs ${placement.word} the ${sectionName(placement.other.id)} (line ${placement.other.range.start.line}).`,
        range,
        section: s.id,
        related: [{ message: `${capitalise(sectionName(placement.other.id))} is here`, range: sectionAnchor(model, placement.other) }],
      });
    });
  },
};

/** The in-order section the misplaced one should follow (the last lower-ranked one after it), else precede. */
function placementOf(sections: Section[], ranks: number[], kept: Set<number>, i: number): { word: 'after' | 'before'; other: Section } {
  let after = -1;
  for (let j = i + 1; j < sections.length; j++) if (kept.has(j) && ranks[j] < ranks[i]) after = j;
  if (after >= 0) return { word: 'after', other: sections[after] };
  for (let j = 0; j < i; j++) if (kept.has(j) && ranks[j] > ranks[i]) return { word: 'before', other: sections[j] };
  return { word: 'after', other: sections[i] };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
