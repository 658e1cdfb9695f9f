// The two web bundles must load where Node is absent: the worker bundle may require nothing, the web
// extension only `vscode` (the web extension host provides it). A Node built-in slipping in shows up here first.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => {
  const full = path.join(ROOT, file);
  if (!fs.existsSync(full)) throw new Error(`${full} is missing: run "npm run build" first`);
  return fs.readFileSync(full, 'utf8');
};
const requires = (code: string) => [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))];

describe('web bundles', () => {
  it('the worker bundle (dist/web/server.js) requires nothing', () => {
    expect(requires(read('dist/web/server.js'))).toEqual([]);
  });

  it('the web extension (dist/web/client.js) requires only vscode', () => {
    expect(requires(read('dist/web/client.js'))).toEqual(['vscode']);
  });

  it('package.json points VS Code for the Web at the web extension', () => {
    const manifest = JSON.parse(read('package.json')) as { browser?: string };
    expect(manifest.browser).toBe('./dist/web/client.js');
  });
});
