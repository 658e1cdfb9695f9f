// The extension suites and their fixture workspaces, shared by both runners (code-server and test-electron).
// Each suite gets a fresh copy of its workspace; `workspaceFile` names the .code-workspace of a multi-root one.
export const SUITES = [
  { name: 'single folder', suite: 'test/e2e/suite/index.js', workspace: 'test/e2e/workspace' },
  { name: 'multi-root and rc files', suite: 'test/e2e/suite/multiroot.js', workspace: 'test/e2e/workspace-multiroot', workspaceFile: 'prfaq.code-workspace' },
];
