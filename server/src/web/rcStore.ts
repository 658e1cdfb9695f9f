// In the browser there is no disk: the web client reads every `.prfaqrc.json` through the workspace
// file system (vscode.workspace.fs, so github.dev and vscode.dev folders work too) and sends the texts here.
// The store answers "nearest rc file of this document" by walking up the document URI's folders.
import type { RcResult } from '../node/rcfile';
import { parseJsonText } from '../node/jsonText';

export const RC_FILE_NAME = '.prfaqrc.json';
const NO_RC: RcResult = { layer: null, path: null, problems: [] };

/** rc file URI → its parsed result (parsed once per text). */
const files = new Map<string, { text: string; result: RcResult }>();

/** Replaces the known rc files (`null` text: the file is gone). Returns the URIs that changed. */
export function updateRcFiles(texts: Record<string, string | null>): string[] {
  const changed: string[] = [];
  for (const [uri, text] of Object.entries(texts)) {
    if (text === null) {
      if (files.delete(uri)) changed.push(uri);
      continue;
    }
    if (files.get(uri)?.text === text) continue;
    files.set(uri, { text, result: parseRcText(uri, text) });
    changed.push(uri);
  }
  return changed;
}

/** The nearest rc file of a document, in its folder or above, on the same scheme and authority. */
export function nearestRcFile(documentUri: string): RcResult {
  for (const candidate of rcCandidates(documentUri)) {
    const hit = files.get(candidate);
    if (hit) return hit.result;
  }
  return NO_RC;
}

/** `scheme://authority/a/b/doc.md` → `…/a/b/.prfaqrc.json`, `…/a/.prfaqrc.json`, `…/.prfaqrc.json`. */
export function rcCandidates(documentUri: string): string[] {
  const bare = documentUri.replace(/[?#].*$/, '');
  const match = /^([a-z][\w+.-]*:(?:\/\/[^/]*)?)(\/.*)?$/i.exec(bare);
  if (!match) return [];
  const root = match[1];
  const folders = (match[2] ?? '/').split('/').slice(1, -1);
  const out: string[] = [];
  for (let depth = folders.length; depth >= 0; depth--) {
    const dir = folders.slice(0, depth).join('/');
    out.push(`${root}/${dir ? `${dir}/` : ''}${RC_FILE_NAME}`);
  }
  return out;
}

function parseRcText(uri: string, text: string): RcResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return { layer: null, path: uri, problems: [{ source: uri, key: '', message, line, column }] };
  }
  return { layer: { source: uri, value: parsed.value, text }, path: uri, problems: [] };
}
