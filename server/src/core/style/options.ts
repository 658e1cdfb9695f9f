// Reading the style rules' options. Values of the wrong kind are reported by the config layer; these
// helpers only have to survive odd values that got past it (an empty list, a string among numbers).
import type { RuleContext } from '../types';
import { PROSE_PARTS, blankRange, type ProseBlock, type ProsePart } from './prose';
import { stringList } from '../rules/util';

export function listOption(context: RuleContext, name: string): string[] {
  return stringList(context.options[name]);
}

export function numberOption(context: RuleContext, name: string, fallback: number): number {
  const v = context.options[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export function booleanOption(context: RuleContext, name: string, fallback: boolean): boolean {
  const v = context.options[name];
  return typeof v === 'boolean' ? v : fallback;
}

/** The parts of the document a rule reads (option `parts`). */
export function partsOption(context: RuleContext): Set<ProsePart> {
  return new Set(listOption(context, 'parts').filter((p): p is ProsePart => (PROSE_PARTS as readonly string[]).includes(p)));
}

/** Blocks in the chosen parts, FAQ questions left out (people asking are not making claims). */
export function claimBlocks(blocks: readonly ProseBlock[], parts: Set<ProsePart>, withQuotes: boolean): ProseBlock[] {
  // Several rules ask for the same blocks of one check: the questions are blanked once.
  let byChoice = claimed.get(blocks);
  if (!byChoice) claimed.set(blocks, (byChoice = new Map()));
  const key = `${[...parts].sort().join(',')}|${withQuotes}`;
  let out = byChoice.get(key);
  if (!out) {
    out = blocks
      .filter((b) => parts.has(b.part) && (withQuotes || !b.quoted))
      .map((b) => (b.question ? blankRange(b, b.question.range.start.offset, b.question.range.end.offset) : b))
      .filter((b) => /[\p{L}\p{N}]/u.test(b.masked));
    byChoice.set(key, out);
  }
  return out;
}

/** Per list of prose blocks (one per check's model): claimBlocks' answers by parts and quotes. */
const claimed = new WeakMap<readonly ProseBlock[], Map<string, ProseBlock[]>>();
