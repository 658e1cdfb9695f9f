// The preview's HTML, rendered from the same check result the diagnostics come from.
import type { CheckResult } from '../core/types';
import { renderHtml } from '../preview/render';
import type { RenderParams } from '../protocol';
import type { ServerSettings } from './settings';

export function renderPreview(result: CheckResult, params: RenderParams, settings: ServerSettings): string {
  return renderHtml(result, {
    paper: params.paper ?? settings.preview.paper,
    theme: params.theme ?? settings.preview.theme,
    forWebview: params.forWebview,
  });
}
