// A server that dies must be replaceable: the client (vscode-languageclient, maxRestartCount 4 in
// client/src/main.ts) starts a new process and re-opens the documents, and nothing the old process held
// is needed to serve the same diagnostics again. A server whose client is gone must not linger.
import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS, fixtureText, LspClient, removeTempDirs, tempUri } from './harness';

const processOf = (client: LspClient) => (client as unknown as { process: ChildProcess }).process;

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server process did not exit')), DEFAULT_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

const started: LspClient[] = [];
async function start(): Promise<LspClient> {
  const client = await LspClient.start();
  started.push(client);
  return client;
}

afterAll(async () => {
  for (const client of started) if (processOf(client).exitCode === null && processOf(client).signalCode === null) await client.stop();
  removeTempDirs();
});

describe('server crash and restart', () => {
  it('a new server process serves the same diagnostics after the old one was killed mid-session', async () => {
    const { uri } = tempUri('crash.prfaq.md');
    const text = fixtureText('launch.prfaq.md');
    const first = await start();
    first.open(uri, text);
    const before = await first.diagnostics(uri, 1);
    processOf(first).kill('SIGKILL');
    await exited(processOf(first));
    first.connection.dispose();

    const second = await start();
    second.open(uri, text);
    const after = await second.diagnostics(uri, 1);
    expect(after.diagnostics.length).toBeGreaterThan(0);
    expect(after.diagnostics).toEqual(before.diagnostics);
  });

  it('exits when its client goes away (stdin closed), so restarts leave no orphan servers', async () => {
    const client = await start();
    const { uri } = tempUri('orphan.prfaq.md');
    client.open(uri, fixtureText('launch.prfaq.md'));
    await client.diagnostics(uri, 1);
    const child = processOf(client);
    child.stdin!.end();
    await exited(child);
    expect(child.exitCode !== null || child.signalCode !== null).toBe(true);
  });

  it('exits with code 1 on exit without shutdown, as the protocol asks (the client then restarts it)', async () => {
    const client = await start();
    const child = processOf(client);
    await client.connection.sendNotification('exit');
    expect(await exited(child)).toBe(1);
  });
});
