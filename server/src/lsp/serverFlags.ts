// Memory settings of the language server's process (measured in docs/performance.md).
//
// A server that re-checks on every keystroke allocates a few MB per check, nearly all of it garbage at
// once. V8 lets the old generation grow to several times what is live before a full collection: a
// six-page PR/FAQ edited 400 times left the process at ~180 MB. With the old generation allowed to grow
// by 30 % at most, ~130 MB, with no change in edit latency we could measure (a few more full collections,
// most of their work done by V8's concurrent marking threads).
//
// Set by the server itself at start-up (V8 reads this flag whenever it sizes the heap), so it holds
// however the server is started: VS Code, Neovim, a shell. Smaller young-generation semi-spaces
// (`--max-semi-space-size`, a flag only the process's starter can give) saved another ~20 MB after 1,000
// edits but cost ~0.9 ms of scavenging per six-page check (+6 %), so they are not used.
export const HEAP_GROWING_FLAG = '--heap-growing-percent=30';
