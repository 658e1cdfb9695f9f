import { buildModel } from './recognise';
import { resolveConfig, frontMatterLayer, type ConfigLayer } from './config';
import { runRules } from './runRules';
import type { CheckResult } from './types';
import type { Root } from 'mdast';
import { parseBlockwise } from './blocks';
import { pageCounts } from './pages';
import { nextCheck } from './cache';

export interface CheckOptions {
  /** Editor settings or CLI defaults (lowest precedence above built-in defaults). */
  settings?: ConfigLayer;
  /** The nearest `.prfaqrc.json`, already read (highest precedence). */
  rcFile?: ConfigLayer;
  /** The mdast of exactly this text when the caller has it (the incremental checker); else parsed block-wise. */
  tree?: Root;
}

/**
 * Checks one PR/FAQ. Pure: text and configuration in, model and findings out.
 * Precedence: built-in defaults < settings < front matter `prfaq:` < rc file.
 */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  return finish(checkSteps(text, options));
}

/** Runs the steps of a check to the end. */
export function finish(steps: CheckSteps): CheckResult {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A check that pauses between its stages; the value of the last step is the result. */
export type CheckSteps = Generator<void, CheckResult, void>;

/**
 * The same check as `check`, paused after the parse and after the model, so that a caller with an event
 * loop (the language server) can let newer edits in between and drop a check nobody wants any more.
 * `parse` replaces the one-off block-wise parse (the incremental checker passes its cached parser).
 */
export function* checkSteps(text: string, options: CheckOptions = {}, parse: (text: string) => Root = parseBlockwise): CheckSteps {
  nextCheck();
  const tree = options.tree ?? parse(text);
  if (!options.tree) yield;
  const model = buildModel(text, tree);
  yield;
  const layers: ConfigLayer[] = [];
  if (options.settings) layers.push(options.settings);
  const fm = frontMatterLayer(model);
  if (fm) layers.push(fm);
  if (options.rcFile) layers.push(options.rcFile);
  const { config, problems } = resolveConfig(layers, model.lang);
  const findings = runRules(model, config);
  return { model, findings, config, configProblems: problems, pages: pageCounts(model, config) };
}
