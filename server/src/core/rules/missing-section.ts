import type { Rule } from '../types';
import { sectionInsertion } from './sectionInsertion';
import { sectionName, sectionPrompt, sectionTitle } from './sectionText';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const missingSection: Rule = {
  id: 'missing-section',
  description: 'A required section (config requiredSections) is not in the document.',
  defaultSeverity: 'warning',
  fixable: true,
  category: 'structure',
  check({ model, config, report }) {
    // A part some block could plausibly be is not called missing: a false "missing" is the worst
    // finding this checker can make, so the model's doubt (possibleSections) means silence.
    const present = new Set([...model.sections.map((s) => s.id), ...model.possibleSections]);
    for (const id of config.requiredSections) {
      if (present.has(id)) continue;
      const { edit, anchor } = sectionInsertion(model, id);
      report({
        message: `Missing ${sectionName(id)}: ${lowerFirst(sectionPrompt(id))}`,
        range: anchor,
        section: id,
        fix: { title: `Insert a "${sectionTitle(id)}" section`, edits: [edit] },
      });
    }
  },
};
