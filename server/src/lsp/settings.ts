// Editor settings (section `prfaq`) → the server's own switches and a core ConfigLayer.
import type { ConfigLayer } from '../core/config';

export interface ServerSettings {
  enable: boolean;
  debounceMs: number;
  preview: { paper?: 'letter' | 'a4'; theme?: PreviewTheme };
  /** The checker part of the settings, for `check()`. */
  layer: ConfigLayer;
}

export const DEFAULT_DEBOUNCE_MS = 200;
const PREVIEW_THEMES = ['light', 'dark', 'paper', 'auto'] as const;
type PreviewTheme = (typeof PREVIEW_THEMES)[number];

/** Keys of the `prfaq` settings section that are checker configuration (same names as in the rc file). */
const CHECKER_KEYS = ['wordsPerPage', 'charsPerPage', 'budgets', 'rules', 'requiredSections', 'placeholders'] as const;

/** Reads the raw `prfaq` section. Unset (null/undefined) values fall back to defaults; wrong types reach the core, which reports them. */
export function parseSettings(raw: unknown): ServerSettings {
  const section = isObject(raw) ? raw : {};
  const value: Record<string, unknown> = {};
  for (const key of CHECKER_KEYS) {
    const v = section[key];
    if (v === undefined || v === null) continue;
    if (key === 'budgets' && isObject(v)) {
      const budgets = Object.fromEntries(Object.entries(v).filter(([, pages]) => pages !== null && pages !== undefined));
      if (Object.keys(budgets).length > 0) value.budgets = budgets;
    } else value[key] = v;
  }
  const preview = isObject(section.preview) ? section.preview : {};
  return {
    enable: section.enable !== false,
    debounceMs: readDebounce(section.debounceMs),
    preview: {
      paper: preview.paper === 'a4' || preview.paper === 'letter' ? preview.paper : undefined,
      theme: (PREVIEW_THEMES as readonly unknown[]).includes(preview.theme) ? (preview.theme as PreviewTheme) : undefined,
    },
    layer: { source: 'settings', value },
  };
}

/** `initializationOptions` may be the section itself or `{ prfaq: section }`. */
export function settingsFromInitializationOptions(options: unknown): unknown {
  if (isObject(options) && isObject(options.prfaq)) return options.prfaq;
  return options;
}

function readDebounce(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return DEFAULT_DEBOUNCE_MS;
  return Math.min(v, 10000);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
