// `npm run test:vscode`: the same extension suite under @vscode/test-electron, against desktop VS Code.
// Needs internet (it downloads VS Code into .vscode-test/); on an offline machine use `npm run test:e2e`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The suite edits files and settings, so it gets a copy of the fixture workspace.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-electron-'));
fs.cpSync(path.join(ROOT, 'test/e2e/workspace'), workspace, { recursive: true });
let code = 1;
try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'test/e2e/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  code = 0;
} catch (e) {
  console.error(`extension tests under desktop VS Code failed: ${e instanceof Error ? e.message : String(e)}`);
  if (/ENOTFOUND|getaddrinfo|ECONNREFUSED/.test(String(e))) console.error('VS Code could not be downloaded here: run `npm run test:e2e` (offline, code-server) instead.');
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);
