// Entry of `prfaq` (bundled to dist/cli.js). The commands live in cli/; this file wires them to the process.
import { runCli } from './cli/main';
import { isCheckWorker, serveChecks } from './lsp/checkWorker';

function writer(stream: NodeJS.WriteStream): (text: string) => void {
  return (text) => {
    stream.write(text);
  };
}

// On a worker thread started by the check pool (node/pool.ts), the same bundle checks files instead.
if (isCheckWorker()) serveChecks();
else {
  // `prfaq check --format json | head` closes the pipe early: stop quietly rather than crash.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });

  process.on('uncaughtException', (e) => {
    process.stderr.write(`prfaq: internal error: ${e?.message ?? String(e)}\n`);
    process.exit(2);
  });

  runCli(process.argv.slice(2), {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
  }).then((code) => {
    process.exitCode = code;
  });
}
