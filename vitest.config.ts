import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/server/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/preview/**/*.test.ts', 'test/neovim/**/*.test.ts', 'test/web/**/*.test.ts', 'test/export/**/*.test.ts'],
    testTimeout: 30000,
    reporters: ['default'],
  },
});
