// `npm run test:vscode`: the same extension suites under @vscode/test-electron, against desktop VS Code.
// Needs internet (it downloads VS Code into .vscode-test/); on an offline machine use `npm run test:e2e`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { SUITES } from './suites.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let failures = 0;
for (const spec of SUITES) {
  console.log(`# suite: ${spec.name}`);
  // The suites edit files and settings, so each gets a copy of its fixture workspace.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-electron-'));
  fs.cpSync(path.join(ROOT, spec.workspace), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, spec.suite),
      launchArgs: [spec.workspaceFile ? path.join(workspace, spec.workspaceFile) : workspace,
        '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (e) {
    failures++;
    console.error(`${spec.name} under desktop VS Code failed: ${e instanceof Error ? e.message : String(e)}`);
    if (/ENOTFOUND|getaddrinfo|ECONNREFUSED/.test(String(e))) {
      console.error('VS Code could not be downloaded here: run `npm run test:e2e` (offline, code-server) instead.');
      break;
    }
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
process.exit(failures > 0 ? 1 : 0);
