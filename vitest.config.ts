import { defineConfig } from 'vitest/config';
import { pageScriptVitePlugin } from './scripts/pageScript.mjs';
import { micromarkOnceVite } from './scripts/micromark-once.mjs';

export default defineConfig({
  // The renderer imports the preview's page script as a bundle (`virtual:prfaq-page-script`), as esbuild.mjs builds it;
  // micromark-once gives one micromark parser per extension list, as in the bundles.
  plugins: [pageScriptVitePlugin(), micromarkOnceVite],
  test: {
    // Transformed by Vite (not loaded by Node directly) so that the micromark-once plugin applies.
    server: { deps: { inline: [/[\\/]remark-parse[\\/]/, /[\\/]mdast-util-from-markdown[\\/]/] } },
    include: ['test/unit/**/*.test.ts', 'test/server/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/preview/**/*.test.ts', 'test/neovim/**/*.test.ts', 'test/web/**/*.test.ts', 'test/export/**/*.test.ts'],
    testTimeout: 30000,
    // Fixed fast-check seed for every property test (FC_SEED overrides it).
    setupFiles: ['test/setup/fastCheck.ts'],
    reporters: ['default'],
  },
});
