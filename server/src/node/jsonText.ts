export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: { message: string; line: number; column: number } };

/**
 * JSON.parse with a message a person can act on: where (1-based line and column) and what was
 * expected there. V8's own messages sometimes carry no position, so on failure a small scanner
 * walks the text to find the first mistake.
 */
export function parseJsonText(input: string): JsonParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const found = findJsonError(text) ?? { offset: text.length, message: (e as Error).message };
    return { ok: false, error: { message: `invalid JSON: ${found.message}`, ...lineColumn(text, found.offset) } };
  }
}

interface JsonError {
  offset: number;
  message: string;
}

const VALUE = 'a value (an object, list, string, number, true, false or null)';

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonError(text: string): JsonError | null {
  let i = 0;
  const fail = (expected: string): never => {
    throw { offset: i, message: explain(text, i, expected) } satisfies JsonError;
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') return container('}', true);
    if (c === '[') return container(']', false);
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail(VALUE);
  };
  const container = (close: string, isObject: boolean): void => {
    i++;
    skipSpace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (isObject) {
        if (text[i] !== '"') fail('a property name in double quotes');
        string();
        skipSpace();
        if (text[i] !== ':') fail("':' after the property name");
        i++;
      }
      value();
      skipSpace();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ',') fail(`',' or '${close}' after the ${isObject ? 'property value' : 'list item'}`);
      i++;
    }
  };
  const string = (): void => {
    for (i++; ; i++) {
      const c = text[i];
      if (c === undefined || c === '\n' || c === '\r') fail('a closing \'"\' (the string is not closed)');
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') fail('an escaped control character (such as \\t) inside the string');
      if (c === '\\') {
        i++;
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
        else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail('a valid escape (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)');
      }
    }
  };
  const number = (): void => {
    const m = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    m.lastIndex = i;
    if (!m.exec(text)) fail('a number');
    i = m.lastIndex;
    if (/[0-9.eE]/.test(text[i] ?? '')) fail('the end of the number (no leading zeros; digits after "." and "e")');
  };
  try {
    skipSpace();
    if (i === text.length) {
      i = 0;
      fail('an object such as {"rules": {}}');
    }
    value();
    skipSpace();
    if (i < text.length) fail('the end of the file after the JSON value');
    return null;
  } catch (e) {
    if (e && typeof e === 'object' && 'offset' in e) return e as JsonError;
    throw e;
  }
}

/** `expected …, found …`, with words for the usual hand-editing slips. */
function explain(text: string, offset: number, expected: string): string {
  const rest = text.slice(offset);
  if (rest.startsWith('//') || rest.startsWith('/*')) return 'comments are not allowed in JSON';
  if (/^[}\]]/.test(rest) && /,\s*$/.test(text.slice(0, offset))) return `trailing comma before "${rest[0]}" is not allowed in JSON`;
  if (text.trim() === '') return `the file is empty; expected ${expected}`;
  if (offset >= text.length) return `unexpected end of file; expected ${expected}`;
  if (rest[0] === "'") return `strings and names need double quotes ("), not single quotes; expected ${expected}`;
  if (rest[0] === '\n' || rest[0] === '\r') return `expected ${expected}, found the end of the line`;
  const token = /^"[^"\n]*"?/.exec(rest)?.[0] ?? /^[\w$.+-]+/.exec(rest)?.[0] ?? rest[0];
  return `expected ${expected}, found ${token.length > 24 ? token.slice(0, 24) + '…' : token}`;
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
