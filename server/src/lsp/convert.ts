// Core positions (1-based line/column, UTF-16) ↔ LSP positions (0-based, UTF-16).
import type { Position, Range as LspRange, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Point, Range, TextEdit } from '../core/types';

export function toLspPosition(point: Point): Position {
  return { line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1) };
}

export function toLspRange(range: Range): LspRange {
  return { start: toLspPosition(range.start), end: toLspPosition(range.end) };
}

/** Core edits carry offsets into the text that was checked; the document must be at that same version. */
export function toLspTextEdit(document: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText };
}

export function containsPosition(range: LspRange, position: Position): boolean {
  return !isBefore(position, range.start) && !isBefore(range.end, position);
}

export function rangesIntersect(a: LspRange, b: LspRange): boolean {
  return !isBefore(a.end, b.start) && !isBefore(b.end, a.start);
}

export function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Last 0-based line a range really covers: a range ending at column 1 of a line stops on the line before. */
export function lastCoveredLine(range: Range): number {
  const end = range.end.line - 1;
  return range.end.column === 1 && range.end.line > range.start.line ? end - 1 : end;
}
