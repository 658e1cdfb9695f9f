// `prfaq render FILE [-o OUT.html|OUT.docx|OUT.pdf]`: the preview as one self-contained HTML file, a Word
// document with the same content and order, or the paginated preview printed to PDF by a local Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { check } from '../core/check';
import { formatConfigProblem } from '../core/config';
import { ioReason } from '../node/ioReason';
import { loadRcForFile } from '../node/rcfile';
import { readTextFile } from '../node/readText';
import type { RenderOptions } from '../preview/render';
import { loadDocxWriter } from '../export/loadDocx';
import { collectImages, MAX_IMAGE_BYTES } from '../export/images';
import { loadPlaywright, printPdf } from '../export/pdf';
import { findChromium } from '../node/chromium';
import type { CheckResult } from '../core/types';
import { parseCommandArgs } from './args';
import { EXIT_OK, EXIT_TROUBLE, UsageError, type CliIo, type Command } from './io';

const PAPERS = ['letter', 'a4'] as const;
const THEMES = ['light', 'dark', 'paper', 'auto'] as const;

const HELP = `Usage: prfaq render FILE [-o OUT.html|OUT.docx|OUT.pdf] [--paper letter|a4] [--theme light|dark|paper|auto]

Writes the formatted, paginated preview of one PR/FAQ. The output's extension picks the format:
  .docx  a Word document: the same content and order, Word styles (Title, Heading 1-3, Quote),
         page numbers in the footer, placeholders highlighted; no findings
  .pdf   the paginated preview printed by a local Chrome or Chromium (CHROMIUM=path, else the
         usual install paths), one sheet per preview page
  other  one self-contained HTML file (inline CSS and script)
Without -o, writes the HTML to stdout.

Options:
  -o, --output <file>             write here instead of stdout
      --paper <letter|a4>         page size (default: letter)
      --theme <light|dark|paper|auto>  colours (default: light; auto follows the browser)
  -c, --config <file>             use this configuration instead of the nearest .prfaqrc.json
  -h, --help                      show this help`;

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name}: expected ${allowed.join(' or ')}, got "${String(value)}"`);
}

export const renderCommand: Command = {
  name: 'render',
  summary: 'export a PR/FAQ: the paginated preview as HTML, a Word document or a PDF',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      output: { type: 'string', short: 'o' },
      paper: { type: 'string' },
      theme: { type: 'string' },
      config: { type: 'string', short: 'c' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(HELP + '\n');
      return EXIT_OK;
    }
    if (positionals.length !== 1) throw new UsageError(`render: expected exactly one FILE, got ${positionals.length}`);
    const options: RenderOptions = {
      paper: oneOf('paper', values.paper, PAPERS, 'letter'),
      theme: oneOf('theme', values.theme, THEMES, 'light'),
      standalone: true,
    };
    const output = typeof values.output === 'string' ? path.resolve(io.cwd, values.output) : undefined;
    const configPath = typeof values.config === 'string' ? path.resolve(io.cwd, values.config) : undefined;
    return renderFile(positionals[0]!, output, options, configPath, io);
  },
};

async function renderFile(input: string, output: string | undefined, options: RenderOptions, configPath: string | undefined, io: CliIo): Promise<number> {
  const file = path.resolve(io.cwd, input);
  const read = readTextFile(file);
  if (!read.ok) {
    io.stderr(`${input}: ${read.reason}\n`);
    return EXIT_TROUBLE;
  }
  const rc = loadRcForFile(file, { configPath });
  const problems = [...rc.problems];
  const result = check(read.text, rc.layer ? { rcFile: rc.layer } : {});
  problems.push(...result.configProblems.map((p) => (p.source === 'front matter' ? { ...p, source: input } : p)));
  // Configuration problems are reported but do not stop the export: the defaults apply.
  for (const p of problems) io.stderr(formatConfigProblem(p) + '\n');
  // The renderers (rehype, parse5) are loaded here, not at start-up: `prfaq check` never needs them.
  const renderers = await import('../export/renderers');
  const { renderHtml } = renderers;
  if (!output) {
    io.stdout(renderHtml(result, options));
    return EXIT_OK;
  }
  const format = formatOf(output);
  const shown = path.relative(io.cwd, output) || output;
  let bytes: string | Uint8Array | null;
  if (format === 'docx') bytes = await docxOf(renderers, result, options, path.dirname(file));
  else if (format === 'pdf') bytes = await pdfOf(renderers, result, options, path.dirname(file), io);
  else bytes = renderHtml(result, options);
  if (bytes === null) return EXIT_TROUBLE;
  try {
    fs.writeFileSync(output, bytes);
  } catch (e) {
    io.stderr(`${shown}: cannot write: ${ioReason(e)}\n`);
    return EXIT_TROUBLE;
  }
  return EXIT_OK;
}

type Renderers = typeof import('../export/renderers');

/** The Word document, with the images under the document's folder embedded (a symlink out of it is not followed). */
async function docxOf({ exportDocument }: Renderers, result: CheckResult, options: RenderOptions, folder: string): Promise<Uint8Array> {
  const doc = exportDocument(result);
  const root = fs.realpathSync(folder);
  const images = await collectImages(doc, async (relative) => {
    const real = fs.realpathSync(path.resolve(root, relative));
    const inside = real.startsWith(root + path.sep);
    return inside && fs.statSync(real).isFile() && fs.statSync(real).size <= MAX_IMAGE_BYTES ? new Uint8Array(fs.readFileSync(real)) : null;
  });
  return loadDocxWriter().writeDocx(doc, { paper: options.paper, images });
}

function formatOf(output: string): 'docx' | 'pdf' | 'html' {
  const ext = path.extname(output).toLowerCase();
  return ext === '.docx' ? 'docx' : ext === '.pdf' ? 'pdf' : 'html';
}

/** The preview printed to PDF, or null after one line saying why not. */
async function pdfOf({ renderHtml }: Renderers, result: CheckResult, options: RenderOptions, folder: string, io: CliIo): Promise<Uint8Array | null> {
  const browser = findChromium(io.env);
  const playwright = browser.path !== null ? loadPlaywright() : null;
  if (browser.path === null || !playwright) {
    const why = browser.path === null ? browser.tried : 'playwright-core is not installed (npm install playwright-core)';
    io.stderr(`prfaq render: cannot print a PDF: ${why}; export a .docx or .html instead (prfaq render FILE -o OUT.docx)\n`);
    return null;
  }
  try {
    const printed = await printPdf(playwright, browser.path, renderHtml(result, options), folder);
    const [first, ...more] = printed.refused;
    if (first) io.stderr(`prfaq render: left out ${more.length ? `${more.length + 1} remote resources, first` : 'a remote resource'}: ${first}\n`);
    return printed.pdf;
  } catch (e) {
    const reason = ((e as Error)?.message ?? String(e)).split('\n')[0];
    io.stderr(`prfaq render: ${browser.path} could not print the PDF: ${reason}; export a .docx or .html instead\n`);
    return null;
  }
}
