import type { Rule } from './types';
import { SECTION_IDS } from './types';
import { allRules } from './rules';
import { ruleDocsUrl } from './runRules';
import { stagesSchema } from './stages';
import { CHARS_PER_PAGE_BY_LANGUAGE, CHARS_PER_PAGE_RANGE, DEFAULT_BUDGETS, DEFAULT_CHARS_PER_PAGE, DEFAULT_WORDS_PER_PAGE, MAX_BUDGET_PAGES, SEVERITY_SETTINGS, WORDS_PER_PAGE_RANGE, kindOf } from './config';

type Schema = Record<string, unknown>;

export const SCHEMA_ID = 'https://prfaq.invalid/schemas/prfaqrc.schema.json';

/** The JSON schema of `.prfaqrc.json`, built from the rule list so a new rule shows up in completion. */
export function buildConfigSchema(rules: readonly Rule[] = allRules): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'PR/FAQ checker configuration (.prfaqrc.json)',
    description: 'Configuration for prfaq. The nearest .prfaqrc.json up the folder tree wins over the front matter `prfaq:` key and editor settings.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The JSON schema this file follows, for editors.' },
      wordsPerPage: {
        type: 'number',
        minimum: WORDS_PER_PAGE_RANGE.min,
        maximum: WORDS_PER_PAGE_RANGE.max,
        default: DEFAULT_WORDS_PER_PAGE,
        description: `Words counted as one page when measuring budgets. Default ${DEFAULT_WORDS_PER_PAGE}.`,
      },
      charsPerPage: {
        type: 'number',
        minimum: CHARS_PER_PAGE_RANGE.min,
        maximum: CHARS_PER_PAGE_RANGE.max,
        description: `Characters of scripts written without spaces (Chinese, Japanese, Thai…) counted as one page when measuring budgets. Default by the document's language, a single-spaced page of the preview: ${Object.entries(CHARS_PER_PAGE_BY_LANGUAGE).map(([lang, n]) => `${n} for ${lang}`).join(', ')}, ${DEFAULT_CHARS_PER_PAGE} otherwise.`,
      },
      budgets: budgetsSchema(),
      requiredSections: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', enum: [...SECTION_IDS] },
        default: [...SECTION_IDS],
        description: 'Sections the missing-section rule asks for. Default: all of them.',
      },
      placeholders: {
        type: 'array',
        items: { type: 'string', minLength: 1, format: 'regex' },
        default: [],
        description: 'Extra placeholder patterns (regular expressions, matched case-insensitively), added to the built-in ones (TBD, TODO, XXX, Lorem ipsum…).',
      },
      rules: {
        type: 'object',
        description: 'Per-rule severity and options. A rule is set to a severity, [severity, options] or { "severity": …, "options": … }.',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSchema(rule)])),
      },
      stages: stagesSchema(),
    },
  };
}

function budgetsSchema(): Schema {
  const pages = (what: string, dflt: number): Schema => ({
    type: 'number',
    exclusiveMinimum: 0,
    maximum: MAX_BUDGET_PAGES,
    default: dflt,
    description: `Pages allowed for ${what}; a warning from 90 %, an error over it. Default ${dflt}.`,
  });
  return {
    type: 'object',
    additionalProperties: false,
    description: 'Length budgets in pages (words / wordsPerPage + characters of scripts without spaces / charsPerPage).',
    properties: {
      pressRelease: pages('the press release', DEFAULT_BUDGETS.pressRelease),
      faq: pages('the FAQ (external and internal)', DEFAULT_BUDGETS.faq),
      total: pages('the whole document', DEFAULT_BUDGETS.total),
    },
  };
}

function ruleSchema(rule: Rule): Schema {
  const severity: Schema = {
    type: 'string',
    enum: [...SEVERITY_SETTINGS],
    description: `Severity of ${rule.id}; "off" disables it. Default "${rule.defaultSeverity}".`,
  };
  const options = optionsSchema(rule);
  const docs = ruleDocsUrl(rule.id);
  const description = `${rule.description} (default: ${rule.defaultSeverity}). Docs: ${docs}`;
  return {
    description,
    markdownDescription: `${rule.description}\n\nDefault severity: \`${rule.defaultSeverity}\`. [Documentation](${docs})`,
    default: rule.defaultSeverity,
    oneOf: [
      severity,
      { type: 'array', items: [severity, options], minItems: 1, maxItems: 2, description: '[severity, options]' },
      { type: 'object', additionalProperties: false, properties: { severity, options }, description: '{ "severity": …, "options": … }' },
    ],
  };
}

function optionsSchema(rule: Rule): Schema {
  const defaults = rule.defaultOptions ?? {};
  const properties: Record<string, Schema> = {};
  for (const [name, value] of Object.entries(defaults)) {
    const kind = kindOf(value);
    properties[name] = {
      ...(kind === 'null' ? {} : { type: kind }),
      ...(kind === 'array' && Array.isArray(value) && value.length > 0 ? { items: { type: kindOf(value[0]) } } : {}),
      default: value,
      description: `Option ${name} of ${rule.id}. Default ${JSON.stringify(value)}.`,
    };
  }
  return {
    type: 'object',
    additionalProperties: false,
    properties,
    description: Object.keys(properties).length ? `Options of ${rule.id}.` : `${rule.id} has no options.`,
  };
}

/** The schema file as written to disk: stable key order, two-space indent, final newline. */
export function configSchemaText(rules: readonly Rule[] = allRules): string {
  return JSON.stringify(buildConfigSchema(rules), null, 2) + '\n';
}
