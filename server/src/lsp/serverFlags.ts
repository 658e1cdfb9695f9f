// Memory settings of the language server's process (measured in docs/performance.md).
//
// A server that re-checks on every keystroke allocates a few MB per check, nearly all of it garbage at
// once. V8's defaults let the young generation grow to 2 × 16 MB and the old generation to several times
// what is live before collecting: a six-page PR/FAQ edited 1,000 times left the process at ~180 MB.
//
// - The old generation grows by at most 30 % before a full collection (V8's factor is up to 4×): set by
//   the server itself at start-up, so it holds however the server is started (VS Code, Neovim, a shell).
// - The young generation's semi-spaces stop at 4 MB: a process flag, which only the one who starts the
//   process can give. The VS Code client does (client/src/main.ts); docs/editors.md shows it for others.
// Together, 1,000 re-checks of a six-page PR/FAQ in one process: resident memory ~105 MB instead of ~180,
// for ~5 % more wall time on the main thread and ~20 % more CPU in all (V8's concurrent marking and
// scavenging helpers run more often).
export const HEAP_GROWING_FLAG = '--heap-growing-percent=30';

/** Node options the server is started with by the VS Code client and the bench. */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];
