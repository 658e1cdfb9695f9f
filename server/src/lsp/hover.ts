// Hover on a container heading (the press release, the FAQ, its external and internal parts): the
// part's size, share of its budget and, for the FAQ, its questions; on a section heading: its size and
// share of its budget; on an FAQ question: answered or not; on a release paragraph or an FAQ answer
// (English documents): its reading ease and grade.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { BlockInfo, CheckResult, FaqEntry, Range, Section } from '../core/types';
import type { Part } from '../core/pages';
import { containsPosition, toLspRange } from './convert';
import { budgetOf, describeBudget, describeLength, describeSize, entryLength, partLength, sectionLength } from './figures';
import { plural } from '../core/format';
import { sectionTitle } from '../core/rules/sectionText';
import { describeReadability, readabilityOf, type ReadabilityUnit } from '../core/style/readability';
import { isEnglish } from '../core/style/prose';

export function hover(result: CheckResult, position: Position): Hover | null {
  const { model } = result;
  const container = containerAt(result, position);
  if (container) return container;
  const section = model.sections.find((s) => s.headingRange && containsPosition(toLspRange(s.headingRange), position));
  if (section) return { contents: { kind: MarkupKind.Markdown, value: sectionHover(result, section) }, range: toLspRange(section.headingRange!) };
  const entry = [...model.faq.external, ...model.faq.internal].find((e) => containsPosition(toLspRange(e.range), position));
  if (entry) return { contents: { kind: MarkupKind.Markdown, value: questionHover(result, entry) }, range: toLspRange(entry.range) };
  if (!isEnglish(model)) return null;
  const unit = readabilityOf(model).find((u) => containsPosition(toLspRange(u.range), position));
  if (unit) return { contents: { kind: MarkupKind.Markdown, value: readabilityHover(unit) }, range: toLspRange(unit.range) };
  return null;
}

/** The same figures the readability rule judges, so a writer can see how close a paragraph is. */
export function readabilityHover(unit: ReadabilityUnit): string {
  const { words: count, sentences } = unit.scores;
  const what = unit.kind === 'answer' ? 'This answer' : 'This paragraph';
  return `${what}: ${describeReadability(unit.scores, (v) => `**${v}**`)} · ${plural(count, 'word')} in ${plural(sentences, 'sentence')}`;
}

function sectionHover(result: CheckResult, section: Section): string {
  const budget = budgetOf(result, section.id);
  const length = sectionLength(result, section);
  const share = budget.pages > 0 ? Math.round((length.pages / budget.pages) * 100) : 0;
  const lines = [
    `**${sectionTitle(section.id)}**${section.empty ? ' (no content yet)' : ''}`,
    '',
    `${describeLength(length)} · ${share}% of the ${budget.name} budget (${describeBudget(length, budget.pages)})`,
  ];
  return lines.join('\n');
}

function questionHover(result: CheckResult, entry: FaqEntry): string {
  const kind = entry.kind === 'internal' ? 'Internal' : 'External';
  const state = entry.answered ? 'answered' : '**not answered**';
  const length = entryLength(result, entry);
  return `${kind} FAQ question · ${state} · ${describeSize(length)}`;
}

const FAQ_NAMES = new Set<BlockInfo['names']>(['faq', 'external-faq', 'internal-faq']);

/** The heading of the press release or of (a part of) the FAQ under the cursor, with that part's figures. */
function containerAt(result: CheckResult, position: Position): Hover | null {
  const { blocks } = result.model;
  const at = blocks.findIndex((b) => b.kind === 'heading' && containsPosition(toLspRange(b.range), position));
  if (at < 0) return null;
  const heading = blocks[at];
  const release = (heading.names === 'press-release' || heading.names === 'prfaq') && blocks[at + 1]?.region === 'pr';
  if (release) return containerHover(result, heading.range, 'pressRelease', 'Press release', result.config.budgets.pressRelease, null);
  if (!FAQ_NAMES.has(heading.names) || heading.region !== 'faq') return null;
  // What this heading holds: blocks until the next heading at its level or above.
  let end = at + 1;
  while (end < blocks.length && blocks[end].region === 'faq' && !(blocks[end].kind === 'heading' && blocks[end].level <= heading.level)) end++;
  const scope = blocks.slice(at, end);
  const kinds = new Set(scope.map((b) => b.faqKind));
  const part: Part = kinds.size > 1 ? 'faq' : kinds.has('internal') ? 'internalFaq' : 'externalFaq';
  const title = part === 'faq' ? 'FAQ' : part === 'internalFaq' ? 'Internal FAQ' : 'External FAQ';
  const entries = [...result.model.faq.external, ...result.model.faq.internal].filter((e) => (part === 'faq' || e.kind === (part === 'internalFaq' ? 'internal' : 'external')));
  return containerHover(result, heading.range, part, title, result.config.budgets.faq, entries);
}

function containerHover(result: CheckResult, range: Range, part: Part, title: string, budgetPages: number, entries: FaqEntry[] | null): Hover {
  const length = partLength(result, part);
  const share = budgetPages > 0 ? Math.round((length.pages / budgetPages) * 100) : 0;
  const budgetName = part === 'pressRelease' ? 'press release' : 'FAQ';
  const lines = [`**${title}**`, '', `${describeLength(length)} · ${share}% of the ${budgetName} budget (${describeBudget(length, budgetPages)})`];
  if (entries) {
    const answered = entries.filter((e) => e.answered).length;
    lines.push('', `${plural(entries.length, 'question')} · ${answered} answered${answered < entries.length ? ` · **${entries.length - answered} not answered**` : ''}`);
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toLspRange(range) };
}
