import { commands } from './commands';
import { EXIT_OK, EXIT_TROUBLE, UsageError, type CliIo } from './io';
import { PRFAQ_VERSION } from './version';

function generalHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: prfaq <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (prfaq <command> --help for a command)',
    '  -v, --version  print the version',
    '',
  ].join('\n');
}

/** Runs one command line; returns the exit code. Never throws for bad input: it prints one line. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`prfaq: ${e.message}\nRun "prfaq --help" for usage.\n`);
      return EXIT_TROUBLE;
    }
    io.stderr(`prfaq: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    return EXIT_TROUBLE;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(generalHelp());
    return EXIT_TROUBLE;
  }
  if (first === '-h' || first === '--help') {
    io.stdout(generalHelp());
    return EXIT_OK;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${PRFAQ_VERSION}\n`);
    return EXIT_OK;
  }
  if (first === 'help') return dispatch(rest.length ? [rest[0], '--help'] : ['--help'], io);
  const command = commands.find((c) => c.name === first);
  if (!command) throw new UsageError(`unknown command "${first}"; expected ${commands.map((c) => c.name).join(' or ')}`);
  return command.run(rest, io);
}
