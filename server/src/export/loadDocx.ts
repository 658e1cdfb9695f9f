// Loads the Word writer (dist/docx.js, built from ./docx.ts) on first use. A computed path keeps esbuild from
// bundling it into the caller: the CLI and the VS Code client sit in dist/ next to it, and a user who never
// exports never loads the docx library.
import path from 'node:path';

export type DocxWriter = typeof import('./docx');

export function loadDocxWriter(): DocxWriter {
  return require(path.join(__dirname, 'docx.js')) as DocxWriter;
}
