// Decides, without loading the language client, whether an open document is a PR/FAQ worth starting the server
// for. One gate for desktop VS Code (extension.ts) and VS Code for the Web (web/extension.ts).
import { isCheckedDocument } from '../../server/src/core/checkedDocument';

/** The few fields of a vscode.TextDocument the gate reads (kept structural so unit tests need no editor). */
export interface DocumentLike {
  languageId: string;
  uri: { scheme: string; path: string };
  getText(): string;
}

/**
 * Schemes of panes that are not documents a person writes: output, old versions in diffs, SCM input, debug
 * views, settings, chat code blocks, notebook cells, comments. Every other scheme is a file system: `file`,
 * `untitled`, `vscode-remote`, and on the web `vscode-vfs`, `vscode-test-web` or an extension's own provider.
 */
const SKIPPED_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'debug', 'vscode-settings', 'vscode-chat-code-block', 'vscode-notebook-cell', 'walkThroughSnippet', 'comment', 'review']);

/** The languages the client syncs to the server (its document selector). */
export const CLIENT_LANGUAGES = ['prfaq', 'markdown'] as const;

export function isPrfaqCandidate(doc: DocumentLike): boolean {
  if (SKIPPED_SCHEMES.has(doc.uri.scheme)) return false;
  // A file the user switched to another language mode is not synced to the server, so it is not a candidate.
  if (!(CLIENT_LANGUAGES as readonly string[]).includes(doc.languageId)) return false;
  return isCheckedDocument(doc.languageId, doc.uri.path, () => doc.getText());
}

/** Edits below this line cannot touch the front matter, so they need no new look. */
const FRONT_MATTER_LINES = 60;

export function touchesFrontMatter(changes: readonly { range: { start: { line: number } } }[]): boolean {
  return changes.some((c) => c.range.start.line < FRONT_MATTER_LINES);
}
