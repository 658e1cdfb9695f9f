// Waiting on the editor without sleeping: a condition is re-checked whenever one of the given events fires
// (and on a 100 ms tick for state that has no event, such as the status bar text), until it holds or time runs out.
const vscode = require('vscode');

const DEFAULT_TIMEOUT_MS = 30000;

/**
 * Resolves with the first truthy value of `check()`.
 * @param {string} what - said in the timeout error
 * @param {() => any} check
 * @param {{ timeout?: number, events?: vscode.Event<any>[], describe?: () => string }} [options]
 */
function waitFor(what, check, options = {}) {
  const { timeout = DEFAULT_TIMEOUT_MS, events = [], describe } = options;
  return new Promise((resolve, reject) => {
    let finished = false;
    const subscriptions = [];
    const finish = (error, value) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      clearInterval(tick);
      for (const s of subscriptions) s.dispose();
      if (error) reject(error);
      else resolve(value);
    };
    const probe = () => {
      try {
        const value = check();
        if (value) finish(undefined, value);
      } catch (e) {
        finish(e);
      }
    };
    const timer = setTimeout(() => {
      finish(new Error(`timed out after ${timeout} ms waiting for ${what}${describe ? `; last seen: ${describe()}` : ''}`));
    }, timeout);
    const tick = setInterval(probe, 100);
    for (const event of events) subscriptions.push(event(probe));
    probe();
  });
}

/** Rejects when a promise does not settle in time. */
function within(what, promise, timeout = DEFAULT_TIMEOUT_MS) {
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeout} ms waiting for ${what}`)), timeout);
  });
  return Promise.race([promise, timedOut]).finally(() => clearTimeout(timer));
}

/** Waits until the diagnostics of `uri` satisfy `check`, and returns what `check` returned. */
function waitForDiagnostics(what, uri, check, timeout) {
  const current = () => vscode.languages.getDiagnostics(uri);
  return waitFor(what, () => check(current()), {
    timeout,
    events: [vscode.languages.onDidChangeDiagnostics],
    describe: () => JSON.stringify(current().map((d) => [d.range.start.line, codeOf(d), d.message])),
  });
}

/** A diagnostic's rule id, whether `code` is a plain value or `{ value, target }`. */
function codeOf(diagnostic) {
  const code = diagnostic.code;
  return code !== null && typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/**
 * The suites' tiny runner: `test(name, body)` runs one scenario and prints `ok - …` / `not ok - …`;
 * `finish()` prints the `N passed, N failed` line the runners read and throws when anything failed.
 */
function testRunner() {
  const results = { passed: 0, failed: 0 };
  const test = async (name, body) => {
    try {
      await body();
      results.passed++;
      console.log(`ok - ${name}`);
    } catch (e) {
      results.failed++;
      console.log(`not ok - ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const finish = () => {
    console.log(`${results.passed} passed, ${results.failed} failed`);
    if (results.failed > 0) throw new Error(`${results.failed} extension test(s) failed`);
  };
  return { test, finish };
}

module.exports = { waitFor, within, waitForDiagnostics, codeOf, testRunner };
