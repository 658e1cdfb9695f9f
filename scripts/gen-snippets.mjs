// Writes snippets/prfaq.json from the templates (server/src/templates/templates.ts): `npm run gen:snippets`.
// test/unit/templates.test.ts fails when the committed file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { importSource } from './importSource.mjs';

const { snippetsJson } = await importSource('./server/src/templates/templates');
const out = path.resolve('snippets/prfaq.json');
fs.writeFileSync(out, snippetsJson());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
