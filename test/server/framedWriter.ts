// A message writer for a client of the server over stdio (the test harness and the bench).
import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver-protocol/node';

/**
 * Writes each message with its Content-Length header in one write (vscode-jsonrpc's StreamMessageWriter
 * writes header and body separately, one event-loop turn apart), or holds messages and writes them all
 * at once (LspClient.burst). Order is kept: stream writes are queued in order.
 */
export class FramedWriter extends AbstractMessageWriter implements MessageWriter {
  private held: Buffer[] | null = null;

  constructor(private readonly stream: Writable) {
    super();
    stream.on('error', (e) => this.fireError(e));
    stream.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    const framed = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    if (this.held) {
      this.held.push(framed);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => this.stream.write(framed, (e) => (e ? reject(e) : resolve())));
  }

  hold(): void {
    this.held ??= [];
  }

  release(): void {
    const held = this.held;
    this.held = null;
    if (held?.length) this.stream.write(Buffer.concat(held), (e) => e && this.fireError(e));
  }

  end(): void {
    this.stream.end();
  }
}
