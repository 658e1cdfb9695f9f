// Folding for the press release, the FAQ, each section and each FAQ entry.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { CheckResult, Range } from '../core/types';
import { lastCoveredLine } from './convert';

export function foldingRanges(result: CheckResult): FoldingRange[] {
  const { model } = result;
  const lines = model.text.split(/\r\n|\r|\n/);
  const ranges: (Range | null)[] = [
    model.pressReleaseRange,
    model.faqRange,
    ...model.sections.map((s) => s.range),
    ...[...model.faq.external, ...model.faq.internal].map((e) => (e.answerRange ? { start: e.range.start, end: e.answerRange.end } : e.range)),
  ];
  const byStart = new Map<number, FoldingRange>();
  for (const range of ranges) {
    if (!range) continue;
    const fold = toFold(range, lines);
    const existing = byStart.get(fold?.startLine ?? -1);
    // One fold per start line (editors keep one); the larger one wins so nothing stays unfoldable.
    if (fold && (!existing || existing.endLine < fold.endLine)) byStart.set(fold.startLine, fold);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

/** 0-based start/end lines; trailing blank lines stay visible so folded sections keep their spacing. */
function toFold(range: Range, lines: string[]): FoldingRange | null {
  const startLine = range.start.line - 1;
  let endLine = lastCoveredLine(range);
  while (endLine > startLine && (lines[endLine] ?? '').trim() === '') endLine--;
  if (endLine <= startLine) return null;
  return { startLine, endLine, kind: FoldingRangeKind.Region };
}
