// Bundles the CLI, the language server and the VS Code client into dist/.
// `vscode` stays external: the editor provides it at run time.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { micromarkOnceEsbuild } from './scripts/micromark-once.mjs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [micromarkOnceEsbuild],
};
// `--production` (npm run package): minified and without source maps, so the .vsix stays well under 1 MB.
if (process.argv.includes('--production')) Object.assign(common, { minify: true, sourcemap: false });

// Browser bundles: no Node built-ins. The few the server graph names get small stand-ins (server/src/web/shims),
// and the rc file lookup, which reads the disk, is swapped for one fed by the web client.
const web = {
  platform: 'browser',
  target: 'es2022',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  inject: ['server/src/web/shims/process.ts'],
  alias: { 'node:url': './server/src/web/shims/url.ts', 'node:crypto': './server/src/web/shims/crypto.ts' },
};
const browserRcLookup = {
  name: 'browser-rc-lookup',
  setup(build) {
    build.onResolve({ filter: /\/rcLookup$/ }, (args) =>
      args.importer.includes('/server/src/lsp/') ? { path: new URL('./server/src/web/rcLookup.ts', import.meta.url).pathname } : undefined,
    );
  },
};

// Bundled CommonJS dependencies (yaml) still call require() for Node built-ins; give the ESM bundles one.
const esmRequire = { js: "import { createRequire as __prfaqCreateRequire } from 'node:module'; const require = __prfaqCreateRequire(import.meta.url);" };

// The library's type declarations (dist/types) come from tsc, which is slow: only when a library source changed.
const TYPES_OUT = 'dist/types/lib.d.ts';
const newestSource = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith('.ts'))
    .reduce((newest, f) => Math.max(newest, fs.statSync(path.join(f.parentPath ?? f.path, f.name)).mtimeMs), 0);
function libraryTypes() {
  if (!fs.existsSync('tsconfig.lib.json')) return Promise.resolve();
  const built = fs.existsSync(TYPES_OUT) ? fs.statSync(TYPES_OUT).mtimeMs : 0;
  const changed = Math.max(newestSource('server/src/core'), newestSource('server/src/remark'), fs.statSync('server/src/lib.ts').mtimeMs);
  if (built > changed) return Promise.resolve();
  return new Promise((resolve) =>
    execFile(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.lib.json'], (error, stdout) => {
      // tsc still writes the declarations; a type error elsewhere in the core must not stop the bundles.
      if (error) console.warn(`warning: type errors while writing the library's declarations (dist/types):\n${stdout}`);
      resolve();
    }),
  );
}

// The language server and the CLI leave the preview renderer (rehype, hast-util-raw, parse5: a third of
// their code) in dist/preview.js, loaded on the first render: start-up neither compiles nor holds it.
const previewApart = {
  name: 'preview-apart',
  setup(build) {
    const loaders = [path.join('server', 'src', 'lsp', 'render.ts'), path.join('server', 'src', 'cli', 'render.ts')];
    build.onResolve({ filter: /^\.\.\/preview\/render$/ }, (args) =>
      args.kind === 'dynamic-import' && loaders.some((l) => args.importer.endsWith(l)) ? { path: './preview.js', external: true } : undefined,
    );
  },
};

const entries = [
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [micromarkOnceEsbuild, previewApart] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, plugins: [micromarkOnceEsbuild, previewApart] },
  { entryPoints: ['server/src/preview/render.ts'], outfile: 'dist/preview.js' },
  // Checks large documents off the server's main thread (server/src/lsp/checkRunner.ts).
  { entryPoints: ['server/src/lsp/checkWorker.ts'], outfile: 'dist/checkWorker.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['client/src/main.ts'], outfile: 'dist/client-main.js', external: ['vscode'] },
  // The core as a library (`import { check } from "prfaq"`) and the remark plugin, for Node's require and import.
  { entryPoints: ['server/src/lib.ts'], outfile: 'dist/lib.js' },
  { entryPoints: ['server/src/lib.ts'], outfile: 'dist/lib.mjs', format: 'esm', banner: esmRequire },
  { entryPoints: ['server/src/remark/preset.ts'], outfile: 'dist/remark-preset.js' },
  { entryPoints: ['server/src/remark/preset.ts'], outfile: 'dist/remark-preset.mjs', format: 'esm', banner: esmRequire },
  // VS Code for the Web: the server in a web worker, the extension in the web extension host.
  // `worker` condition: packages such as decode-named-character-reference ship a DOM build for `browser`; a worker has no document.
  { ...web, entryPoints: ['server/src/web/server.ts'], outfile: 'dist/web/server.js', format: 'iife', conditions: ['worker'], plugins: [browserRcLookup, micromarkOnceEsbuild] },
  { ...web, entryPoints: ['client/src/web/extension.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] },
].filter((e) => fs.existsSync(e.entryPoints[0]));

if (watch) {
  for (const e of entries) (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all([...entries.map((e) => esbuild.build({ ...common, ...e })), libraryTypes()]);
  for (const e of entries) if (e.banner) fs.chmodSync(e.outfile, 0o755);
}
