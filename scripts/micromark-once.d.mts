// Types of micromark-once.mjs (for vitest.config.ts).
export declare const micromarkOnceEsbuild: { name: string; setup(build: unknown): void };
export declare const micromarkOnceVite: { name: string; enforce: 'pre'; resolveId(source: string, importer?: string): string | null };
