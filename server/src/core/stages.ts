// A document's stage (front matter `status: draft | review | final`) tunes severities: a draft is not
// scolded for style and may still hold placeholders; a final document may hold neither gaps nor placeholders.
import type { PrfaqModel, ResolvedConfig, Rule, Severity } from './types';

export type Stage = 'draft' | 'review' | 'final';
export const STAGES: readonly Stage[] = ['draft', 'review', 'final'];

/** Front matter `status` values that mean each stage (config key `stages` replaces a stage's list). */
export const DEFAULT_STAGE_NAMES: Record<Stage, string[]> = {
  draft: ['draft', 'wip', 'work in progress'],
  review: ['review', 'in review', 'ready for review'],
  final: ['final', 'approved', 'published'],
};

const PLACEHOLDER_RULES = new Set(['placeholder']);
const MISSING_SECTION_RULES = new Set(['missing-section']);

/** The stage the front matter names, or null when it names none (severities then stay as configured). */
export function documentStage(model: PrfaqModel, config: Pick<ResolvedConfig, 'stages'>): Stage | null {
  const status = model.frontMatter?.data?.status;
  if (typeof status !== 'string') return null;
  const wanted = status.trim().toLowerCase();
  const names = { ...DEFAULT_STAGE_NAMES, ...(config.stages ?? {}) };
  return STAGES.find((stage) => (names[stage] ?? []).some((n) => n.trim().toLowerCase() === wanted)) ?? null;
}

/** The severity a finding gets at this stage. */
export function stageSeverity(category: Rule['category'], ruleId: string, stage: Stage | null, severity: Severity): Severity {
  if (stage === 'draft') {
    if (category === 'style') return 'hint';
    if (PLACEHOLDER_RULES.has(ruleId)) return 'info';
  }
  if (stage === 'final' && (PLACEHOLDER_RULES.has(ruleId) || MISSING_SECTION_RULES.has(ruleId))) return 'error';
  return severity;
}

type Report = (path: Array<string | number>, message: string) => void;

/** Validates the config value `stages`; returns the stage names to use (unknown stages and bad lists are reported and skipped). */
export function readStages(value: unknown, current: Partial<Record<Stage, string[]>> | undefined, report: Report): Partial<Record<Stage, string[]>> {
  const out: Partial<Record<Stage, string[]>> = { ...(current ?? {}) };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    report(['stages'], `expected an object like { "draft": ["draft", "wip"], "final": ["final"] }, got ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}`);
    return out;
  }
  for (const [stage, names] of Object.entries(value as Record<string, unknown>)) {
    if (!(STAGES as readonly string[]).includes(stage)) {
      report(['stages', stage], `unknown stage "${stage}"; expected draft, review or final`);
    } else if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string' && n.trim() !== '')) {
      report(['stages', stage], `expected a non-empty list of front matter status values (strings), got ${JSON.stringify(names)}`);
    } else out[stage as Stage] = names as string[];
  }
  return out;
}

/** The JSON schema of `stages`, for the generated config schema. */
export function stagesSchema(): Record<string, unknown> {
  const list = (stage: Stage) => ({
    type: 'array',
    minItems: 1,
    items: { type: 'string', minLength: 1 },
    default: DEFAULT_STAGE_NAMES[stage],
    description: `Front matter \`status\` values that mark a document as ${stage}. Default ${JSON.stringify(DEFAULT_STAGE_NAMES[stage])}.`,
  });
  return {
    type: 'object',
    additionalProperties: false,
    description:
      'Names of the document stages in front matter `status`. In a draft, style findings are hints and placeholders info; in a final document, placeholders and missing sections are errors.',
    properties: { draft: list('draft'), review: list('review'), final: list('final') },
  };
}
