export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: { message: string; line: number; column: number } };

/**
 * JSON.parse with a message a person can act on: where (1-based line and column)
 * and what was expected there. Comments and trailing commas get their own words,
 * since they are the usual reason a hand-edited JSON file breaks.
 */
export function parseJsonText(input: string): JsonParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const raw = (e as Error).message;
    if (text.trim() === '') return { ok: false, error: { message: 'invalid JSON: the file is empty; expected an object such as {"rules": {}}', ...lineColumn(text, 0) } };
    const offset = errorOffset(raw, text);
    return { ok: false, error: { message: `invalid JSON: ${explain(raw, text, offset)}`, ...lineColumn(text, offset) } };
  }
}

function errorOffset(message: string, text: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < Number(lc[1]) - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    return offset + Number(lc[2]) - 1;
  }
  return text.length;
}

function explain(message: string, text: string, offset: number): string {
  const at = text.slice(offset);
  if (at.startsWith('//') || at.startsWith('/*')) return 'comments are not allowed in JSON';
  if (/^[}\]]/.test(at) && /,\s*$/.test(text.slice(0, offset))) return `trailing comma before "${at[0]}" is not allowed in JSON`;
  if (/Unexpected end of JSON input/i.test(message)) return 'unexpected end of file; expected more JSON (a closing "}" or "]" may be missing)';
  const what = message
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)\s*$/, '')
    .replace(/, "[^"]*"\.\.\. is not valid JSON$/, '');
  return what.charAt(0).toLowerCase() + what.slice(1);
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}
