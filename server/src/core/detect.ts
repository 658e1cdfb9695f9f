/** PR/FAQ file names: `*.prfaq.md`, `prfaq.md`, `pr-faq.md`, `PRFAQ.md`, `PR-FAQ.md` (any case). */
const PRFAQ_FILE_NAME = /(^|[\\/])(([^\\/]+\.prfaq)|prfaq|pr-faq)\.md$/i;

export function isPrfaqFileName(path: string): boolean {
  return PRFAQ_FILE_NAME.test(path);
}

/** True when the text opens with YAML front matter containing `prfaq: true` (or a `prfaq:` configuration object). */
export function hasPrfaqFrontMatter(text: string): boolean {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/.exec(text.slice(0, 20000));
  if (!m) return false;
  return /^prfaq[ \t]*:[ \t]*(true|yes|on)?[ \t]*(#.*)?$/im.test(m[1]);
}

export function isPrfaqDocument(path: string, text: string): boolean {
  return isPrfaqFileName(path) || hasPrfaqFrontMatter(text);
}
