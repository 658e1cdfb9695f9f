// Writes snippets/prfaq.json from the templates (server/src/templates/templates.ts): `npm run gen:snippets`
// (node scripts/run.mjs scripts/gen-snippets.ts). test/unit/templates.test.ts fails when the committed file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { snippetsJson } from '../server/src/templates/templates';

const out = path.resolve(__dirname, '../snippets/prfaq.json');
fs.writeFileSync(out, snippetsJson());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
