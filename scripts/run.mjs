// The one way to run a TypeScript script of this project: `node scripts/run.mjs FILE.ts [args…]`.
// esbuild bundles FILE.ts (with the core sources it imports, the preview's page script and the micromark-once parser) into
// dist/scripts/FILE.mjs and runs it with the same arguments. Each source keeps its own `import.meta.url`,
// `__dirname` and `__filename`, so code that finds files next to itself (test harnesses, fixtures) works
// bundled as it does under vitest.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { pageScriptPlugin } from './pageScript.mjs';
import { micromarkOnceEsbuild } from './micromark-once.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [script, ...args] = process.argv.slice(2);
if (!script || !/\.m?ts$/.test(script)) {
  console.error('usage: node scripts/run.mjs FILE.ts [arguments…]');
  process.exit(2);
}
const entry = path.resolve(script);
if (!fs.existsSync(entry)) {
  console.error(`scripts/run.mjs: ${script} does not exist`);
  process.exit(2);
}
const outfile = path.join(ROOT, 'dist/scripts', path.relative(ROOT, entry).replace(/\.m?ts$/, '.mjs'));

/** Gives every project source its own location, as if it ran unbundled. */
const ownLocation = {
  name: 'own-location',
  setup(build) {
    build.onLoad({ filter: /\.(m?ts|m?js)$/ }, async (file) => {
      if (file.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      let contents = await fs.promises.readFile(file.path, 'utf8');
      const uses = /\bimport\.meta\.url\b|\b__dirname\b|\b__filename\b/.test(contents);
      if (!uses) return undefined;
      contents = contents.replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(file.path).href));
      // esbuild renames these per module when they clash, so each module sees its own.
      contents = `const __dirname = ${JSON.stringify(path.dirname(file.path))}; const __filename = ${JSON.stringify(file.path)};\n${contents}`;
      return { contents, loader: path.extname(file.path).slice(1).replace(/^m/, '') };
    });
  },
};

await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  // Packages that find their own files at run time stay outside the bundle.
  external: ['esbuild', 'playwright-core', 'typescript', 'fsevents'],
  // Bundled CommonJS dependencies call require().
  banner: { js: "import { createRequire as __prfaqCreateRequire } from 'node:module'; const require = __prfaqCreateRequire(import.meta.url);" },
  plugins: [pageScriptPlugin, micromarkOnceEsbuild, ownLocation],
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
