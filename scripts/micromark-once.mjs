// Points mdast-util-from-markdown's import of micromark's `parse` at server/src/core/micromarkOnce.ts
// (one parser per extension list instead of one per call), for esbuild (the bundles, the bench) and
// for Vite (the tests, which must run what ships).
import { fileURLToPath } from 'node:url';

const SHIM = fileURLToPath(new URL('../server/src/core/micromarkOnce.ts', import.meta.url));
const fromMarkdown = (importer) => /[\\/]mdast-util-from-markdown[\\/]/.test(importer ?? '');

export const micromarkOnceEsbuild = {
  name: 'micromark-once',
  setup(build) {
    build.onResolve({ filter: /^micromark$/ }, (args) => (fromMarkdown(args.importer) ? { path: SHIM } : undefined));
  },
};

export const micromarkOnceVite = {
  name: 'micromark-once',
  enforce: 'pre',
  resolveId(source, importer) {
    return source === 'micromark' && fromMarkdown(importer) ? SHIM : null;
  },
};
