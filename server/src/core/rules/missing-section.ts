import type { Rule } from '../types';
import { sectionInsertion } from './sectionInsertion';
import { sectionName, sectionPrompt, sectionTitle } from './sectionText';
import { documentAnchor } from './util';

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
      const insertion = sectionInsertion(model, id);
      const title = sectionTitle(id);
      report({
        message: `Missing ${sectionName(id)}: ${lowerFirst(sectionPrompt(id))}`,
        range: insertion?.anchor ?? documentAnchor(model),
        section: id,
        // No fix where no place changes nothing else (the short line at the top would become its text).
        fix: insertion ? { title: `Insert ${/^[AEIOU]/i.test(title) ? 'an' : 'a'} "${title}" section`, edits: [insertion.edit] } : undefined,
      });
    }
  },
};
