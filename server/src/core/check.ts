import { buildModel } from './recognise';
import { resolveConfig, frontMatterLayer, type ConfigLayer } from './config';
import { runRules } from './runRules';
import type { CheckResult } from './types';
import type { Root } from 'mdast';
import { parseBlockwise } from './blocks';
import { pageCounts } from './pages';

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
  const model = buildModel(text, options.tree ?? parseBlockwise(text));
  const layers: ConfigLayer[] = [];
  if (options.settings) layers.push(options.settings);
  const fm = frontMatterLayer(model);
  if (fm) layers.push(fm);
  if (options.rcFile) layers.push(options.rcFile);
  const { config, problems } = resolveConfig(layers, model.lang);
  const findings = runRules(model, config);
  return { model, findings, config, configProblems: problems, pages: pageCounts(model, config) };
}
