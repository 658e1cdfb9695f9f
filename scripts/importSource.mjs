// Imports a TypeScript module of the project from a plain Node script (the gen:* scripts): esbuild bundles it
// to a temporary CommonJS file, which is imported and removed.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The exports of `modulePath` (relative to the project root, which is the current folder). */
export async function importSource(modulePath) {
  const bundle = path.join(os.tmpdir(), `prfaq-import-${process.pid}-${Date.now()}.cjs`);
  await esbuild.build({
    stdin: { contents: `export * from ${JSON.stringify(modulePath)};`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(bundle).href);
  } finally {
    fs.rmSync(bundle, { force: true });
  }
}
