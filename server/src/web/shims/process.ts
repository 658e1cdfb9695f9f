// The `process` global for the web worker: remark's dependencies read `process.env`, and the session
// hooks `process.on('uncaughtException')`, which the worker reports through `self.onerror` instead.
type Listener = (error: unknown) => void;

export const process = {
  env: { NODE_ENV: 'production' } as Record<string, string | undefined>,
  platform: 'browser',
  cwd: () => '/',
  on(event: string, listener: Listener): void {
    const scope = globalThis as unknown as { addEventListener?: (type: string, cb: (e: { error?: unknown; reason?: unknown }) => void) => void };
    if (event === 'uncaughtException') scope.addEventListener?.('error', (e) => listener(e.error));
    if (event === 'unhandledRejection') scope.addEventListener?.('unhandledrejection', (e) => listener(e.reason));
  },
};
