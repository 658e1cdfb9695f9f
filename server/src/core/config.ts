import type { ConfigProblem, PrfaqModel, ResolvedConfig, RuleSetting, SectionId, SeveritySetting } from './types';
import { SECTION_IDS } from './types';
import { allRules } from './rules';
import { formatKeyPath, locateKey, type KeyPath } from './configLocate';
import { readStages } from './stages';
import { unsafeRegexReason } from './safeRegex';

/** One source of configuration, as written by the user. Later layers win. */
export interface ConfigLayer {
  /** File path, 'front matter' or 'settings'; used in messages. */
  source: string;
  value: unknown;
  /** The raw text of the source (JSON or YAML), so problems can name a line. */
  text?: string;
  /** Where `value` sits inside `text` (front matter: ['prfaq']); also prefixes keys in messages. */
  keyPrefix?: KeyPath;
  /** Lines before `text` in the file it came from (front matter starts after the `---` line). */
  lineOffset?: number;
  /** The source could not be read as data at all (e.g. front matter YAML that does not parse). */
  unreadable?: { message: string; line?: number; column?: number };
}

export const DEFAULT_WORDS_PER_PAGE = 500;
export const WORDS_PER_PAGE_RANGE = { min: 50, max: 5000 } as const;
/**
 * Characters of a script without spaces on a page, when no configuration says (measured on the preview's
 * layout in Chromium: docs/configuration.md). Japanese needs more characters than Chinese for the same text
 * (its kana), so its paragraphs are longer and the fixed gaps of a page (paragraph spacing, headings,
 * short last lines) take a smaller share: a page holds more of its characters.
 */
export const CHARS_PER_PAGE_BY_LANGUAGE: Readonly<Record<string, number>> = { ja: 1200, zh: 1000 };
/** Other scripts without spaces (Thai, Lao, Khmer, Myanmar) and documents of no detected language. */
export const DEFAULT_CHARS_PER_PAGE = 1100;
export const CHARS_PER_PAGE_RANGE = { min: 100, max: 10000 } as const;

/** The default `charsPerPage` for a document in `lang` (a BCP-47 tag: "ja", "zh-TW"…). */
export function defaultCharsPerPage(lang?: string): number {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return CHARS_PER_PAGE_BY_LANGUAGE[primary] ?? DEFAULT_CHARS_PER_PAGE;
}
export const MAX_BUDGET_PAGES = 1000;
export const DEFAULT_BUDGETS = { pressRelease: 1, faq: 5, total: 6 } as const;
export const DEFAULT_REQUIRED_SECTIONS: SectionId[] = [...SECTION_IDS];
export const SEVERITY_SETTINGS: SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];
export const CONFIG_KEYS = ['$schema', 'wordsPerPage', 'charsPerPage', 'budgets', 'requiredSections', 'placeholders', 'rules', 'stages'] as const;
const BUDGET_KEYS = ['pressRelease', 'faq', 'total'] as const;

/** The built-in configuration; `lang` (the document's language) picks the default `charsPerPage`. */
export function defaultConfig(lang?: string): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of allRules) rules[rule.id] = { severity: rule.defaultSeverity, options: { ...(rule.defaultOptions ?? {}) } };
  return {
    wordsPerPage: DEFAULT_WORDS_PER_PAGE,
    charsPerPage: defaultCharsPerPage(lang),
    budgets: { ...DEFAULT_BUDGETS },
    requiredSections: [...DEFAULT_REQUIRED_SECTIONS],
    placeholders: [],
    rules,
  };
}

/**
 * Merges layers over the defaults, validating each value; a bad value is reported and skipped, never fatal.
 * `lang` is the document's language, for the defaults that depend on it (`charsPerPage`).
 */
export function resolveConfig(layers: ConfigLayer[], lang?: string): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const config = defaultConfig(lang);
  const problems: ConfigProblem[] = [];
  for (const layer of layers) applyLayer(config, layer, problems);
  return { config, problems };
}

/**
 * The `prfaq:` key of the document's front matter, when it is an object (a bare `prfaq: true` only
 * marks the file). Front matter that does not parse but mentions `prfaq:` is reported, not ignored.
 */
export function frontMatterLayer(model: PrfaqModel): ConfigLayer | null {
  const fm = model.frontMatter;
  if (!fm) return null;
  if (!fm.data) {
    if (!fm.error || !/^prfaq[ \t]*:/m.test(fm.raw)) return null;
    const at = /at line (\d+), column (\d+)/.exec(fm.error);
    const message = `front matter is not valid YAML, so its prfaq settings are ignored: ${fm.error.replace(/ at line \d+, column \d+:?$/, '')}`;
    const where = at ? { line: Number(at[1]) + fm.range.start.line, column: Number(at[2]) } : { line: fm.range.start.line };
    return { source: 'front matter', value: undefined, unreadable: { message, ...where } };
  }
  const value = fm.data.prfaq;
  if (value === undefined || value === null || typeof value === 'boolean') return null;
  return { source: 'front matter', value, text: fm.raw, keyPrefix: ['prfaq'], lineOffset: fm.range.start.line };
}

/** `source:line:col: key: message`, the one-line form used by the CLI and logs. */
export function formatConfigProblem(p: ConfigProblem): string {
  const where = p.line ? `${p.source}:${p.line}:${p.column ?? 1}` : p.source;
  return p.key ? `${where}: ${p.key}: ${p.message}` : `${where}: ${p.message}`;
}

type Report = (path: KeyPath, message: string) => void;

function applyLayer(config: ResolvedConfig, layer: ConfigLayer, problems: ConfigProblem[]): void {
  const prefix = layer.keyPrefix ?? [];
  const report: Report = (path, message) => {
    const full = [...prefix, ...path];
    const at = locateKey(layer.text, full);
    const problem: ConfigProblem = { source: layer.source, key: formatKeyPath(full), message };
    if (at.line !== undefined) {
      problem.line = at.line + (layer.lineOffset ?? 0);
      problem.column = at.column;
    }
    problems.push(problem);
  };
  if (layer.unreadable) {
    problems.push({ source: layer.source, key: '', ...layer.unreadable });
    return;
  }
  const v = layer.value;
  if (v === undefined || v === null) return;
  if (!isPlainObject(v)) {
    report([], `expected an object with ${CONFIG_KEYS.slice(1).join(', ')}, got ${describe(v)}`);
    return;
  }
  for (const [key, value] of Object.entries(v)) {
    switch (key) {
      case '$schema':
        break;
      case 'wordsPerPage':
        applyWordsPerPage(config, value, report);
        break;
      case 'charsPerPage':
        applyCharsPerPage(config, value, report);
        break;
      case 'budgets':
        applyBudgets(config, value, report);
        break;
      case 'requiredSections':
        applyRequiredSections(config, value, report);
        break;
      case 'placeholders':
        applyPlaceholders(config, value, report);
        break;
      case 'rules':
        applyRules(config, value, report);
        break;
      case 'stages':
        config.stages = readStages(value, config.stages, report);
        break;
      default:
        report([key], `unknown key "${key}"${didYouMean(key, CONFIG_KEYS)}; expected one of ${CONFIG_KEYS.slice(1).join(', ')}`);
    }
  }
}

function applyWordsPerPage(config: ResolvedConfig, value: unknown, report: Report): void {
  const { min, max } = WORDS_PER_PAGE_RANGE;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) config.wordsPerPage = value;
  else report(['wordsPerPage'], `expected a number of words from ${min} to ${max}, got ${describe(value)}`);
}

function applyCharsPerPage(config: ResolvedConfig, value: unknown, report: Report): void {
  const { min, max } = CHARS_PER_PAGE_RANGE;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) config.charsPerPage = value;
  else report(['charsPerPage'], `expected a number of characters from ${min} to ${max}, got ${describe(value)}`);
}

function applyBudgets(config: ResolvedConfig, value: unknown, report: Report): void {
  if (!isPlainObject(value)) {
    report(['budgets'], `expected an object with pressRelease, faq and total (pages), got ${describe(value)}`);
    return;
  }
  for (const [k, pages] of Object.entries(value)) {
    if (!(BUDGET_KEYS as readonly string[]).includes(k)) {
      report(['budgets', k], `unknown budget "${k}"${didYouMean(k, BUDGET_KEYS)}; expected pressRelease, faq or total`);
    } else if (typeof pages !== 'number' || !(pages > 0) || pages > MAX_BUDGET_PAGES) {
      report(['budgets', k], `expected a number of pages greater than 0 and at most ${MAX_BUDGET_PAGES}, got ${describe(pages)}`);
    } else config.budgets[k as (typeof BUDGET_KEYS)[number]] = pages;
  }
}

function applyRequiredSections(config: ResolvedConfig, value: unknown, report: Report): void {
  if (!Array.isArray(value)) {
    report(['requiredSections'], `expected a list of section ids (${SECTION_IDS.join(', ')}), got ${describe(value)}`);
    return;
  }
  const ids: SectionId[] = [];
  value.forEach((id, i) => {
    if (typeof id === 'string' && (SECTION_IDS as readonly string[]).includes(id)) ids.push(id as SectionId);
    else report(['requiredSections', i], `expected a section id (${SECTION_IDS.join(', ')}), got ${describe(id)}${typeof id === 'string' ? didYouMean(id, SECTION_IDS) : ''}`);
  });
  config.requiredSections = ids;
}

function applyPlaceholders(config: ResolvedConfig, value: unknown, report: Report): void {
  if (!Array.isArray(value)) {
    report(['placeholders'], `expected a list of regular expressions (strings), got ${describe(value)}`);
    return;
  }
  value.forEach((source, i) => {
    if (typeof source !== 'string' || source === '') {
      report(['placeholders', i], `expected a regular expression as a non-empty string, got ${describe(source)}`);
      return;
    }
    const unsafe = unsafeRegexReason(source);
    if (unsafe) {
      report(['placeholders', i], `expected a regular expression that runs in linear time, got ${describe(source)}: ${unsafe}`);
      return;
    }
    try {
      new RegExp(source, 'iu');
      config.placeholders.push(source);
    } catch (e) {
      report(['placeholders', i], `expected a valid regular expression, got ${describe(source)} (${(e as Error).message})`);
    }
  });
}

function applyRules(config: ResolvedConfig, value: unknown, report: Report): void {
  if (!isPlainObject(value)) {
    report(['rules'], `expected an object of rule ids, got ${describe(value)}`);
    return;
  }
  const known = Object.keys(config.rules);
  for (const [id, setting] of Object.entries(value)) {
    const current = config.rules[id];
    if (!current) {
      report(['rules', id], `unknown rule "${id}"${didYouMean(id, known)}; known rules: ${known.join(', ') || '(none)'}`);
      continue;
    }
    const parsed = splitRuleSetting(setting);
    if (!parsed) {
      report(['rules', id], `expected a severity (${SEVERITY_SETTINGS.join('|')}), [severity, options] or { "severity": …, "options": … }, got ${describe(setting)}`);
      continue;
    }
    const { severity, options, severityPath, optionsPath } = parsed;
    if (severity !== undefined) {
      if (typeof severity === 'string' && (SEVERITY_SETTINGS as string[]).includes(severity)) current.severity = severity as SeveritySetting;
      else report(['rules', id, ...severityPath], `expected a severity (${SEVERITY_SETTINGS.join('|')}), got ${describe(severity)}${typeof severity === 'string' ? didYouMean(severity, SEVERITY_SETTINGS) : ''}`);
    }
    if (options !== undefined) applyRuleOptions(id, current, options, ['rules', id, ...optionsPath], report);
  }
}

interface SplitSetting {
  severity: unknown;
  options: unknown;
  severityPath: KeyPath;
  optionsPath: KeyPath;
}

/** A rule setting is `"warning"`, `["warning", {…}]` or `{ "severity": "warning", "options": {…} }`. */
function splitRuleSetting(setting: unknown): SplitSetting | null {
  if (typeof setting === 'string') return { severity: setting, options: undefined, severityPath: [], optionsPath: [] };
  if (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2) {
    return { severity: setting[0], options: setting[1], severityPath: [0], optionsPath: [1] };
  }
  if (isPlainObject(setting) && Object.keys(setting).every((k) => k === 'severity' || k === 'options')) {
    return { severity: setting.severity, options: setting.options, severityPath: ['severity'], optionsPath: ['options'] };
  }
  return null;
}

/** Options are checked against the rule's defaults: a rule declares every option it reads there. */
function applyRuleOptions(id: string, current: RuleSetting, options: unknown, path: KeyPath, report: Report): void {
  if (!isPlainObject(options)) {
    report(path, `expected an object of options, got ${describe(options)}`);
    return;
  }
  const defaults = allRules.find((r) => r.id === id)?.defaultOptions ?? {};
  const names = Object.keys(defaults);
  for (const [name, given] of Object.entries(options)) {
    if (!(name in defaults)) {
      report([...path, name], `unknown option "${name}" for rule ${id}${didYouMean(name, names)}; ${names.length ? `expected ${names.join(', ')}` : 'this rule has no options'}`);
      continue;
    }
    const expected = kindOf(defaults[name]);
    if (expected !== 'null' && kindOf(given) !== expected) {
      report([...path, name], `expected ${article(expected)}, got ${describe(given)}`);
      continue;
    }
    const itemKind = Array.isArray(defaults[name]) && (defaults[name] as unknown[]).length ? kindOf((defaults[name] as unknown[])[0]) : null;
    const badItem = itemKind && (given as unknown[]).findIndex((item) => kindOf(item) !== itemKind);
    if (typeof badItem === 'number' && badItem >= 0) {
      report([...path, name, badItem], `expected ${article(itemKind!)}, got ${describe((given as unknown[])[badItem])}`);
      continue;
    }
    current.options = { ...current.options, [name]: given };
  }
}

/** JSON kind of a value, as the schema names it. */
export function kindOf(v: unknown): 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : (typeof v as 'string' | 'number' | 'boolean');
}

function article(kind: string): string {
  return kind === 'array' ? 'a list' : kind === 'object' ? 'an object' : `a ${kind}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/** ` (did you mean "warning"?)` when a candidate is a small edit away. */
function didYouMean(given: string, candidates: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(given.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(given.toLowerCase(), c.toLowerCase());
    if (d < bestDistance || (c.toLowerCase().startsWith(given.toLowerCase()) && given.length >= 3 && d < bestDistance + 4)) {
      best = c;
      bestDistance = Math.min(d, bestDistance);
    }
  }
  return best && best !== given ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
