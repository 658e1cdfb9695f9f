// A real LSP client for the server tests: spawns `node dist/server.js --stdio` and waits for what the
// server sends (promise-based, with a timeout; never a sleep).
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  type InitializeResult,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FramedWriter } from './framedWriter';

/** PRFAQ_TEST_SERVER points the tests at another build of the server (e.g. one bundled with extra rules while debugging). */
export const SERVER_PATH = process.env.PRFAQ_TEST_SERVER ?? fileURLToPath(new URL('../../dist/server.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/server', import.meta.url));
export const DEFAULT_TIMEOUT_MS = 10000;

export interface ClientOptions {
  /** Answers workspace/configuration; absent = the client does not support it. */
  configuration?: (scopeUri: string | undefined, section: string | undefined) => unknown;
  initializationOptions?: unknown;
  workspaceFolders?: string[];
  /** How to talk to the server; stdio unless told. */
  transport?: 'stdio' | 'node-ipc';
}

interface Received {
  method: string;
  params: unknown;
}

interface Waiter {
  method: string;
  match: (params: unknown) => boolean;
  resolve: (params: unknown) => void;
}

export class LspClient {
  readonly received: Received[] = [];
  readonly requestsFromServer: Received[] = [];
  readonly stderr: string[] = [];
  initializeResult!: InitializeResult;
  private waiters: Waiter[] = [];
  private documents = new Map<string, TextDocument>();

  private constructor(
    private readonly process: ChildProcess,
    readonly connection: MessageConnection,
    private readonly writer?: FramedWriter,
  ) {}

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    const { child, connection, writer } = options.transport === 'node-ipc' ? spawnIpc() : spawnStdio();
    const client = new LspClient(child, connection, writer);
    child.stderr!.on('data', (d: Buffer) => client.stderr.push(d.toString()));
    connection.onNotification((method: string, params: unknown) => client.receive(method, params));
    connection.onRequest((method: string, params: unknown) => client.answer(method, params, options));
    connection.listen();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: (options.workspaceFolders ?? []).map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })),
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: {
          configuration: !!options.configuration,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          completion: { completionItem: { snippetSupport: false } },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves with the first notification (already received or still to come) that matches. */
  waitFor<T>(method: string, match: (params: T) => boolean = () => true, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    const seen = this.received.find((r) => r.method === method && match(r.params as T));
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = { method, match: (p) => match(p as T), resolve: (p) => resolve(p as T) };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${method}; received: ${this.summary()}\nserver stderr: ${this.stderr.join('')}`));
      }, timeoutMs);
      waiter.resolve = (p) => {
        clearTimeout(timer);
        resolve(p as T);
      };
      this.waiters.push(waiter);
    });
  }

  /** Diagnostics published for `uri` at `version` (or, without a version, the first matching publish). */
  diagnostics(uri: string, version?: number, match: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return this.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && (version === undefined || p.version === version) && match(p));
  }

  published(uri: string): PublishDiagnosticsParams[] {
    return this.received.filter((r) => r.method === 'textDocument/publishDiagnostics' && (r.params as PublishDiagnosticsParams).uri === uri).map((r) => r.params as PublishDiagnosticsParams);
  }

  open(uri: string, text: string, languageId = 'prfaq'): TextDocument {
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, document);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return document;
  }

  /** Sends incremental changes and returns the new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const current = this.document(uri);
    const version = current.version + 1;
    this.documents.set(uri, TextDocument.update(current, changes, version));
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies a workspace edit to the open document the way an editor would, as one incremental change per edit. */
  applyEdit(edit: WorkspaceEdit): number {
    const entries = Object.entries(edit.changes ?? {});
    if (entries.length !== 1) throw new Error(`expected edits for one document, got ${entries.length}`);
    const [uri, edits] = entries[0];
    const before = this.document(uri);
    const after = TextDocument.applyEdits(before, edits as TextEdit[]);
    return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end: before.positionAt(before.getText().length) }, text: after }]);
  }

  /**
   * Sends everything `send` sends (changes, requests) in one write to the server's stdin, as a fast client
   * would (a formatter, a paste): the server finds the whole burst readable at once, as far as the
   * stdio socket's buffer holds it (about 200 KB on Linux). Stdio only.
   */
  burst(send: () => void): void {
    if (!this.writer) throw new Error('burst() needs the stdio transport');
    this.writer.hold();
    try {
      send();
    } finally {
      this.writer.release();
    }
  }

  close(uri: string): void {
    this.documents.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  document(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else this.process.once('exit', () => resolve());
    });
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone: nothing to shut down.
    }
    const timer = setTimeout(() => this.process.kill(), DEFAULT_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }

  private receive(method: string, params: unknown): void {
    this.received.push({ method, params });
    const ready = this.waiters.filter((w) => w.method === method && w.match(params));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(params);
  }

  private answer(method: string, params: unknown, options: ClientOptions): unknown {
    this.requestsFromServer.push({ method, params });
    if (method === 'workspace/configuration' && options.configuration) {
      const items = (params as { items: { scopeUri?: string; section?: string }[] }).items;
      return items.map((i) => options.configuration!(i.scopeUri, i.section) ?? null);
    }
    return null;
  }

  private summary(): string {
    return this.received.map((r) => `${r.method}${(r.params as { version?: number })?.version !== undefined ? `@${(r.params as { version: number }).version}` : ''}`).join(', ') || 'nothing';
  }
}

function spawnStdio(): { child: ChildProcess; connection: MessageConnection; writer: FramedWriter } {
  const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const writer = new FramedWriter(child.stdin!);
  return { child, connection: createMessageConnection(new StreamMessageReader(child.stdout!), writer), writer };
}

function spawnIpc(): { child: ChildProcess; connection: MessageConnection; writer?: FramedWriter } {
  const child = fork(SERVER_PATH, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  return { child, connection: createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child)) };
}

export function fixtureUri(name: string): string {
  return pathToFileURL(path.join(FIXTURES, name)).href;
}

/** 0-based position of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, after = 0): { line: number; character: number } {
  const offset = text.indexOf(needle, after);
  if (offset < 0) throw new Error(`"${needle}" not found in the fixture`);
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The text of a fixture under test/fixtures/server. */
export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

const tempDirs: string[] = [];

/** Removes the folders tempUri made (call from afterAll). */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A file URI in a fresh temporary folder (no rc file above it unless the test writes one). */
export function tempUri(fileName: string): { uri: string; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'prfaq-lsp-'));
  tempDirs.push(dir);
  return { uri: pathToFileURL(path.join(dir, fileName)).href, dir };
}

export function messageOf(diagnostic: { message: string | { value: string } }): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
