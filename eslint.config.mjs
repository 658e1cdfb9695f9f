// ESLint (`npm run lint`, run by `npm test` and CI). Besides the usual JavaScript and TypeScript checks, the
// rules below encode the architecture (ARCHITECTURE.md): the core is pure, modules form no cycle, the VS Code
// client reaches the server only through the protocol types, and the preview's page script stays a browser module.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

/** What the pure core (and the lead's vocabulary and recogniser folders inside it) must never import. */
const NOT_FROM_CORE = ['lsp', 'cli', 'node', 'preview', 'web', 'remark'].map((dir) => `./server/src/${dir}`);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.vscode-test/', 'test-results/', 'coverage/', 'bench/results.json', 'test/e2e/workspace*/', 'test/web/workspace/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.json', '.d.ts'] })],
    },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', performance: 'readonly' },
    },
    rules: {
      // Cycles (type-only imports included, which import-x's no-cycle skips) are dependency-cruiser's: .dependency-cruiser.cjs.
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `typeof import('…')` stays allowed: it types a require() of a built file without importing it.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // A computed require() is how a bundle loads a file at run time that it must not contain (the client gate,
      // node: built-ins in a bundle that also runs in a browser, built files in tests); a literal one hides a
      // dependency from the type checker and these rules.
      '@typescript-eslint/no-require-imports': 'off',
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.name='require'][arguments.length=1][arguments.0.type='Literal']",
        message: 'Use import: a literal require() hides a dependency from the type checker and the import rules.',
      }],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', {
        zones: [
          { target: './server/src/core', from: NOT_FROM_CORE, message: 'The core is pure: it imports no front end (lsp, cli, node, preview, web, remark).' },
          { target: './server/src/core', from: './client', message: 'The core knows nothing of the VS Code client.' },
        ],
      }],
      'no-restricted-imports': ['error', {
        paths: ['vscode', 'vscode-languageserver', 'vscode-languageserver/node', 'vscode-languageclient', 'fs', 'node:fs', 'child_process', 'node:child_process', 'worker_threads', 'node:worker_threads']
          .map((name) => ({ name, message: 'The core is pure: no editor, no file system, no processes (see ARCHITECTURE.md).' })),
      }],
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', {
        zones: [{
          target: './client/src',
          from: './server/src',
          // The custom LSP messages, and the pure test of which documents are checked, which the activation gate
          // needs before any server runs (core/checkedDocument.ts, on core/detect.ts).
          // The number and page formatting the status bar shares with the diagnostics (core/format.ts), the
          // new-document templates (content the client shows before any server runs), and the Word writer
          // and its image reader, which run where the file is written: in the CLI, or in the client.
          except: ['./protocol.ts', './web/protocol.ts', './core/checkedDocument.ts', './core/detect.ts', './core/format.ts', './templates', './export/images.ts', './export/loadDocx.ts'],
          message: 'The client talks to the server over LSP: import only server/src/protocol.ts, server/src/web/protocol.ts (types and message names), core/checkedDocument.ts (the activation gate), the templates or the Word writer.',
        }],
      }],
    },
  },
  {
    // The preview's page script runs in the browser (webview or exported page), apart from everything else.
    files: ['server/src/preview/page/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', {
        zones: [{ target: './server/src/preview/page', from: './', except: ['./server/src/preview/page'], message: 'The page script is a browser bundle of its own: it imports only its own modules.' }],
      }],
    },
  },
  {
    // Build scripts, benches and end-to-end drivers are plain Node ES modules; the code-server suites run in CommonJS.
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly', Buffer: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', fetch: 'readonly', AbortController: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', structuredClone: 'readonly' },
    },
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['test/e2e/suite/**/*.js', 'test/web/suite/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { exports: 'writable' } },
  },
  {
    // Drivers of a headless browser: the callbacks they hand to page.evaluate run in the page.
    files: ['test/e2e/*.mjs', 'test/preview/*.mjs', 'test/web/*.mjs'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', requestAnimationFrame: 'readonly' } },
  },
);
