// Writes schemas/prfaqrc.schema.json from the rule list: `npm run gen:schema`.
// test/unit/configSchema.test.ts fails when the committed file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { importSource } from './importSource.mjs';

const { configSchemaText } = await importSource('./server/src/core/configSchema');
const out = path.resolve('schemas/prfaqrc.schema.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, configSchemaText());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
