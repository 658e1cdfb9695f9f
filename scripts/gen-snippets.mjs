// Writes snippets/prfaq.json from the templates (server/src/templates/templates.ts): `npm run gen:snippets`.
// The templates are TypeScript, so esbuild bundles them to a temporary CommonJS file that is then imported.
// test/unit/templates.test.ts fails when the committed file is stale.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const bundle = path.join(os.tmpdir(), `prfaq-gen-snippets-${process.pid}.cjs`);
await esbuild.build({
  stdin: { contents: "export { snippetsJson } from './server/src/templates/templates';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: bundle,
  logLevel: 'warning',
});
let snippetsJson;
try {
  ({ snippetsJson } = await import(pathToFileURL(bundle).href));
} finally {
  fs.rmSync(bundle, { force: true });
}
const out = path.resolve('snippets/prfaq.json');
fs.writeFileSync(out, snippetsJson());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
