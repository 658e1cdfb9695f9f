import fs from 'node:fs';
import path from 'node:path';
import { hasPrfaqFrontMatter, isPrfaqFileName } from '../core/detect';
import { ioReason } from '../node/ioReason';

// require(), not import: an import makes esbuild pick fdir's ESM build, whose import.meta.url
// is undefined in the CommonJS bundle (dist/cli.js crashed at start-up).
// eslint-disable-next-line no-restricted-syntax -- deliberate: the CommonJS build, see above
const { globSync, isDynamicPattern } = require('tinyglobby') as typeof import('tinyglobby');

/** Folders never searched: version control and installed packages. */
export const SKIPPED_DIRECTORIES = ['.git', 'node_modules'];
const MARKDOWN_EXTENSION = /\.(md|markdown)$/i;
const FRONT_MATTER_SNIFF_BYTES = 64 * 1024;

export interface FileProblem {
  /** The path as the user will recognise it (relative to the working folder). */
  path: string;
  message: string;
}

export interface CollectedFiles {
  /** Absolute paths, in the order given, without duplicates. */
  files: string[];
  problems: FileProblem[];
}

/**
 * Turns command-line arguments into files to check. A file named explicitly is always checked;
 * directories and globs contribute only PR/FAQ files (by name, or front matter `prfaq: true`).
 */
export function collectFiles(args: string[], cwd: string): CollectedFiles {
  const out = new Collector(cwd);
  for (const arg of args) out.addArgument(arg);
  return { files: out.files, problems: out.problems };
}

class Collector {
  files: string[] = [];
  problems: FileProblem[] = [];
  private seenFiles = new Set<string>();
  private seenDirectories = new Set<string>();

  constructor(private cwd: string) {}

  addArgument(arg: string): void {
    const abs = path.resolve(this.cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isDynamicPattern(arg)) return this.addGlob(arg);
      return this.problem(abs, ioReason(e));
    }
    if (stat.isDirectory()) {
      const [filesBefore, problemsBefore] = [this.files.length, this.problems.length];
      this.walk(abs, []);
      // An unreadable folder was reported already; "no PR/FAQ files" would only repeat it.
      if (this.files.length === filesBefore && this.problems.length === problemsBefore) this.problem(abs, 'no PR/FAQ files found in this directory (named *.prfaq.md, prfaq.md, pr-faq.md, or with front matter `prfaq: true`)');
    } else this.addFile(abs);
  }

  private addGlob(pattern: string): void {
    const matches = globSync(pattern, {
      cwd: this.cwd,
      absolute: true,
      onlyFiles: true,
      ignore: SKIPPED_DIRECTORIES.map((d) => `**/${d}/**`),
      followSymbolicLinks: false,
      expandDirectories: false,
    }).sort();
    const before = this.files.length;
    for (const file of matches) if (isPrfaqCandidate(file)) this.addFile(path.resolve(file));
    if (this.files.length === before) {
      this.problems.push({ path: pattern, message: matches.length ? `no PR/FAQ files among the ${matches.length} files matching this pattern` : 'no files match this pattern' });
    }
  }

  /** Depth-first, sorted; `ancestors` are the real paths of the folders above, to spot symlink loops. */
  private walk(dir: string, ancestors: string[]): void {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(dir);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      return this.problem(dir, `cannot read directory: ${ioReason(e)}`);
    }
    if (ancestors.includes(real) || (ancestors.length > 0 && isInside(ancestors[ancestors.length - 1], real))) {
      return this.problem(dir, `directory symlink loop: leads back to ${this.display(real)}; skipped`);
    }
    if (this.seenDirectories.has(real)) return;
    this.seenDirectories.add(real);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (SKIPPED_DIRECTORIES.includes(entry.name)) continue;
      this.visitEntry(path.join(dir, entry.name), entry, [...ancestors, real]);
    }
  }

  private visitEntry(full: string, entry: fs.Dirent, ancestors: string[]): void {
    let stat: fs.Stats | null = null;
    if (entry.isSymbolicLink()) {
      try {
        stat = fs.statSync(full);
      } catch (e) {
        // A broken link is only worth a word when its name says it is a PR/FAQ or it loops.
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ELOOP' || isPrfaqFileName(full)) this.problem(full, ioReason(e));
        return;
      }
    }
    const isDirectory = stat ? stat.isDirectory() : entry.isDirectory();
    const isFile = stat ? stat.isFile() : entry.isFile();
    if (isDirectory) this.walk(full, ancestors);
    else if (isFile) {
      if (isPrfaqCandidate(full)) this.addFile(full);
    } else if (isPrfaqFileName(full)) this.addFile(full); // reading it reports what it is
  }

  private addFile(abs: string): void {
    let key = abs;
    try {
      key = fs.realpathSync(abs);
    } catch {
      // Unresolvable: reading it later reports why.
    }
    if (this.seenFiles.has(key)) return;
    this.seenFiles.add(key);
    this.files.push(abs);
  }

  private problem(abs: string, message: string): void {
    this.problems.push({ path: this.display(abs), message });
  }

  private display(abs: string): string {
    return displayPath(abs, this.cwd);
  }
}

/** True when `dir` is `folder` or lies below it: following a link from `dir` to `folder` would go round forever. */
function isInside(dir: string, folder: string): boolean {
  return dir === folder || dir.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

/** A file found while searching: a PR/FAQ name, or Markdown whose front matter says `prfaq: true`. */
function isPrfaqCandidate(file: string): boolean {
  if (isPrfaqFileName(file)) return true;
  if (!MARKDOWN_EXTENSION.test(file)) return false;
  return hasPrfaqFrontMatter(readHead(file));
}

function readHead(file: string): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(FRONT_MATTER_SNIFF_BYTES);
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n).toString('utf8');
  } catch {
    return ''; // Unreadable and not named as a PR/FAQ: not ours to report.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Relative to the working folder with `/` separators; absolute when outside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  if (rel === '') return '.';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return abs.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}
