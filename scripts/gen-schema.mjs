// Writes schemas/prfaqrc.schema.json from the rule list: `npm run gen:schema`.
// The core is TypeScript, so esbuild bundles it to a temporary CommonJS file that is then imported.
// test/unit/configSchema.test.ts fails when the committed file is stale.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const bundle = path.join(os.tmpdir(), `prfaq-gen-schema-${process.pid}.cjs`);
await esbuild.build({
  stdin: {
    contents: "export { configSchemaText } from './server/src/core/configSchema';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: bundle,
  logLevel: 'warning',
});
let configSchemaText;
try {
  ({ configSchemaText } = await import(pathToFileURL(bundle).href));
} finally {
  fs.rmSync(bundle, { force: true });
}
const out = path.resolve('schemas/prfaqrc.schema.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, configSchemaText());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
