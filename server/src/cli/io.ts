/** What a command may touch of the outside world; tests and the entry point supply it. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
}

export interface Command {
  name: string;
  /** One line for `prfaq --help`. */
  summary: string;
  /** Full help for `prfaq <name> --help`. */
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** 0: no errors; 1: errors, or more warnings than allowed; 2: usage, configuration or file problems. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

/** A mistake on the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** Colours only for a terminal, never when NO_COLOR is set; FORCE_COLOR forces them. */
export function useColour(io: CliIo): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}
