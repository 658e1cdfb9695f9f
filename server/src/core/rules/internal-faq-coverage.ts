// The internal FAQ is where stakeholders find the hard questions answered: cost, risk, market, dependencies,
// how success is measured. One that skips them all invites the questions in the meeting instead.
import type { Rule, RuleContext } from '../types';
import { isEnglish } from '../style/prose';
import { sectionAnchor } from './util';
import { BoundedCache, KeyedMemos } from '../cache';

/** Topic → words that show a question (or its answer) is about it; matched as word starts, case-insensitively. */
export const DEFAULT_TOPICS: Record<string, string[]> = {
  cost: ['cost', 'price', 'pricing', 'budget', 'spend', 'expense', 'headcount', 'resourc', 'invest', 'how much', 'engineer', 'funding', 'margin', 'p&l', 'profit', 'revenue'],
  risks: ['risk', 'fail', 'downside', 'threat', 'concern', 'worr', 'what could go wrong', 'mitigat', 'challenge', 'hard part', 'hardest'],
  'market size': ['market', 'tam', 'addressable', 'how many customers', 'how many users', 'demand', 'segment', 'opportunity', 'audience'],
  dependencies: ['depend', 'rely', 'relies', 'third-party', 'third party', 'partner', 'prerequisite', 'blocker', 'vendor', 'other teams'],
  'success metrics': ['metric', 'kpi', 'measure', 'success', 'goal', 'target', 'adoption', 'okr', 'how will we know'],
};

function topicsOption(value: unknown): Record<string, string[]> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return DEFAULT_TOPICS;
  const out: Record<string, string[]> = {};
  for (const [name, words] of Object.entries(value as Record<string, unknown>)) {
    if (Array.isArray(words)) out[name] = words.filter((w): w is string => typeof w === 'string' && w.trim() !== '');
  }
  return out;
}

function mentions(text: string, words: string[]): boolean {
  return wordStarts(words).test(text);
}

// One expression per topic's words, compiled once, not on every check (no `g` flag: `test` keeps no
// state between texts). One per word was 55 expressions to compile at the first check.
const wordStartsByList = new BoundedCache<string, RegExp>('internal-faq-coverage: topic word expressions', 200);

function wordStarts(words: string[]): RegExp {
  return wordStartsByList.get(words.join('\u0001'), () => {
    const alternatives = words.map((word) => word.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).filter(Boolean);
    return alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'iu') : /(?!)/;
  });
}

/** The topics a question and its answer are about, by their text (one memo per topic list). */
const topicsByText = new KeyedMemos<string[]>('internal-faq-coverage: topics by entry text', 10);

function listWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export const internalFaqCoverage: Rule = {
  id: 'internal-faq-coverage',
  description: 'An internal FAQ that asks nothing about cost, risks, market size, dependencies or success metrics (topics configurable).',
  defaultSeverity: 'hint',
  defaultOptions: { topics: DEFAULT_TOPICS },
  fixable: false,
  category: 'style',
  check(context: RuleContext) {
    const { model } = context;
    if (!isEnglish(model)) return;
    const section = model.sections.find((s) => s.id === 'internal-faq');
    const entries = model.faq.internal;
    // No internal FAQ, or one not yet written: missing-section and the empty-section checks speak to that.
    if (!section || (entries.length === 0 && section.empty)) return;
    // Questions with no answers yet are an unfilled template; faq-unanswered speaks to that.
    if (entries.length > 0 && !entries.some((e) => e.answered)) return;
    const topics = topicsOption(context.options.topics);
    // Entry by entry (each remembered by its text, so a re-check reads the edited entry alone).
    const memo = topicsByText.for(JSON.stringify(topics));
    const covered = new Set<string>();
    const texts = entries.length ? entries.map((e) => `${e.question}\n${e.answerText}`) : [section.text];
    for (const text of texts) {
      for (const name of memo.get(text, () => Object.entries(topics).filter(([, words]) => mentions(text, words)).map(([n]) => n))) covered.add(name);
    }
    const missing = Object.entries(topics).filter(([name, words]) => words.length > 0 && !covered.has(name)).map(([name]) => name);
    if (missing.length === 0) return;
    context.report({
      message: `The internal FAQ asks nothing about ${listWords(missing)}. Stakeholders will ask: add a question for each.`,
      range: sectionAnchor(model, section),
      section: 'internal-faq',
    });
  },
};
