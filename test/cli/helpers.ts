import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
export const FIXTURES = path.join(ROOT, 'test/fixtures/cli');

export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
const RUNUSER = '/usr/sbin/runuser';
/** Root reads any file; to meet "permission denied" a root test run drops to the user nobody. */
export const CAN_MEET_PERMISSION_DENIED = !IS_ROOT || (fs.existsSync(RUNUSER) && fs.readFileSync('/etc/passwd', 'utf8').includes('\nnobody:'));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`npm test` builds dist/ first). Colour variables are cleared unless given. */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; asNobody?: boolean } = {}): Promise<RunResult> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (!opts.env || !('FORCE_COLOR' in opts.env)) delete env.FORCE_COLOR;
  if (!opts.env || !('NO_COLOR' in opts.env)) delete env.NO_COLOR;
  return new Promise((resolve) => {
    const [command, commandArgs] = opts.asNobody && IS_ROOT ? [RUNUSER, ['-u', 'nobody', '--', process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
    execFile(command, commandArgs, { cwd: opts.cwd ?? FIXTURES, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: unknown }).code as number) : 0;
      resolve({ code: typeof code === 'number' ? code : -1, stdout, stderr });
    });
  });
}

/** A temporary folder with these files (relative path → content). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-cli-')));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** No Node stack frame ever reaches the user. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+\(.+:\d+:\d+\)$/m.test(text) || /node:internal/.test(text);
}
