// `prfaq render FILE [-o OUT.html]`: the preview as one self-contained HTML file (export, print to PDF).
import fs from 'node:fs';
import path from 'node:path';
import { check } from '../core/check';
import { formatConfigProblem } from '../core/config';
import { ioReason } from '../node/ioReason';
import { loadRcForFile } from '../node/rcfile';
import { readTextFile } from '../node/readText';
import type { RenderOptions } from '../preview/render';
import { parseCommandArgs } from './args';
import { EXIT_OK, EXIT_TROUBLE, UsageError, type CliIo, type Command } from './io';

const PAPERS = ['letter', 'a4'] as const;
const THEMES = ['light', 'dark', 'paper', 'auto'] as const;

const HELP = `Usage: prfaq render FILE [-o OUT.html] [--paper letter|a4] [--theme light|dark|paper|auto]

Writes the formatted, paginated preview of one PR/FAQ as a self-contained HTML file
(inline CSS and script; print it from a browser for a PDF). Without -o, writes to stdout.

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
  summary: 'write the formatted, paginated preview of a PR/FAQ as one HTML file',
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
  // The renderer (rehype, parse5) is loaded here, not at start-up: `prfaq check` never needs it.
  const { renderHtml } = await import('../preview/render');
  const html = renderHtml(result, options);
  if (!output) {
    io.stdout(html);
    return EXIT_OK;
  }
  try {
    fs.writeFileSync(output, html, 'utf8');
  } catch (e) {
    io.stderr(`${path.relative(io.cwd, output) || output}: cannot write: ${ioReason(e)}\n`);
    return EXIT_TROUBLE;
  }
  return EXIT_OK;
}
