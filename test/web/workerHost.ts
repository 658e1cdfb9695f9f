// Serves dist/web/server.js to headless Chromium, runs it in a Web Worker and speaks LSP to it over
// postMessage: the page only forwards messages; requests, responses and waiting happen here in Node.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const WEB_SERVER = path.resolve(__dirname, '../../dist/web/server.js');

const PAGE = `<!doctype html><meta charset="utf-8"><title>prfaq worker</title><script>
const worker = new Worker('/server.js');
worker.onmessage = (event) => window.fromServer(event.data);
worker.onerror = (event) => window.fromServer({ workerError: event.message || 'worker failed to load' });
window.toServer = (message) => worker.postMessage(message);
</script>`;

/** A tiny static server on 127.0.0.1: the page and the worker bundle, nothing else. */
export async function serveWorker(): Promise<{ url: string; close(): Promise<void> }> {
  if (!fs.existsSync(WEB_SERVER)) throw new Error(`${WEB_SERVER} is missing: run "npm run build" first`);
  const server = http.createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else if (req.url === '/server.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(fs.readFileSync(WEB_SERVER));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

type Message = { id?: number | string; method?: string; params?: unknown; result?: unknown; error?: { message: string }; workerError?: string };
interface Waiter {
  match: (m: Message) => boolean;
  resolve: (m: Message) => void;
}

/** The client end of LSP over the page's worker. Server requests are answered by `answer`. */
export class WorkerLspClient {
  readonly received: Message[] = [];
  /** Errors the worker raised (a bundle that does not load in a browser shows up here). */
  readonly workerErrors: string[] = [];
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  private waiters: Waiter[] = [];

  private constructor(
    private readonly page: Page,
    private readonly answer: (method: string, params: unknown) => unknown,
  ) {}

  static async open(page: Page, url: string, answer: (method: string, params: unknown) => unknown): Promise<WorkerLspClient> {
    const client = new WorkerLspClient(page, answer);
    await page.exposeFunction('fromServer', (m: Message) => client.onMessage(m));
    await page.goto(url);
    return client;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      void this.post({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.post({ jsonrpc: '2.0', method, params });
  }

  /** The first notification (already received or still to come) that matches; rejects after `timeoutMs`. */
  waitFor<P>(method: string, match: (params: P) => boolean, timeoutMs = 15000): Promise<P> {
    const test = (m: Message) => m.method === method && m.id === undefined && match(m.params as P);
    const seen = this.received.find(test);
    if (seen) return Promise.resolve(seen.params as P);
    return new Promise<P>((resolve, reject) => {
      const waiter: Waiter = { match: test, resolve: (m) => resolve(m.params as P) };
      this.waiters.push(waiter);
      setTimeout(() => {
        if (!this.waiters.includes(waiter)) return;
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching ${method} within ${timeoutMs} ms; received: ${this.received.map((m) => m.method).join(', ') || 'nothing'}; worker errors: ${this.workerErrors.join('; ') || 'none'}`));
      }, timeoutMs);
    });
  }

  /** Forget what was received so far, so the next waitFor sees only what comes after. */
  clear(): void {
    this.received.length = 0;
  }

  private post(message: object): Promise<void> {
    return this.page.evaluate((m) => (globalThis as unknown as { toServer(m: unknown): void }).toServer(m), message);
  }

  private onMessage(m: Message): void {
    if (m.workerError) {
      this.workerErrors.push(m.workerError);
      return;
    }
    if (m.id !== undefined && m.method === undefined) {
      const pending = this.pending.get(Number(m.id));
      this.pending.delete(Number(m.id));
      if (m.error) pending?.reject(new Error(m.error.message));
      else pending?.resolve(m.result);
      return;
    }
    if (m.id !== undefined && m.method) {
      void this.post({ jsonrpc: '2.0', id: m.id, result: this.answer(m.method, m.params) ?? null });
      return;
    }
    this.received.push(m);
    for (const waiter of this.waiters.filter((w) => w.match(m))) {
      this.waiters = this.waiters.filter((w) => w !== waiter);
      waiter.resolve(m);
    }
  }
}
