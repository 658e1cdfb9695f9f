// The server never reads an rc file above the workspace folder a document is in (untrusted content:
// nothing outside the workspace shapes the findings), but still finds one inside it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { setWorkspaceRoots, rcForDocument } from '../../server/src/lsp/rcLookup';

const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-rc-bound-'));
const workspace = path.join(outer, 'ws');
const nested = path.join(workspace, 'team');
fs.mkdirSync(nested, { recursive: true });
fs.writeFileSync(path.join(outer, '.prfaqrc.json'), '{ "wordsPerPage": 300 }');
const doc = pathToFileURL(path.join(nested, 'x.prfaq.md')).href;
afterAll(() => fs.rmSync(outer, { recursive: true, force: true }));

describe('rc lookup bounded by the workspace folder', () => {
  it('ignores an rc file above the workspace folder', () => {
    setWorkspaceRoots([pathToFileURL(workspace).href]);
    expect(rcForDocument(doc).path).toBeNull();
  });

  it('finds one inside the workspace folder', () => {
    fs.writeFileSync(path.join(workspace, '.prfaqrc.json'), '{ "wordsPerPage": 400 }');
    setWorkspaceRoots([pathToFileURL(workspace).href]);
    expect(rcForDocument(doc).path).toBe(path.join(workspace, '.prfaqrc.json'));
    fs.rmSync(path.join(workspace, '.prfaqrc.json'));
  });

  it('walks up freely when the client names no workspace folder (like the CLI)', () => {
    setWorkspaceRoots([]);
    expect(rcForDocument(doc).path).toBe(path.join(outer, '.prfaqrc.json'));
  });
});
