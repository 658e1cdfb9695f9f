// Loads the Word writer (dist/docx.js, built from ./docx.ts) on first use. A computed path keeps esbuild from
// bundling it into the caller: the CLI and the VS Code client sit in dist/ next to it, and a user who never
// exports never loads the docx library.
import fs from 'node:fs';
import path from 'node:path';

export type DocxWriter = typeof import('./docx');

export function loadDocxWriter(): DocxWriter {
  const file = path.join(__dirname, 'docx.js');
  // Said in one line, not as a module-resolution stack: this build has no Word writer.
  if (!fs.existsSync(file)) throw new Error(`the Word writer ${file} is missing (run npm run build)`);
  return require(file) as DocxWriter;
}
