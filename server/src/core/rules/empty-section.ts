import { FAQ_SECTIONS } from '../types';
import type { PrfaqModel, Rule } from '../types';
import { sectionName, sectionPrompt } from './sectionText';
import { documentAnchor, sectionAnchor } from './util';
import { plural } from '../format';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * No real content anywhere: every section is empty or instructions, and no FAQ question is answered
 * (an FAQ of bare template questions is not content either).
 */
function isUnfilledTemplate(model: PrfaqModel): boolean {
  if (model.sections.length === 0) return false;
  const entries = [...model.faq.external, ...model.faq.internal];
  if (entries.some((q) => q.answered)) return false;
  const hasQuestions = (id: string) => entries.some((q) => (q.kind === 'internal' ? 'internal-faq' : 'external-faq') === id);
  return model.sections.every((s) => s.empty || s.instructionsOnly || ((FAQ_SECTIONS as readonly string[]).includes(s.id) && hasQuestions(s.id)));
}

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'A section has no content, or only template instructions.',
  defaultSeverity: 'warning',
  fixable: false,
  category: 'content',
  check({ model, report }) {
    const unfilled = model.sections.filter((s) => s.empty || s.instructionsOnly);
    if (isUnfilledTemplate(model)) {
      report({
        message: `This is an unfilled template: none of its ${plural(model.sections.length, 'section')} has real content yet, only headings, instructions or unanswered questions. Replace the instructions with your own text.`,
        range: documentAnchor(model),
      });
    }
    for (const s of unfilled) {
      const what = s.instructionsOnly && s.words > 0 ? 'holds only template instructions' : 'is empty';
      report({
        message: `${capitalise(sectionName(s.id))} ${what}: ${lowerFirst(sectionPrompt(s.id))}`,
        range: sectionAnchor(model, s),
        section: s.id,
      });
    }
  },
};
