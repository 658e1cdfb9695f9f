// The preview's page script (server/src/preview/page, TypeScript for the browser) as a module the renderer
// imports: `import { PAGE_SCRIPT, PAGE_SCRIPT_SHA256 } from 'virtual:prfaq-page-script'`. esbuild bundles it
// once per build; its SHA-256 (for the exported page's Content-Security-Policy) is computed from that bundle.
// One plugin for esbuild (esbuild.mjs, scripts/run.mjs) and one for Vite (vitest.config.ts), same bundle.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const PAGE_SCRIPT_MODULE = 'virtual:prfaq-page-script';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PAGE_SCRIPT_ENTRY = path.join(ROOT, 'server/src/preview/page/main.ts');

/** Bundles the page script: `{ code, sha256, inputs }` (inputs: the source files, for watch mode). */
export async function bundlePageScript() {
  const out = await esbuild.build({
    entryPoints: [PAGE_SCRIPT_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    // Webviews are Chromium; an exported page may be opened in any browser of the last years.
    target: 'es2017',
    platform: 'browser',
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    logLevel: 'silent',
  });
  // Inlined in <script>: a literal "</script" inside it would end the element early.
  const code = out.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const sha256 = createHash('sha256').update(code, 'utf8').digest('base64');
  return { code, sha256, inputs: Object.keys(out.metafile.inputs).map((f) => path.resolve(ROOT, f)) };
}

const moduleText = ({ code, sha256 }) =>
  `export const PAGE_SCRIPT = ${JSON.stringify(code)};\nexport const PAGE_SCRIPT_SHA256 = ${JSON.stringify(sha256)};\n`;

/** esbuild plugin: resolves the virtual module to the bundled script. */
export const pageScriptPlugin = {
  name: 'prfaq-page-script',
  setup(build) {
    build.onResolve({ filter: /^virtual:prfaq-page-script$/ }, () => ({ path: PAGE_SCRIPT_MODULE, namespace: 'prfaq-page-script' }));
    build.onLoad({ filter: /.*/, namespace: 'prfaq-page-script' }, async () => {
      const bundle = await bundlePageScript();
      return { contents: moduleText(bundle), loader: 'js', watchFiles: bundle.inputs };
    });
  },
};

/** Vite plugin (vitest runs the TypeScript sources): the same module. */
export function pageScriptVitePlugin() {
  const resolved = `\0${PAGE_SCRIPT_MODULE}`;
  return {
    name: 'prfaq-page-script',
    resolveId: (id) => (id === PAGE_SCRIPT_MODULE ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      const bundle = await bundlePageScript();
      for (const file of bundle.inputs) this.addWatchFile(file);
      return moduleText(bundle);
    },
  };
}
