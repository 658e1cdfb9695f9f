// Outline: Press release → its parts, External FAQ → questions, Internal FAQ → questions.
import { SymbolKind, type DocumentSymbol, type Range as LspRange } from 'vscode-languageserver';
import { PRESS_RELEASE_SECTIONS, type CheckResult, type FaqEntry, type Range, type Section } from '../core/types';
import { isBefore, toLspRange } from './convert';
import { sectionTitle } from '../core/rules/sectionText';
import { lengthOf, partMeasure } from '../core/pages';
import { describeSize, entryLength, sectionLength } from './figures';

export function documentSymbols(result: CheckResult): DocumentSymbol[] {
  const { model } = result;
  const symbols: DocumentSymbol[] = [];
  const parts = model.sections.filter((s) => (PRESS_RELEASE_SECTIONS as readonly string[]).includes(s.id));
  if (parts.length > 0 || model.pressReleaseRange) {
    const children = parts.map((s) => sectionSymbol(result, s, SymbolKind.String, []));
    const release = lengthOf(partMeasure(model, 'pressRelease'), result.pages.unit, result.config);
    symbols.push(group('Press release', describeSize(release), model.pressReleaseRange, children));
  }
  for (const [id, entries] of [['external-faq', model.faq.external], ['internal-faq', model.faq.internal]] as const) {
    const section = model.sections.find((s) => s.id === id);
    const children = entries.map((e) => questionSymbol(result, e));
    if (section) symbols.push(sectionSymbol(result, section, SymbolKind.Namespace, children));
    else if (children.length > 0) symbols.push(group(sectionTitle(id), '', null, children));
  }
  return symbols;
}

function sectionSymbol(result: CheckResult, section: Section, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol {
  const range = cover(toLspRange(section.range), children);
  const selection = section.headingRange ? toLspRange(section.headingRange) : range;
  const length = sectionLength(result, section);
  return {
    name: section.heading?.trim() || sectionTitle(section.id),
    detail: describeSize(length),
    kind,
    range,
    selectionRange: within(selection, range),
    children,
  };
}

function questionSymbol(result: CheckResult, entry: FaqEntry): DocumentSymbol {
  const question = toLspRange(entry.range);
  const range = entry.answerRange ? cover(question, [{ range: toLspRange(entry.answerRange) }]) : question;
  return {
    name: entry.question.trim() || '(empty question)',
    detail: entry.answered ? describeSize(entryLength(result, entry)) : 'unanswered',
    kind: SymbolKind.Event,
    range,
    selectionRange: question,
  };
}

function group(name: string, detail: string, range: Range | null, children: DocumentSymbol[]): DocumentSymbol {
  const own = range ? toLspRange(range) : null;
  const covered = own ? cover(own, children) : cover(children[0].range, children);
  return { name, detail, kind: SymbolKind.Namespace, range: covered, selectionRange: { start: covered.start, end: covered.start }, children };
}

/** The smallest range holding `range` and every child (clients require children inside their parent). */
function cover(range: LspRange, children: { range: LspRange }[]): LspRange {
  let { start, end } = range;
  for (const c of children) {
    if (isBefore(c.range.start, start)) start = c.range.start;
    if (isBefore(end, c.range.end)) end = c.range.end;
  }
  return { start, end };
}

function within(inner: LspRange, outer: LspRange): LspRange {
  return isBefore(inner.start, outer.start) || isBefore(outer.end, inner.end) ? { start: outer.start, end: outer.start } : inner;
}
