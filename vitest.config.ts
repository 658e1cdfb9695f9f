import { defineConfig } from 'vitest/config';
import { micromarkOnceVite } from './scripts/micromark-once.mjs';

export default defineConfig({
  plugins: [micromarkOnceVite],
  test: {
    // Transformed by Vite (not loaded by Node directly) so that the micromark-once plugin applies.
    server: { deps: { inline: [/[\\/]remark-parse[\\/]/, /[\\/]mdast-util-from-markdown[\\/]/] } },
    include: ['test/unit/**/*.test.ts', 'test/server/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/preview/**/*.test.ts', 'test/neovim/**/*.test.ts', 'test/web/**/*.test.ts'],
    testTimeout: 30000,
    reporters: ['default'],
  },
});
