import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8, firstInvalidUtf8Byte, parseByteSize } from '../../server/src/node/readText';
import { findJsonError, parseJsonText } from '../../server/src/node/jsonText';

describe('firstInvalidUtf8Byte', () => {
  it('agrees with a fatal TextDecoder on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8Byte(bytes) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8Byte(Buffer.from('ok \u00e9 \u{1F600}'))).toBe(-1);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8Byte(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // UTF-16 surrogate
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x41, 0x42, 0xe2, 0x82]))).toBe(2); // cut short
  });
});

describe('decodeUtf8', () => {
  it('names the line of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('one\ntwo\nthr'), Buffer.from([0xff]), Buffer.from('ee\n')]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, reason: 'invalid UTF-8 at line 3 (byte 0xff at offset 11); expected UTF-8 text' });
  });

  it('drops a UTF-8 byte order mark and keeps the text otherwise', () => {
    expect(decodeUtf8(Buffer.from('\ufeff# T\r\nx'))).toEqual({ ok: true, text: '# T\r\nx' });
  });
});

describe('parseByteSize', () => {
  it('reads megabytes by default and the usual units', () => {
    expect(parseByteSize('10')).toBe(10 * 1024 * 1024);
    expect(parseByteSize('1.5 MB')).toBe(1.5 * 1024 * 1024);
    expect(parseByteSize('512kb')).toBe(512 * 1024);
    expect(parseByteSize('2000b')).toBe(2000);
    expect(parseByteSize('1G')).toBe(1024 ** 3);
    for (const bad of ['', 'ten', '-1', '0', '5 parsecs']) expect(parseByteSize(bad), bad).toBeNull();
  });
});

describe('parseJsonText', () => {
  it('parses JSON with a byte order mark', () => {
    expect(parseJsonText('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('says where a string is left open and what an unexpected token is', () => {
    expect(parseJsonText('{\n  "a": "x\n}')).toEqual({ ok: false, error: { line: 2, column: 10, message: 'invalid JSON: expected a closing \'"\' (the string is not closed), found the end of the line' } });
    expect(parseJsonText('{\n  "a": tru\n}')).toEqual({ ok: false, error: { line: 2, column: 8, message: 'invalid JSON: expected a value (an object, list, string, number, true, false or null), found tru' } });
    expect(parseJsonText("{'a': 1}")).toMatchObject({ ok: false, error: { line: 1, column: 2, message: expect.stringContaining('double quotes') } });
    expect(parseJsonText('[1, 2')).toMatchObject({ ok: false, error: { line: 1, column: 6, message: "invalid JSON: unexpected end of file; expected ',' or ']' after the list item" } });
  });

  it('the scanner accepts exactly what JSON.parse accepts', () => {
    const jsonish = fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', ' ', '\n', '1', '0', '-', '.', 'e', 'a', 't', 'r', 'u', 'n', 'l', '\\'), maxLength: 24 });
    const check = (text: string) => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findJsonError(text) === null, JSON.stringify(text)).toBe(valid);
    };
    fc.assert(fc.property(jsonish, check), { numRuns: 3000 });
    fc.assert(fc.property(fc.jsonValue(), (v) => check(JSON.stringify(v, null, 2))), { numRuns: 500 });
  });
});
