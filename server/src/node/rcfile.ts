import fs from 'node:fs';
import path from 'node:path';
import type { ConfigLayer } from '../core/config';
import type { ConfigProblem } from '../core/types';
import { parseJsonText } from './jsonText';
import { ioReason } from './ioReason';
import { BoundedCache } from '../core/cache';

export const RC_FILE_NAME = '.prfaqrc.json';

export interface RcResult {
  layer: ConfigLayer | null;
  path: string | null;
  problems: ConfigProblem[];
}

interface CacheEntry {
  mtimeMs: number;
  size: number;
  result: RcResult;
}

// The language server calls this on every check: re-read a file only when it changed.
const cache = new BoundedCache<string, CacheEntry>('rc files by path (with their size and time)', 1000);

/**
 * The configuration for a document: `configPath` when given, else the nearest `.prfaqrc.json`
 * in the document's folder or above (up to `stopAt`, inclusive, when given). JSON syntax is
 * checked here; values are checked by resolveConfig, which names this file, the key and the line.
 */
export function loadRcForFile(filePath: string, opts: { configPath?: string; stopAt?: string } = {}): RcResult {
  if (opts.configPath) return readRcFile(path.resolve(opts.configPath));
  const found = findRcFile(path.dirname(path.resolve(filePath)), opts.stopAt ? path.resolve(opts.stopAt) : undefined);
  return found ? readRcFile(found) : { layer: null, path: null, problems: [] };
}

/** Nearest `.prfaqrc.json` from `dir` upwards; null when there is none. */
export function findRcFile(dir: string, stopAt?: string): string | null {
  for (let current = dir; ; ) {
    const candidate = path.join(current, RC_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current || (stopAt !== undefined && samePath(current, stopAt))) return null;
    current = parent;
  }
}

function readRcFile(file: string): RcResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    cache.delete(file);
    return failure(file, `cannot read the configuration file: ${ioReason(e)}`);
  }
  if (!stat.isFile()) return failure(file, 'cannot read the configuration file: it is not a regular file');
  const hit = cache.peek(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.result;
  const result = parseRcFile(file);
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, result });
  return result;
}

function parseRcFile(file: string): RcResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return failure(file, `cannot read the configuration file: ${ioReason(e)}`);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return { layer: null, path: file, problems: [{ source: file, key: '', message, line, column }] };
  }
  return { layer: { source: file, value: parsed.value, text }, path: file, problems: [] };
}

function failure(file: string, message: string): RcResult {
  return { layer: null, path: file, problems: [{ source: file, key: '', message }] };
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}
