// Types of scripts/pageScript.mjs (imported by vitest.config.ts and the TypeScript build scripts).
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export const PAGE_SCRIPT_MODULE: 'virtual:prfaq-page-script';
export const PAGE_SCRIPT_ENTRY: string;
export function bundlePageScript(): Promise<{ code: string; sha256: string; inputs: string[] }>;
export const pageScriptPlugin: EsbuildPlugin;
export function pageScriptVitePlugin(): VitePlugin;
