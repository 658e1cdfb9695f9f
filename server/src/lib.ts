/**
 * The PR/FAQ checker as a library: `import { check } from "prfaq"`.
 *
 * Everything here is pure: text and configuration in, a document model and findings out.
 * No file system, no editor, no LSP; the same functions answer the CLI, the language server and the preview.
 *
 * @example
 * ```ts
 * import { check } from 'prfaq';
 * const { findings, pages } = check(markdown, { rcFile: { source: '.prfaqrc.json', value: { wordsPerPage: 400 } } });
 * for (const f of findings) console.log(`${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.message} (${f.ruleId})`);
 * ```
 *
 * @packageDocumentation
 */
import { check as checkDocument, type CheckOptions } from './core/check';
import { resolveConfig as resolveLayers, defaultConfig as builtInConfig, type ConfigLayer } from './core/config';
import { buildModel as buildDocumentModel } from './core/recognise';
import { allRules as registeredRules } from './core/rules';
import { isPrfaqDocument as looksLikePrfaq, isPrfaqFileName as hasPrfaqName } from './core/detect';
import type { CheckResult, ConfigProblem, PrfaqModel, ResolvedConfig, Rule } from './core/types';

export type { CheckOptions, ConfigLayer };
export type {
  CheckResult,
  ConfigProblem,
  DisableDirective,
  FaqEntry,
  FaqFormat,
  FaqKind,
  Finding,
  Fix,
  FrontMatter,
  HeadingInfo,
  PageCounts,
  Point,
  PrfaqModel,
  Range,
  RelatedInfo,
  ResolvedConfig,
  Rule,
  RuleContext,
  RuleSetting,
  Section,
  SectionId,
  Severity,
  SeveritySetting,
  TextEdit,
  UserConfig,
  WordCounts,
  Budgets,
} from './core/types';
export { SECTION_IDS, PRESS_RELEASE_SECTIONS, FAQ_SECTIONS } from './core/types';

/**
 * Checks one PR/FAQ document.
 *
 * Configuration precedence, lowest first: built-in defaults, `options.settings`, the document's
 * front matter `prfaq:` block, `options.rcFile`. A bad configuration value never throws: it is
 * skipped and reported in `configProblems` with its source, key and line.
 *
 * @param text - The whole Markdown document.
 * @param options - Configuration layers; read `.prfaqrc.json` yourself and pass it as `rcFile`.
 * @returns The model, the findings (sorted by position; lines and columns 1-based), the resolved
 *   configuration, configuration problems and page counts.
 */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  return checkDocument(text, options);
}

/**
 * Parses a document into the PR/FAQ model (sections, FAQ entries, word counts) without running rules.
 *
 * @param text - The whole Markdown document.
 */
export function buildModel(text: string): PrfaqModel {
  return buildDocumentModel(text);
}

/**
 * Merges configuration layers over the defaults. Later layers win.
 *
 * @param layers - Each `{ source, value, text? }`; `text` (the raw JSON or YAML) lets problems name a line.
 * @param lang - The document's language ("ja", "zh"…): it picks the default `charsPerPage`.
 */
export function resolveConfig(layers: ConfigLayer[], lang?: string): { config: ResolvedConfig; problems: ConfigProblem[] } {
  return resolveLayers(layers, lang);
}

/** The configuration used when nothing is configured (for a document in `lang`, when given). */
export function defaultConfig(lang?: string): ResolvedConfig {
  return builtInConfig(lang);
}

/** Every rule, in the order it runs: id, description, default severity, options, category. Read-only. */
export const allRules: readonly Rule[] = registeredRules;

/**
 * Whether a document is a PR/FAQ: its file name (`*.prfaq.md`, `prfaq.md`, `pr-faq.md`, any case)
 * or front matter `prfaq: true`.
 */
export function isPrfaqDocument(path: string, text: string): boolean {
  return looksLikePrfaq(path, text);
}

/** Whether a file name alone marks a PR/FAQ. */
export function isPrfaqFileName(path: string): boolean {
  return hasPrfaqName(path);
}
