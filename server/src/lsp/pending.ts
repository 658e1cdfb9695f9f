// Waiting until the connection has handled every message it has read. vscode-jsonrpc reads what the
// client wrote in the poll phase of the event loop and handles its queue one message per setImmediate
// (setTimeout 0 in a browser). Two turns of our own land after its next turn even when new input is read
// in between: the first turn may run before a message just read is handled, the second runs after it.
// So a check that waits here first sees the newest version the server has received, and a check for a
// version that is already superseded is dropped before it starts, not finished.
const nextTurn: (callback: () => void) => void =
  typeof setImmediate === 'function' ? (callback) => void setImmediate(callback) : (callback) => void setTimeout(callback, 0);

export function afterPendingMessages(): Promise<void> {
  return new Promise((resolve) => nextTurn(() => nextTurn(resolve)));
}
