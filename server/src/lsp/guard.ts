// Every handler goes through `guarded`: an exception is logged and answered with a neutral value, never kills the server.
import type { RemoteConsole } from 'vscode-languageserver';

export function guarded<A extends unknown[], R>(
  console: RemoteConsole,
  name: string,
  fallback: R,
  handler: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (e) {
      logError(console, name, e);
      return fallback;
    }
  };
}

export function logError(console: RemoteConsole, where: string, e: unknown): void {
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  console.error(`prfaq: ${where} failed: ${detail}`);
}
