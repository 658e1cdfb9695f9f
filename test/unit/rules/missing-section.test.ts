import { describe, expect, it } from 'vitest';
import { applyEdits, covered, findings } from './helpers';
import { sectionPrompt, sectionTitle } from '../../../server/src/core/rules/sectionText';
import { SECTION_IDS } from '../../../server/src/core/types';

const PR = [
  '# Ferrylink Shows Live Sailing Times on Every Dock',
  '',
  '## Summary',
  '',
  'ANACORTES, WA – May 4, 2027 – The ferry service today put live sailing times on every dock.',
  '',
  '## Problem',
  '',
  'Riders cannot tell whether the next boat is late until it is.',
  '',
  '## Call to Action',
  '',
  'The displays are live today on all six docks.',
  '',
].join('\n');

const only = (ids: string[]) => ({ requiredSections: ids as never });

describe('missing-section', () => {
  it('names the section and what it should hold, on the heading of the next present section', () => {
    const [f] = findings(PR, 'missing-section', only(['customer-quote']));
    expect(f.message).toBe('Missing customer quote: quote a named customer on how the product solved their problem.');
    expect(f.section).toBe('customer-quote');
    expect(f.severity).toBe('warning');
    expect(covered(PR, f)).toBe('## Call to Action');
    expect(f.url).toMatch(/docs\/rules\/missing-section\.md$/);
  });

  it('reports one finding per missing required section and none for sections not required', () => {
    const found = findings(PR, 'missing-section', only(['summary', 'solution', 'customer-quote', 'internal-faq']));
    expect(found.map((f) => f.section)).toEqual(['solution', 'customer-quote', 'internal-faq']);
  });

  it('fix inserts heading and prompt in canonical order, keeping every character of the writer', () => {
    const [f] = findings(PR, 'missing-section', only(['solution']));
    expect(f.fix!.edits).toHaveLength(1);
    const edit = f.fix!.edits[0];
    expect(edit.start).toBe(edit.end);
    const fixed = applyEdits(PR, f.fix!.edits);
    expect(fixed).toContain('Riders cannot tell whether the next boat is late until it is.\n\n## Solution\n\n<!-- ');
    expect(fixed).toContain(' -->\n\n## Call to Action');
    expect(fixed.replace(edit.newText, '')).toBe(PR);
    expect(findings(fixed, 'missing-section', only(['solution']))).toEqual([]);
    expect(findings(fixed, 'empty-section').map((e) => e.section)).toEqual(['solution']);
  });

  it('fix after the last press-release part lands before the FAQ and stays in the text', () => {
    const text = PR + '\n## External FAQ\n\n### Is it free?\n\nYes.';
    const [f] = findings(text, 'missing-section', only(['how-it-works']));
    expect(covered(text, f)).toBe('## Call to Action');
    const [internal] = findings(text, 'missing-section', only(['internal-faq']));
    expect(covered(text, internal)).toBe('Yes.');
    const fixed = applyEdits(text, internal.fix!.edits);
    expect(fixed.endsWith('Yes.\n\n## Internal FAQ\n\n<!-- ' + sectionPrompt('internal-faq') + ' -->\n')).toBe(true);
    expect(findings(fixed, 'missing-section', only(['internal-faq']))).toEqual([]);
  });

  it('writes closed ATX headings at the sibling level when the document uses them', () => {
    const text = '# Good Ticket #\n\n### Summary ###\n\nToday we launch.\n\n### Problem ###\n\nIt is hard.\n';
    const [f] = findings(text, 'missing-section', only(['solution']));
    const fixed = applyEdits(text, f.fix!.edits);
    expect(fixed).toBe(text + '\n### Solution ###\n\n<!-- ' + sectionPrompt('solution') + ' -->\n');
    expect(findings(fixed, 'missing-section', only(['solution']))).toEqual([]);
  });

  it('writes a bold label when the sections are bold labels, and keeps CRLF line ends', () => {
    const text = '**Summary**\r\n\r\nToday we launch the bus.\r\n\r\n**Solution**\r\n\r\nIt runs all night.\r\n';
    const [f] = findings(text, 'missing-section', only(['problem']));
    const fixed = applyEdits(text, f.fix!.edits);
    expect(fixed).toBe('**Summary**\r\n\r\nToday we launch the bus.\r\n\r\n**Problem**\r\n\r\n<!-- ' + sectionPrompt('problem') + ' -->\r\n\r\n**Solution**\r\n\r\nIt runs all night.\r\n');
  });

  it('adds the blank line a CRLF document lacks before the insertion', () => {
    const text = '**Problem**\r\n\r\n- Riders wait an hour.\r\n';
    const [f] = findings(text, 'missing-section', only(['solution']));
    expect(applyEdits(text, f.fix!.edits)).toBe(text + '\r\n**Solution**\r\n\r\n<!-- ' + sectionPrompt('solution') + ' -->\r\n');
  });

  it('goes before an appendix when there is no press release or FAQ to follow', () => {
    const text = '# Lantern\n\nA night bus.\n\n## Appendix\n\nTables.\n';
    const [f] = findings(text, 'missing-section', only(['external-faq']));
    expect(covered(text, f)).toBe('## Appendix');
    expect(applyEdits(text, f.fix!.edits)).toContain('A night bus.\n\n## External FAQ\n\n<!-- ');
  });

  it('handles a text without a trailing newline and an empty document', () => {
    const text = '## Summary\n\nToday we launch the bus.';
    const [f] = findings(text, 'missing-section', only(['internal-faq']));
    expect(applyEdits(text, f.fix!.edits)).toBe(text + '\n\n## Internal FAQ\n\n<!-- ' + sectionPrompt('internal-faq') + ' -->\n');
    const empty = findings('', 'missing-section');
    expect(empty.length).toBeGreaterThan(0);
    for (const e of empty) {
      expect(e.range.start.offset).toBe(0);
      expect(e.range.end.offset).toBe(0);
    }
  });

  it('has a title and a prompt for every section id', () => {
    for (const id of SECTION_IDS) {
      expect(sectionTitle(id)).toMatch(/^[A-Z]/);
      expect(sectionPrompt(id)).toMatch(/^[A-Z].*\.$/);
      expect(sectionPrompt(id)).not.toContain('-->');
    }
  });
});
