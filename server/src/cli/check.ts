import path from 'node:path';
import { check } from '../core/check';
import { formatConfigProblem } from '../core/config';
import type { ConfigProblem } from '../core/types';
import { loadRcForFile } from '../node/rcfile';
import { precheckFiles, textDigest, type Prechecked } from '../node/pool';
import { DEFAULT_MAX_FILE_BYTES, parseByteSize, readTextFile } from '../node/readText';
import { collectFiles, displayPath, type FileProblem } from './collectFiles';
import { fileJson, formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { stylishFile, stylishSummary } from './formats/stylish';
import { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE, UsageError, useColour, type CliIo, type Command } from './io';
import { tally, toReportResult, type FileReport, type Tally } from './report';
import { parseCommandArgs } from './args';

const FORMATS = ['stylish', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: prfaq check [paths|globs...] [options]

Checks PR/FAQ documents. A file named here is always checked; directories (default: .)
and globs are searched for PR/FAQ files: *.prfaq.md, prfaq.md, pr-faq.md (any case), or
Markdown with front matter \`prfaq: true\`. .git and node_modules are skipped.

Options:
  -f, --format <stylish|json|sarif>  output format (default: stylish)
  -c, --config <file>                use this configuration instead of the nearest .prfaqrc.json
      --max-warnings <n>             exit 1 when there are more than n warnings
      --max-file-size <size>         skip larger files, e.g. 10, 10mb, 512kb (default: 10 MB)
  -h, --help                         show this help

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;
2 usage, configuration or file problems (also when there were errors: 2 wins).
Problems with files and configuration go to stderr, one line each; the report goes to stdout.
Colours: only on a terminal; NO_COLOR turns them off, FORCE_COLOR on.`;

interface CheckOptions {
  patterns: string[];
  format: Format;
  configPath?: string;
  maxWarnings?: number;
  maxFileBytes: number;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'check PR/FAQ files and report problems (stylish, json or sarif)',
  help: HELP,
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      'max-warnings': { type: 'string' },
      'max-file-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (parsed.values.help) {
      io.stdout(HELP + '\n');
      return EXIT_OK;
    }
    return runCheck(toOptions(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals), io);
  },
};

function toOptions(values: Record<string, string | boolean | undefined>, positionals: string[]): CheckOptions {
  const format = (values.format ?? 'stylish') as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: expected stylish, json or sarif, got "${format}"`);
  const options: CheckOptions = { patterns: positionals.length ? positionals : ['.'], format: format as Format, maxFileBytes: DEFAULT_MAX_FILE_BYTES };
  if (typeof values.config === 'string') options.configPath = values.config;
  if (typeof values['max-warnings'] === 'string') {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings: expected a whole number of 0 or more, got "${raw}"`);
    options.maxWarnings = Number(raw);
  }
  if (typeof values['max-file-size'] === 'string') {
    const bytes = parseByteSize(values['max-file-size']);
    if (bytes === null) throw new UsageError(`--max-file-size: expected a size such as 10, 10mb or 512kb, got "${values['max-file-size']}"`);
    options.maxFileBytes = bytes;
  }
  return options;
}

/** Files checked on workers before their reports are written: bounds the results held at once. */
const PRECHECK_BATCH = 2000;

async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  const configPath = options.configPath ? path.resolve(io.cwd, options.configPath) : undefined;
  const { files, problems: fileProblems } = collectFiles(options.patterns, io.cwd);
  const configLines = new Set<string>();
  const output = new Output(options.format, io);
  for (const problem of fileProblems) io.stderr(`${problem.path}: ${problem.message}\n`);
  // Many files: checked on worker threads first (node/pool.ts), a batch at a time so memory stays bounded;
  // the loop below reports them in order.
  for (let start = 0; start < files.length; start += PRECHECK_BATCH) {
    const batch = files.slice(start, start + PRECHECK_BATCH);
    const prechecked = await precheckFiles(batch, { configPath, maxBytes: options.maxFileBytes }).catch(() => new Map<string, Prechecked>());
    for (const file of batch) {
      const shown = displayPath(file, io.cwd);
      const report = checkOneFile(file, shown, options.maxFileBytes, configPath, io.cwd, configLines, prechecked.get(file));
      prechecked.delete(file);
      if ('problem' in report) {
        fileProblems.push(report.problem);
        io.stderr(`${report.problem.path}: ${report.problem.message}\n`);
      } else output.add(report);
    }
  }
  for (const line of configLines) io.stderr(line + '\n');
  output.end(fileProblems);
  return exitCode(output.tally, options.maxWarnings, fileProblems.length + configLines.size > 0, io);
}

/**
 * Writes reports as they come, so a run over 100,000 files keeps only the counts (stylish, json);
 * SARIF lists every result inside one run object and is written at the end.
 */
class Output {
  readonly tally: Tally = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  private readonly sarifReports: FileReport[] = [];
  private files = 0;
  private readonly colour: boolean;

  constructor(
    private readonly format: Format,
    private readonly io: CliIo,
  ) {
    this.colour = useColour(io);
  }

  add(report: FileReport): void {
    tally([report], this.tally);
    if (this.format === 'sarif') this.sarifReports.push(report);
    else if (this.format === 'json') this.io.stdout(`${this.files ? ',\n' : '{\n  "version": 1,\n  "files": [\n'}${indent(JSON.stringify(fileJson(report), null, 2))}`);
    else this.io.stdout(stylishFile(report, this.colour));
    this.files++;
  }

  end(fileProblems: FileProblem[]): void {
    if (this.format === 'sarif') this.io.stdout(formatSarif(this.sarifReports, fileProblems));
    else if (this.format === 'json') this.io.stdout(this.files ? '\n  ]\n}\n' : formatJson([]));
    else this.io.stdout(stylishSummary(this.tally, this.colour));
  }
}

function indent(json: string): string {
  return json.replace(/^/gm, '    ');
}

function checkOneFile(file: string, shown: string, maxBytes: number, configPath: string | undefined, cwd: string, configLines: Set<string>, prechecked?: Prechecked): FileReport | { problem: FileProblem } {
  const read = readTextFile(file, maxBytes);
  if (!read.ok) return { problem: { path: shown, message: read.reason } };
  const rc = loadRcForFile(file, { configPath });
  for (const p of rc.problems) configLines.add(formatConfigProblem(relativeSource(p, cwd, shown)));
  try {
    const result = prechecked && prechecked.digest === textDigest(read.text) ? prechecked.result : check(read.text, rc.layer ? { rcFile: rc.layer } : {});
    for (const p of result.configProblems) configLines.add(formatConfigProblem(relativeSource(p, cwd, shown)));
    return { path: shown, absolutePath: file, result: toReportResult(result) };
  } catch (e) {
    return { problem: { path: shown, message: `internal error while checking: ${(e as Error)?.message ?? String(e)}` } };
  }
}

/** Config problems name the file the user edits: the rc file, or the document for its front matter. */
function relativeSource(p: ConfigProblem, cwd: string, documentPath: string): ConfigProblem {
  const source = p.source === 'front matter' ? documentPath : path.isAbsolute(p.source) ? displayPath(p.source, cwd) : p.source;
  return { ...p, source };
}

function exitCode(t: Tally, maxWarnings: number | undefined, trouble: boolean, io: CliIo): number {
  const tooManyWarnings = maxWarnings !== undefined && t.warnings > maxWarnings;
  if (tooManyWarnings) io.stderr(`prfaq: ${t.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
  if (trouble) return EXIT_TROUBLE;
  return t.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}
