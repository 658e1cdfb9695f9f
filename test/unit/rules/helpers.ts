import { check } from '../../../server/src/core/check';
import type { Finding, TextEdit, UserConfig } from '../../../server/src/core/types';

/** Runs the checker with `config` as editor settings and returns one rule's findings. */
export function findings(text: string, ruleId: string, config: UserConfig = {}): Finding[] {
  return check(text, { settings: { source: 'settings', value: config } }).findings.filter((f) => f.ruleId === ruleId);
}

/** Applies non-overlapping edits (offsets into the original text). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The text a range covers. */
export function covered(text: string, f: Finding): string {
  return text.slice(f.range.start.offset, f.range.end.offset);
}
