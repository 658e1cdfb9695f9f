// Hover on a section heading: its size and share of its budget; on an FAQ question: answered or not;
// on a release paragraph or an FAQ answer (English documents): its reading ease and grade.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { CheckResult, FaqEntry, Section } from '../core/types';
import { containsPosition, toLspRange } from './convert';
import { budgetOf, describeBudget, describeLength, describeSize, entryLength, sectionLength } from './figures';
import { plural } from '../core/format';
import { sectionTitle } from '../core/rules/sectionText';
import { describeReadability, readabilityOf, type ReadabilityUnit } from '../core/style/readability';

export function hover(result: CheckResult, position: Position): Hover | null {
  const { model } = result;
  const section = model.sections.find((s) => s.headingRange && containsPosition(toLspRange(s.headingRange), position));
  if (section) return { contents: { kind: MarkupKind.Markdown, value: sectionHover(result, section) }, range: toLspRange(section.headingRange!) };
  const entry = [...model.faq.external, ...model.faq.internal].find((e) => containsPosition(toLspRange(e.range), position));
  if (entry) return { contents: { kind: MarkupKind.Markdown, value: questionHover(result, entry) }, range: toLspRange(entry.range) };
  if (!/^en\b/i.test(model.lang)) return null;
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
