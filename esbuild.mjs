// Bundles the CLI, the language server and the VS Code client into dist/.
// `vscode` stays external: the editor provides it at run time.
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

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

const entries = [
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['client/src/main.ts'], outfile: 'dist/client-main.js', external: ['vscode'] },
  // The core as a library (`import { check } from "prfaq"`) and the remark plugin, for Node's require and import.
  { entryPoints: ['server/src/lib.ts'], outfile: 'dist/lib.js' },
  { entryPoints: ['server/src/lib.ts'], outfile: 'dist/lib.mjs', format: 'esm' },
  { entryPoints: ['server/src/remark/preset.ts'], outfile: 'dist/remark-preset.js' },
  { entryPoints: ['server/src/remark/preset.ts'], outfile: 'dist/remark-preset.mjs', format: 'esm' },
  // VS Code for the Web: the server in a web worker, the extension in the web extension host.
  // `worker` condition: packages such as decode-named-character-reference ship a DOM build for `browser`; a worker has no document.
  { ...web, entryPoints: ['server/src/web/server.ts'], outfile: 'dist/web/server.js', format: 'iife', conditions: ['worker'], plugins: [browserRcLookup] },
  { ...web, entryPoints: ['client/src/web/extension.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] },
].filter((e) => fs.existsSync(e.entryPoints[0]));

if (watch) {
  for (const e of entries) (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
  for (const e of entries) if (e.banner) fs.chmodSync(e.outfile, 0o755);
}
