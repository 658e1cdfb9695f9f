// The press release is written as if the product has launched: "customers can", not "will be able to".
import type { Fix, Rule, RuleContext } from '../types';
import { isEnglish, proseBlocks, quotedRanges } from '../style/prose';
import { claimBlocks, partsOption } from '../style/options';
import { findPhrases, phraseRegex } from '../style/phrases';
import { rangeOf } from './util';

// Only launch talk: "will" in general is also conditional ("once synced, it will show…"), which is fine.
export const FUTURE_PHRASES: readonly string[] = [
  'will be able to', 'will launch', 'will be launched', 'will be launching', 'will be available', 'will become available',
  'will be released', 'will release', 'will ship', 'will be shipped', 'will be introduced', 'will introduce', 'will debut',
  'will roll out', 'will be rolled out', 'will be offered', 'will soon', 'is going to launch', 'are going to launch',
  'will be going live', 'will go live', 'will be generally available', 'plans to launch', 'plan to launch',
];

function fixFor(text: string, start: number, end: number): Fix | undefined {
  const written = text.slice(start, end);
  if (!/^will\s+be\s+able\s+to$/i.test(written)) return undefined;
  const can = written[0] === 'W' ? 'Can' : 'can';
  return { title: `Replace with "${can}"`, edits: [{ start, end, newText: can }] };
}

export const tense: Rule = {
  id: 'tense',
  description: 'Future tense about the launch ("will be able to", "will launch") in a release and external FAQ written as if the launch has happened.',
  defaultSeverity: 'info',
  defaultOptions: { phrases: [], parts: ['press-release', 'external-faq'] },
  fixable: true,
  category: 'style',
  check(context: RuleContext) {
    const { model } = context;
    if (!isEnglish(model)) return;
    const extra = Array.isArray(context.options.phrases) ? context.options.phrases.filter((p): p is string => typeof p === 'string') : [];
    const list = [...FUTURE_PHRASES, ...extra];
    // Quotes are people speaking: a customer may well say what they "will be able to" do.
    const blocks = claimBlocks(proseBlocks(model), partsOption(context), false);
    for (const hit of findPhrases(blocks, phraseRegex(list), list)) {
      if (quotedRanges(hit.block).some(([s, e]) => hit.start >= s && hit.start < e)) continue;
      const fix = fixFor(model.text, hit.start, hit.end);
      context.report({
        message: `"${hit.text.replace(/\s+/g, ' ')}": write as if the product has launched ("customers can…", "is available today").`,
        range: rangeOf(model, hit.start, hit.end),
        section: hit.block.section,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
