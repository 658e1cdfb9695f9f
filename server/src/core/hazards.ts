// Stretches of Markdown that remark-parse (micromark) must not be given: on them it is slow far beyond
// their size or overflows the stack (measured: a 1 MB line of words takes seconds, 10,000 nested quotes
// overflow, a 500-deep nested list takes 13 s, a 100,000-row table 100 s). One cheap pass over the lines
// finds them; parse.ts turns each into a raw paragraph instead of parsing it (degrade mode).
//
// A hazard covers whole lines, widened to the blank lines around it (the block it belongs to) and over
// any top-level code fence it touches, so the text around it parses as it would in place wherever the
// block structure allows.

/** Limits beyond which a stretch is not parsed but kept as raw text. */
export const HAZARD_LIMITS = {
  /** Characters on one line (inline parsing of a long line grows faster than its length). */
  lineLength: 64 * 1024,
  /** Estimated container depth of a line: `>` and list markers in its prefix, plus indentation / 2. */
  depth: 32,
  /** The same inside a top-level code fence, where indentation is code (deep JSON, YAML). */
  depthInFence: 256,
  /** Consecutive lines holding `|` (a table, or a paragraph the table parser tries again and again). */
  tableRows: 500,
  /** `*`, `_`, `~`, `[` in one paragraph (resolving emphasis and links is quadratic in their number). */
  delimiters: 400,
};

export type HazardReason = 'long-line' | 'deep-nesting' | 'big-table' | 'many-delimiters' | 'stack';

/** A stretch of whole lines: `text[start, end)`, from the start of `line` to the end of `endLine` (1-based). */
export interface Hazard {
  start: number;
  end: number;
  line: number;
  endLine: number;
  /** Column just past the stretch's last character (1-based). */
  endColumn: number;
  reason: HazardReason;
  /** Starts with a top-level code fence opener: kept as a code node, so a block-wise parse can tell the fence is open. */
  fenced?: boolean;
}

interface Lines {
  /** Offset of each line's start. */
  starts: number[];
  /** Offset just past each line's content (before its line break). */
  ends: number[];
}

function splitLines(text: string): Lines {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    starts.push(start);
    ends.push(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  starts.push(start);
  ends.push(text.length);
  return { starts, ends };
}

/** The hazardous stretches of a text, in order, not overlapping; none for ordinary Markdown. */
export function findHazards(text: string): Hazard[] {
  if (!mayHoldHazard(text)) return [];
  const lines = splitLines(text);
  const fences = fenceOfLine(text, lines);
  const marked = markLines(text, lines, fences);
  if (!marked.size) return [];
  return widen(text, lines, fences, marked);
}

/** A quick reject for the common case: short text with no deep prefix and few pipes cannot hold a hazard. */
function mayHoldHazard(text: string): boolean {
  if (text.length > HAZARD_LIMITS.lineLength) return true;
  if (/(?:^|[\r\n])[ \t>*+\-\d.)]{16}/.test(text)) return true;
  return countDelimiters(text, 0, text.length) > HAZARD_LIMITS.delimiters || countPipes(text) >= HAZARD_LIMITS.tableRows;
}

function countPipes(text: string): number {
  let pipes = 0;
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) pipes++;
  return pipes;
}

const FENCE_OPEN = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;

/** For each line, the index of the first line of the top-level code fence holding it, or -1. */
function fenceOfLine(text: string, lines: Lines): Int32Array {
  const fenceOf = new Int32Array(lines.starts.length).fill(-1);
  let open = -1;
  let closer: RegExp | null = null;
  for (let i = 0; i < lines.starts.length; i++) {
    const line = text.slice(lines.starts[i], Math.min(lines.ends[i], lines.starts[i] + 256));
    if (open >= 0) {
      fenceOf[i] = open;
      if (closer!.test(line)) open = -1;
      continue;
    }
    const m = FENCE_OPEN.exec(line);
    if (!m) continue;
    open = i;
    fenceOf[i] = i;
    closer = new RegExp(`^ {0,3}\\${m[1][0]}{${m[1].length},}[ \\t]*$`);
  }
  return fenceOf;
}

/** Lines that are hazards in themselves, with the reason. */
function markLines(text: string, lines: Lines, fences: Int32Array): Map<number, HazardReason> {
  const marked = new Map<number, HazardReason>();
  let pipeRun = 0;
  let delimiters = 0;
  for (let i = 0; i < lines.starts.length; i++) {
    const start = lines.starts[i];
    const end = lines.ends[i];
    const inFence = fences[i] >= 0;
    if (!inFence) delimiters = startsInlineUnit(text, start, end) ? countDelimiters(text, start, end) : delimiters + countDelimiters(text, start, end);
    if (end - start > HAZARD_LIMITS.lineLength) marked.set(i, 'long-line');
    else if (prefixDepth(text, start, end) > (inFence ? HAZARD_LIMITS.depthInFence : HAZARD_LIMITS.depth)) marked.set(i, 'deep-nesting');
    else if (!inFence && delimiters > HAZARD_LIMITS.delimiters) marked.set(i, 'many-delimiters');
    const hasPipe = !inFence && holdsPipe(text, start, end);
    pipeRun = hasPipe ? pipeRun + 1 : 0;
    if (pipeRun > HAZARD_LIMITS.tableRows) for (let j = i - pipeRun + 1; j <= i; j++) if (!marked.has(j)) marked.set(j, 'big-table');
    if (pipeRun > HAZARD_LIMITS.tableRows) pipeRun = 1; // the run is marked; mark the rest line by line
  }
  return marked;
}

/**
 * Whether a line starts a new run of inline content (blank, list item, heading, table row), so emphasis
 * and links before it cannot pair with those on it. Quote lines do not: a quoted paragraph spans them.
 */
function startsInlineUnit(text: string, start: number, end: number): boolean {
  const line = text.slice(start, Math.min(end, start + 64));
  return /^[ \t>]*(?:$|[-*+][ \t]|\d{1,9}[.)][ \t]|#)/.test(line) || holdsPipe(text, start, end);
}

function holdsPipe(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 124) return true;
  return false;
}

function countDelimiters(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126 || c === 91) n++;
  }
  return n;
}

/** Estimated container depth of a line: quote and list markers in its prefix, plus indentation / 2. */
function prefixDepth(text: string, start: number, end: number): number {
  let markers = 0;
  let columns = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32) columns++;
    else if (c === 9) columns += 4;
    else if (c === 62 /* > */) markers++;
    else if ((c === 45 || c === 42 || c === 43) && isSpaceOrEnd(text, i + 1, end)) markers++;
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if ((d !== 46 && d !== 41) || !isSpaceOrEnd(text, j + 1, end)) break;
      markers++;
      i = j;
    } else break;
    i++;
    if (markers + (columns >> 1) > HAZARD_LIMITS.depthInFence) break;
  }
  return markers + (columns >> 1);
}

function isSpaceOrEnd(text: string, i: number, end: number): boolean {
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9;
}

function isBlank(text: string, lines: Lines, i: number): boolean {
  for (let k = lines.starts[i]; k < lines.ends[i]; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Widens marked lines to their blocks (blank line to blank line, whole top-level fences) and merges. */
function widen(text: string, lines: Lines, fences: Int32Array, marked: Map<number, HazardReason>): Hazard[] {
  const last = lines.starts.length - 1;
  const hazards: Hazard[] = [];
  const sorted = [...marked.keys()].sort((a, b) => a - b);
  for (const first of sorted) {
    const previous = hazards[hazards.length - 1];
    if (previous && first + 1 <= previous.endLine) continue; // already covered
    let from = first;
    let to = first;
    for (;;) {
      const [oldFrom, oldTo] = [from, to];
      while (from > 0 && !isBlank(text, lines, from - 1)) from--;
      while (to < last && !isBlank(text, lines, to + 1)) to++;
      if (fences[from] >= 0) from = fences[from];
      while (to < last && fences[to] >= 0 && fences[to + 1] === fences[to]) to++;
      if (from === oldFrom && to === oldTo) break;
    }
    if (previous && from + 1 <= previous.endLine) {
      previous.end = lines.ends[to];
      previous.endLine = to + 1;
      previous.endColumn = lines.ends[to] - lines.starts[to] + 1;
      continue;
    }
    hazards.push({
      start: lines.starts[from],
      end: lines.ends[to],
      line: from + 1,
      endLine: to + 1,
      endColumn: lines.ends[to] - lines.starts[to] + 1,
      reason: marked.get(first)!,
      fenced: fences[from] === from,
    });
  }
  return hazards;
}
