// Bundles the CLI, the language server and the VS Code client into dist/.
// `vscode` stays external: the editor provides it at run time.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { execFile, spawn } from 'node:child_process';
import { pageScriptPlugin } from './scripts/pageScript.mjs';
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
  // `import … from 'virtual:prfaq-page-script'`: the preview's page script, bundled for the browser (scripts/pageScript.mjs).
  // micromark-once: one micromark parser per extension list (server/src/core/micromarkOnce.ts).
  plugins: [pageScriptPlugin, micromarkOnceEsbuild],
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
  return new Promise((resolve, reject) =>
    execFile(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.lib.json'], (error, stdout) => {
      // A type error in the library's sources fails the build: its declarations would be wrong.
      if (error) {
        fs.rmSync(TYPES_OUT, { force: true }); // so the next build tries again
        reject(new Error(`type errors in the library's sources (dist/types not written):\n${stdout}`));
      } else resolve();
    }),
  );
}

// The language server and the CLI leave the preview renderer and the export's reader (export/renderers.ts: rehype, hast-util-raw, parse5: a third of
// their code) in dist/preview.js, loaded on the first render: start-up neither compiles nor holds it.
const previewApart = {
  name: 'preview-apart',
  setup(build) {
    const loaders = [path.join('server', 'src', 'lsp', 'render.ts'), path.join('server', 'src', 'cli', 'render.ts')];
    build.onResolve({ filter: /^\.\.\/export\/renderers$/ }, (args) =>
      args.kind === 'dynamic-import' && loaders.some((l) => args.importer.endsWith(l)) ? { path: './preview.js', external: true } : undefined,
    );
  },
};

const entries = [
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [pageScriptPlugin, micromarkOnceEsbuild, previewApart] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, plugins: [pageScriptPlugin, micromarkOnceEsbuild, previewApart] },
  { entryPoints: ['server/src/export/renderers.ts'], outfile: 'dist/preview.js' },
  // The Word writer (the docx library), loaded by the CLI and the VS Code client only when a .docx is exported.
  { entryPoints: ['server/src/export/docx.ts'], outfile: 'dist/docx.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['client/src/main.ts'], outfile: 'dist/client-main.js', external: ['vscode'] },
  // The core as a library (`import { check } from "prfaq"`) and the remark plugin, for Node's require and import.
  { entryPoints: ['server/src/lib.ts'], outfile: 'dist/lib.js' },
  { entryPoints: ['server/src/lib.ts'], outfile: 'dist/lib.mjs', format: 'esm', banner: esmRequire },
  { entryPoints: ['server/src/remark/preset.ts'], outfile: 'dist/remark-preset.js' },
  { entryPoints: ['server/src/remark/preset.ts'], outfile: 'dist/remark-preset.mjs', format: 'esm', banner: esmRequire },
  // VS Code for the Web: the server in a web worker, the extension in the web extension host.
  // `worker` condition: packages such as decode-named-character-reference ship a DOM build for `browser`; a worker has no document.
  { ...web, entryPoints: ['server/src/web/server.ts'], outfile: 'dist/web/server.js', format: 'iife', conditions: ['worker'], plugins: [pageScriptPlugin, browserRcLookup, micromarkOnceEsbuild] },
  { ...web, entryPoints: ['client/src/web/extension.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] },
].filter((e) => fs.existsSync(e.entryPoints[0]));

// `--if-stale` (npm test): nothing to do when the bundles are newer than every input of the same kind of build.
const STAMP = 'dist/.build-stamp';
const mode = process.argv.includes('--production') ? 'production' : 'development';
const INPUTS = ['server/src', 'client/src', 'scripts/pageScript.mjs', 'esbuild.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.lib.json'];
function upToDate() {
  if (!fs.existsSync(STAMP) || fs.readFileSync(STAMP, 'utf8') !== mode) return false;
  if (entries.some((e) => !fs.existsSync(e.outfile))) return false;
  const built = fs.statSync(STAMP).mtimeMs;
  return INPUTS.every((input) => !fs.existsSync(input) || (fs.statSync(input).isDirectory() ? newestSource(input) : fs.statSync(input).mtimeMs) < built);
}

if (watch) {
  // Bundles on every save, and tsc reports type errors as they appear (esbuild itself does not type-check).
  for (const e of entries) (await esbuild.context({ ...common, ...e })).watch();
  for (const project of ['tsconfig.json', 'tsconfig.page.json']) {
    spawn(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '--watch', '--preserveWatchOutput', '-p', project], { stdio: 'inherit' });
  }
} else if (process.argv.includes('--if-stale') && upToDate()) {
  console.log('dist/ is up to date (npm run build rebuilds it)');
} else {
  fs.rmSync(STAMP, { force: true });
  try {
    await Promise.all([...entries.map((e) => esbuild.build({ ...common, ...e })), libraryTypes()]);
  } catch (e) {
    // esbuild has printed its own errors already; a type error is ours to print.
    console.error(`build failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
  for (const e of entries) if (e.banner) fs.chmodSync(e.outfile, 0o755);
  fs.writeFileSync(STAMP, mode);
}
