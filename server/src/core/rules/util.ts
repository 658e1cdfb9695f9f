// Small helpers shared by the rules: ranges inside the text, sections by offset, severities, quoting.
// Numbers, counts and pages are formatted by core/format.ts.
import { lineEndOffset, rangeAt } from '../positions';
import type { PrfaqModel, Range, Section, SectionId, Severity, SeveritySetting } from '../types';

export function rangeOf(model: PrfaqModel, start: number, end: number): Range {
  return rangeAt(model.lineStarts, start, end, model.text.length);
}

/** The visible content of a 1-based line (leading/trailing blanks left out); clamped into the text. */
export function lineRange(model: PrfaqModel, line: number): Range {
  const count = model.lineStarts.length;
  const l = Math.min(Math.max(line, 1), count);
  const start = model.lineStarts[l - 1];
  const end = lineEndOffset(model.text, model.lineStarts, l);
  const raw = model.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  if (lead === raw.length) return rangeOf(model, start, end);
  return rangeOf(model, start + lead, end - trail);
}

/** The first non-blank line at or after `line`, before `untilLine` (inclusive); falls back to `line`. */
export function firstContentLine(model: PrfaqModel, line: number, untilLine = model.lineStarts.length): number {
  for (let l = Math.max(line, 1); l <= Math.min(untilLine, model.lineStarts.length); l++) {
    const start = model.lineStarts[l - 1];
    if (model.text.slice(start, lineEndOffset(model.text, model.lineStarts, l)).trim() !== '') return l;
  }
  return line;
}

/** The last non-blank line at or before `line`. */
export function lastContentLine(model: PrfaqModel, line: number): number {
  for (let l = Math.min(line, model.lineStarts.length); l >= 1; l--) {
    const start = model.lineStarts[l - 1];
    if (model.text.slice(start, lineEndOffset(model.text, model.lineStarts, l)).trim() !== '') return l;
  }
  return 1;
}

/** Where a section "is" for a finding: its heading, or the first line of its content. */
export function sectionAnchor(model: PrfaqModel, section: Section): Range {
  if (section.headingRange) return section.headingRange;
  return lineRange(model, firstContentLine(model, section.range.start.line, section.range.end.line));
}

/** The first line after the front matter that has something on it (the document's "line 1"). */
export function documentAnchor(model: PrfaqModel): Range {
  const after = model.frontMatter ? model.frontMatter.range.end.line + 1 : 1;
  return lineRange(model, firstContentLine(model, after));
}

export function sectionAt(model: PrfaqModel, offset: number): SectionId | undefined {
  let found: SectionId | undefined;
  for (const s of model.sections) if (s.range.start.offset <= offset && offset < s.range.end.offset) found = s.id;
  return found;
}

export function quoteText(s: string, max = 60): string {
  const oneLine = s.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine}"`;
}

const ORDER: Severity[] = ['hint', 'info', 'warning', 'error'];

/** The severity the user configured for a rule; `fallback` when it is off or unknown (the rule then does not run anyway). */
export function configuredSeverity(setting: SeveritySetting | undefined, fallback: Severity): Severity {
  if (!setting || setting === 'off') return fallback;
  return setting;
}

export function minSeverity(a: Severity, b: Severity): Severity {
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** The document's line break, so inserted text matches what is there. */
export function lineBreak(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Reads a string-list option, ignoring anything that is not a string. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
