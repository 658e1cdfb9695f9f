// Bundles bench/run.ts (TypeScript, imports the core sources) into dist/bench.mjs and runs it.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { micromarkOnceEsbuild } from '../scripts/micromark-once.mjs';

const outfile = fileURLToPath(new URL('../dist/bench.mjs', import.meta.url));
// Bundled CommonJS dependencies call require(); the activation proxy uses require and __dirname too.
const banner = [
  "import { createRequire as __benchRequire } from 'node:module';",
  "import { fileURLToPath as __benchPath } from 'node:url';",
  'const require = __benchRequire(import.meta.url);',
  'const __filename = __benchPath(import.meta.url);',
  "const __dirname = __benchPath(new URL('.', import.meta.url));",
].join(' ');
await esbuild.build({
  entryPoints: [fileURLToPath(new URL('./run.ts', import.meta.url))],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  logLevel: 'warning',
  plugins: [micromarkOnceEsbuild],
});
await import(outfile);
