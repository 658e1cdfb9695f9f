// Title-only lenses (command id '' renders as plain text in VS Code): size of each section, and the
// press release and FAQ against their page budgets.
import type { CodeLens, Range as LspRange } from 'vscode-languageserver';
import type { CheckResult, Range } from '../core/types';
import { toLspPosition } from './convert';
import { describeLength, sectionLength } from './figures';
import { formatDecimal, formatPages } from '../core/format';

export function codeLenses(result: CheckResult): CodeLens[] {
  const { model, pages, config } = result;
  const lenses: CodeLens[] = [];
  const budgetLens = (label: string, range: Range | null, used: number, budget: number) => {
    if (range) lenses.push(lens(range, `${label} ${formatDecimal(used)} / ${formatPages(budget)}`));
  };
  budgetLens('PR', model.pressReleaseRange, pages.pressRelease, config.budgets.pressRelease);
  budgetLens('FAQ', model.faqRange, pages.faq, config.budgets.faq);
  for (const section of model.sections) {
    lenses.push(lens(section.headingRange ?? section.range, describeLength(sectionLength(result, section))));
  }
  return lenses;
}

function lens(range: Range, title: string): CodeLens {
  const at = toLspPosition(range.start);
  const line: LspRange = { start: at, end: at };
  return { range: line, command: { title, command: '' } };
}
