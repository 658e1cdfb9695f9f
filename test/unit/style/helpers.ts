// Shared by the style tests: run the checker on inline text, keep one rule's findings, apply fixes.
import { check } from '../../../server/src/core/check';
import type { Finding, UserConfig } from '../../../server/src/core/types';

export const STYLE_RULES = ['weasel-word', 'hype-word', 'sentence-length', 'readability', 'acronym', 'tense', 'passive-voice', 'internal-faq-coverage'];

export function findings(text: string, config?: UserConfig): Finding[] {
  return check(text, config ? { rcFile: { source: '.prfaqrc.json', value: config } } : {}).findings;
}

export function styleFindings(text: string, config?: UserConfig): Finding[] {
  return findings(text, config).filter((f) => STYLE_RULES.includes(f.ruleId));
}

export function ofRule(text: string, ruleId: string, config?: UserConfig): Finding[] {
  return findings(text, config).filter((f) => f.ruleId === ruleId);
}

/** The document text a finding points at. */
export function covered(text: string, f: Finding): string {
  return text.slice(f.range.start.offset, f.range.end.offset);
}

export function applyFix(text: string, f: Finding): string {
  if (!f.fix) throw new Error(`${f.ruleId} at line ${f.range.start.line} has no fix`);
  const edits = [...f.fix.edits].sort((a, b) => b.start - a.start);
  return edits.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

/** A small release with a summary, a problem and both FAQs, with `body` as the problem paragraph. */
export function release(body: string, extra = ''): string {
  return [
    '# Tidepool Tracks Every Lab Sample',
    '',
    '## Summary',
    '',
    'PORTLAND, OR – March 3, 2027 – Harbor Labs today launched Tidepool, a sample tracker for research labs.',
    '',
    '## Problem',
    '',
    body,
    '',
    extra,
  ].join('\n');
}
