import type { Point, Range } from './types';

/** Offsets at which each line starts. Treats CRLF, CR and LF as line ends. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line/column of an offset (clamped into the text). */
export function pointAt(lineStarts: number[], offset: number, textLength?: number): Point {
  if (offset < 0) offset = 0;
  if (textLength !== undefined && offset > textLength) offset = textLength;
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1, offset };
}

export function rangeAt(lineStarts: number[], start: number, end: number, textLength?: number): Range {
  return { start: pointAt(lineStarts, start, textLength), end: pointAt(lineStarts, end, textLength) };
}

/** Offset of the start of a 1-based line (the end of the text past the last line). */
export function lineStartOffset(lineStarts: number[], line: number, textLength: number): number {
  if (line < 1) return 0;
  if (line > lineStarts.length) return textLength;
  return lineStarts[line - 1];
}

/** Offset of the end of a 1-based line, before its line break. */
export function lineEndOffset(text: string, lineStarts: number[], line: number): number {
  const next = line < lineStarts.length ? lineStarts[line] : text.length;
  let end = next;
  if (end > 0 && end > lineStarts[line - 1] && text.charCodeAt(end - 1) === 10) end--;
  if (end > 0 && end > lineStarts[line - 1] && text.charCodeAt(end - 1) === 13) end--;
  return end;
}
