// The nearest .prfaqrc.json of a document. loadRcForFile re-reads a file only when it changed,
// so asking on every check keeps rc edits live even for clients that do not report file changes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRcForFile, type RcResult } from '../node/rcfile';

const NO_RC: RcResult = { layer: null, path: null, problems: [] };
let workspaceRoots: string[] = [];

/** The workspace folders from initialize: the rc lookup never reads above the folder a document is in. */
export function setWorkspaceRoots(uris: string[]): void {
  workspaceRoots = uris.map(filePathOf).filter((p): p is string => p !== null).map((p) => path.resolve(p));
}

export function rcForDocument(uri: string): RcResult {
  const filePath = filePathOf(uri);
  if (!filePath) return NO_RC;
  const stopAt = rootOf(filePath);
  return stopAt ? loadRcForFile(filePath, { stopAt }) : loadRcForFile(filePath);
}

/** The deepest workspace folder holding the file; none for files outside the workspace (or clients without folders). */
function rootOf(filePath: string): string | undefined {
  const file = path.resolve(filePath);
  return workspaceRoots.filter((root) => file.startsWith(root.endsWith(path.sep) ? root : root + path.sep)).sort((a, b) => b.length - a.length)[0];
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
