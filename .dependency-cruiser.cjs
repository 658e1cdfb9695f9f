// The one architecture rule ESLint cannot see: cycles through type-only imports (eslint-plugin-import-x's
// no-cycle skips `import type` by design, and faq.ts ↔ model.ts was such a cycle). `npm run lint` runs it.
// The layer rules (what the core, the client and the page script may import) are in eslint.config.mjs.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'Modules form no cycle, type-only imports included: a reader can read each module after the ones it imports.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Type-only imports are edges too.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // test/fixtures/architecture holds a deliberate cycle for the test of this rule.
    exclude: { path: '^(dist|node_modules|\\.vscode-test|test/fixtures/architecture)/' },
  },
};
