import fs from 'node:fs';
import { ioReason } from './ioReason';

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export type ReadTextResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Reads a file as UTF-8 text, or says in one line why it cannot be checked:
 * missing, unreadable, not a regular file (a FIFO would block), too large,
 * binary (NUL bytes) or not valid UTF-8 (naming the line of the first bad byte).
 */
export function readTextFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadTextResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    return { ok: false, reason: ioReason(e) };
  }
  if (stat.isDirectory()) return { ok: false, reason: 'is a directory, expected a file' };
  if (!stat.isFile()) return { ok: false, reason: `not a regular file (${fileKind(stat)}); expected a text file` };
  if (stat.size > maxBytes) return { ok: false, reason: `file is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-file-size)` };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, reason: ioReason(e) };
  }
  return decodeUtf8(bytes);
}

/** Bytes → text; binary and invalid UTF-8 are refused with the line where the trouble starts. */
export function decodeUtf8(bytes: Uint8Array): ReadTextResult {
  if (isUtf16Bom(bytes)) return { ok: false, reason: 'UTF-16 encoded text; expected UTF-8 (re-save the file as UTF-8)' };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary file (NUL byte at line ${lineOfByte(bytes, nul)}); expected UTF-8 text` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8Byte(bytes);
    const where = bad < 0 ? '' : ` at line ${lineOfByte(bytes, bad)} (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad})`;
    return { ok: false, reason: `invalid UTF-8${where}; expected UTF-8 text` };
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const [length, min2, max2] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [min2, max2] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function fileKind(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'a special file';
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** `10`, `10mb`, `512kb`, `1.5 MB`, `2000b`: a plain number means megabytes. Null when unreadable. */
export function parseByteSize(input: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?\s*$/i.exec(input);
  if (!m) return null;
  const unit = (m[2] ?? 'mb').toLowerCase()[0];
  const factor = unit === 'b' ? 1 : unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : 1024 ** 3;
  const bytes = Math.round(Number(m[1]) * factor);
  return bytes > 0 ? bytes : null;
}
