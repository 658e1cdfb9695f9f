// The nearest .prfaqrc.json of a document. loadRcForFile re-reads a file only when it changed,
// so asking on every check keeps rc edits live even for clients that do not report file changes.
import { fileURLToPath } from 'node:url';
import { loadRcForFile, type RcResult } from '../node/rcfile';

const NO_RC: RcResult = { layer: null, path: null, problems: [] };

export function rcForDocument(uri: string): RcResult {
  const filePath = filePathOf(uri);
  return filePath ? loadRcForFile(filePath) : NO_RC;
}

/** Only `file:` documents have a folder to look for an rc file in. */
export function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}
