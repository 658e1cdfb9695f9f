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

// "will be available in Japan later this year" is a plan beyond launch day, not launch talk. A month
// is not enough ("will launch in May" is exactly the launch talk this rule is for).
const FUTURE_TIME = /\b(?:next (?:year|month|quarter|week|spring|summer|fall|autumn|winter)|later (?:this|next) (?:year|month|quarter)|(?:in|by|from|until|before) (?:early |late |mid-)?(?:Q[1-4]|(?:the )?(?:first|second|third|fourth) quarter|20\d\d|spring|summer|fall|autumn|winter)|(?:in|within) (?:the )?(?:coming|next|following) (?:\w+ )?(?:days|weeks|months|years)|in a future (?:release|version|update)|in future (?:releases|versions|updates)|on the roadmap)\b/i;
// An answer to "Will it…?" or "When will…?" talks about the future by nature.
const FUTURE_QUESTION = /^\s*(?:q\s*\d*\s*[:.)]\s*)?(?:will\b|when will\b|are there plans|do you plan|is there a plan|what(?:'s| is) next\b)/i;

function sentenceAround(text: string, at: number): string {
  const before = text.slice(0, at).search(/[^.!?]*$/);
  const rest = text.slice(at);
  const end = rest.search(/[.!?](?:\s|$)/);
  return text.slice(before, end < 0 ? text.length : at + end + 1);
}

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
    const futureAnswers = [...model.faq.external, ...model.faq.internal].filter((e) => e.answerRange && FUTURE_QUESTION.test(e.question));
    for (const hit of findPhrases(blocks, phraseRegex(list), list)) {
      if (quotedRanges(hit.block).some(([s, e]) => hit.start >= s && hit.start < e)) continue;
      if (FUTURE_TIME.test(sentenceAround(hit.block.masked, hit.start - hit.block.start))) continue;
      if (futureAnswers.some((e) => e.answerRange!.start.offset <= hit.start && hit.start < e.answerRange!.end.offset)) continue;
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
