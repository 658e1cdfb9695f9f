// Which open documents an editor's PR/FAQ support checks: the language server (lsp/checker.ts) and the VS Code
// activation gates (client/src/gate.ts) ask the same question here.
import { hasPrfaqFrontMatter, isPrfaqFileName } from './detect';

/** Language ids a client sends for a document it has no language for (Neovim without filetype detection, a minimal client). */
const NO_LANGUAGE = new Set(['', 'plaintext', 'text', 'plain']);
const MARKDOWN_FILE = /\.(md|markdown|mdown|mkdn?|mdwn)$/i;

/**
 * True for a document sent as `prfaq`, for any document whose file name says PR/FAQ (`*.prfaq.md`, `prfaq.md`,
 * `pr-faq.md`, any case) whatever its language id, and for Markdown with `prfaq: true` front matter (Markdown:
 * language id `markdown`, or a Markdown file name sent without a language).
 */
export function isCheckedDocument(languageId: string, path: string, text: () => string): boolean {
  if (languageId === 'prfaq' || isPrfaqFileName(path)) return true;
  const markdown = languageId === 'markdown' || (NO_LANGUAGE.has(languageId.trim().toLowerCase()) && MARKDOWN_FILE.test(path));
  return markdown && hasPrfaqFrontMatter(text());
}
