// Decides, without loading the language client, whether an open document is a PR/FAQ worth starting the server for.
import { isPrfaqFileName, hasPrfaqFrontMatter } from '../../server/src/core/detect';

/** The few fields of a vscode.TextDocument the gate reads (kept structural so unit tests need no editor). */
export interface DocumentLike {
  languageId: string;
  fileName: string;
  uri: { scheme: string };
  getText(): string;
}

/** Schemes of real documents; output panes, git diffs of old versions and the like are not checked. */
const CHECKED_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata']);

export function isPrfaqCandidate(doc: DocumentLike): boolean {
  if (!CHECKED_SCHEMES.has(doc.uri.scheme)) return false;
  if (doc.languageId === 'prfaq') return true;
  if (doc.languageId !== 'markdown') return false;
  return isPrfaqFileName(doc.fileName) || hasPrfaqFrontMatter(doc.getText());
}
