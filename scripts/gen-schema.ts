// Writes schemas/prfaqrc.schema.json from the rule list: `npm run gen:schema` (node scripts/run.mjs scripts/gen-schema.ts).
// test/unit/configSchema.test.ts fails when the committed file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { configSchemaText } from '../server/src/core/configSchema';

const out = path.resolve(__dirname, '../schemas/prfaqrc.schema.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, configSchemaText());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
