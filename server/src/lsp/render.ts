// The preview's HTML, rendered from the same check result the diagnostics come from.
import type { CheckResult } from '../core/types';
import type { ExportDocument } from '../export/outline';
import type { RenderParams } from '../protocol';
import type { ServerSettings } from './settings';

/**
 * The renderer (rehype, hast-util-raw, parse5) is loaded on the first render, not at start-up: a server
 * whose user never opens the preview neither pays its start-up time nor holds it in memory. The Node
 * server finds it in dist/preview.js (esbuild.mjs); the web worker's bundle keeps it inside, initialised
 * on first use.
 */
export async function renderPreview(result: CheckResult, params: RenderParams, settings: ServerSettings): Promise<string> {
  const { renderHtml } = await import('../export/renderers');
  return renderHtml(result, {
    paper: params.paper ?? settings.preview.paper,
    theme: params.theme ?? settings.preview.theme,
    forWebview: params.forWebview,
  });
}

/** The document for the Word export, from the same reading of the release as the preview (loaded on first use too). */
export async function exportDocumentOf(result: CheckResult): Promise<ExportDocument> {
  const { exportDocument } = await import('../export/renderers');
  return exportDocument(result);
}
