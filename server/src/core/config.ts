import type { ConfigProblem, PrfaqModel, ResolvedConfig, RuleSetting, SectionId, SeveritySetting } from './types';
import { SECTION_IDS } from './types';
import { allRules } from './rules';

/** One source of configuration, as written by the user. Later layers win. */
export interface ConfigLayer {
  /** File path, 'front matter' or 'settings'; used in messages. */
  source: string;
  value: unknown;
  /** The raw text of the source, so problems can name a line. */
  text?: string;
}

export const DEFAULT_WORDS_PER_PAGE = 500;
export const DEFAULT_REQUIRED_SECTIONS: SectionId[] = ['headline', 'summary', 'problem', 'solution', 'customer-quote', 'external-faq', 'internal-faq'];

export function defaultConfig(): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of allRules) rules[rule.id] = { severity: rule.defaultSeverity, options: { ...(rule.defaultOptions ?? {}) } };
  return {
    wordsPerPage: DEFAULT_WORDS_PER_PAGE,
    budgets: { pressRelease: 1, faq: 5, total: 6 },
    requiredSections: [...DEFAULT_REQUIRED_SECTIONS],
    placeholders: [],
    rules,
  };
}

const SEVERITIES: SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Merges layers over the defaults, validating each value; a bad value is reported and skipped, never fatal. */
export function resolveConfig(layers: ConfigLayer[]): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  for (const layer of layers) applyLayer(config, layer, problems);
  return { config, problems };
}

/** The `prfaq:` key of the document's front matter, when it is an object (a bare `prfaq: true` only marks the file). */
export function frontMatterLayer(model: PrfaqModel): ConfigLayer | null {
  const data = model.frontMatter?.data;
  if (!data || typeof data !== 'object') return null;
  const value = (data as Record<string, unknown>).prfaq;
  if (value === undefined || value === null || typeof value === 'boolean') return null;
  return { source: 'front matter', value };
}

function applyLayer(config: ResolvedConfig, layer: ConfigLayer, problems: ConfigProblem[]): void {
  const report = (key: string, message: string) => problems.push({ source: layer.source, key, message, ...locate(layer.text, key) });
  const v = layer.value;
  if (v === undefined || v === null) return;
  if (typeof v !== 'object' || Array.isArray(v)) {
    report('', `expected an object, got ${describe(v)}`);
    return;
  }
  for (const [key, value] of Object.entries(v as Record<string, unknown>)) {
    switch (key) {
      case '$schema':
        break;
      case 'wordsPerPage':
        if (typeof value === 'number' && Number.isFinite(value) && value >= 50 && value <= 5000) config.wordsPerPage = value;
        else report(key, `expected a number from 50 to 5000, got ${describe(value)}`);
        break;
      case 'budgets':
        applyBudgets(config, value, report);
        break;
      case 'requiredSections':
        if (Array.isArray(value) && value.every((s) => typeof s === 'string' && (SECTION_IDS as readonly string[]).includes(s))) {
          config.requiredSections = value as SectionId[];
        } else {
          report(key, `expected a list of section ids (${SECTION_IDS.join(', ')}), got ${describe(value)}`);
        }
        break;
      case 'placeholders':
        if (Array.isArray(value) && value.every((s) => typeof s === 'string')) {
          for (const source of value as string[]) {
            try {
              new RegExp(source, 'iu');
              config.placeholders.push(source);
            } catch (e) {
              report(key, `"${source}" is not a valid regular expression (${(e as Error).message})`);
            }
          }
        } else report(key, `expected a list of regular expressions (strings), got ${describe(value)}`);
        break;
      case 'rules':
        applyRules(config, value, report);
        break;
      default:
        report(key, `unknown key "${key}"; expected one of wordsPerPage, budgets, requiredSections, placeholders, rules`);
    }
  }
}

function applyBudgets(config: ResolvedConfig, value: unknown, report: (key: string, message: string) => void): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report('budgets', `expected an object with pressRelease, faq and total (pages), got ${describe(value)}`);
    return;
  }
  for (const [k, pages] of Object.entries(value as Record<string, unknown>)) {
    if (k !== 'pressRelease' && k !== 'faq' && k !== 'total') {
      report(`budgets.${k}`, `unknown budget "${k}"; expected pressRelease, faq or total`);
    } else if (typeof pages !== 'number' || !(pages > 0) || pages > 1000) {
      report(`budgets.${k}`, `expected a number of pages greater than 0, got ${describe(pages)}`);
    } else config.budgets[k] = pages;
  }
}

function applyRules(config: ResolvedConfig, value: unknown, report: (key: string, message: string) => void): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report('rules', `expected an object of rule ids, got ${describe(value)}`);
    return;
  }
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    const key = `rules.${id}`;
    const current = config.rules[id];
    if (!current) {
      report(key, `unknown rule "${id}"; known rules: ${Object.keys(config.rules).join(', ')}`);
      continue;
    }
    let severity: unknown;
    let options: unknown;
    if (typeof setting === 'string') severity = setting;
    else if (Array.isArray(setting)) [severity, options] = setting;
    else if (typeof setting === 'object' && setting !== null) ({ severity, options } = setting as { severity?: unknown; options?: unknown });
    else {
      report(key, `expected a severity (${SEVERITIES.join('|')}), [severity, options] or { severity, options }, got ${describe(setting)}`);
      continue;
    }
    if (severity !== undefined) {
      if (typeof severity === 'string' && (SEVERITIES as string[]).includes(severity)) current.severity = severity as SeveritySetting;
      else report(key, `expected a severity (${SEVERITIES.join('|')}), got ${describe(severity)}`);
    }
    if (options !== undefined) {
      if (typeof options === 'object' && options !== null && !Array.isArray(options)) current.options = { ...current.options, ...options };
      else report(`${key}.options`, `expected an object of options, got ${describe(options)}`);
    }
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/** Best-effort line of a key in the source text: the last path segment as a quoted JSON key or a YAML key. */
function locate(text: string | undefined, key: string): { line?: number; column?: number } {
  if (!text || !key) return {};
  const last = key.split('.').pop()!;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const col = lines[i].indexOf(`"${last}"`);
    if (col >= 0) return { line: i + 1, column: col + 1 };
  }
  for (let i = 0; i < lines.length; i++) {
    const m = new RegExp(`^(\\s*)${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).exec(lines[i]);
    if (m) return { line: i + 1, column: m[1].length + 1 };
  }
  return {};
}
