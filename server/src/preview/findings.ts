// Findings shown in place: missing sections as dashed boxes, placeholders highlighted.
import type { Element, ElementContent, Root, Text } from 'hast';
import { SECTION_IDS, type CheckResult, type Finding, type SectionId } from '../core/types';
import { h, isElement, startLine, text, topBlocks } from './hast';
import { SECTION_TITLES } from './labels';

type TextVisitor = (node: Text, parent: Element) => void;

function eachText(parent: Root | Element, visit: TextVisitor): void {
  for (const child of [...parent.children]) {
    if (child.type === 'text' && parent.type === 'element') visit(child, parent);
    else if (isElement(child) && child.tagName !== 'mark') eachText(child, visit);
  }
}

function markPlaceholder(root: Root, source: string, finding: Finding): void {
  const { start, end } = finding.range;
  const snippet = source.slice(start.offset, end.offset).trim();
  if (!snippet) return;
  let done = false;
  eachText(root, (node, parent) => {
    const pos = node.position;
    if (done || !pos || pos.end.offset === undefined || pos.start.offset === undefined) return;
    if (pos.end.offset <= start.offset || pos.start.offset >= end.offset) return;
    const at = node.value.indexOf(snippet, Math.max(0, start.offset - pos.start.offset - snippet.length));
    const index = at >= 0 ? at : node.value.indexOf(snippet);
    if (index < 0) return;
    const mark = h('mark', { className: ['placeholder'], title: finding.message }, [text(snippet)]);
    const pieces: ElementContent[] = [
      { ...text(node.value.slice(0, index)), position: { start: pos.start, end: pos.start } },
      mark,
      text(node.value.slice(index + snippet.length)),
    ];
    parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
    done = true;
  });
}

/** Missing section ids, from the missing-section rule, or from the model when that rule does not exist. */
function missingSections(result: CheckResult): Map<SectionId, string> {
  const missing = new Map<SectionId, string>();
  for (const f of result.findings) if (f.ruleId === 'missing-section' && f.section) missing.set(f.section, f.message);
  const ruleKnown = 'missing-section' in result.config.rules;
  if (missing.size === 0 && !ruleKnown && result.model.sections.length > 0) {
    const present = new Set(result.model.sections.map((s) => s.id));
    for (const id of result.config.requiredSections) if (!present.has(id)) missing.set(id, `The ${SECTION_TITLES[id]} section is missing.`);
  }
  return missing;
}

/** The source line before which a missing section belongs: the next present section in canonical order. */
function insertionLine(result: CheckResult, id: SectionId): number | null {
  const order = SECTION_IDS.indexOf(id);
  const later = result.model.sections
    .filter((s) => SECTION_IDS.indexOf(s.id) > order)
    .sort((a, b) => a.range.start.line - b.range.start.line)[0];
  if (later) return later.range.start.line;
  // Nothing after it: a press-release part goes at the end of the release, an FAQ part at the end.
  const isFaq = id === 'external-faq' || id === 'internal-faq';
  if (!isFaq && result.model.faqRange) return result.model.faqRange.start.line;
  return null;
}

function missingBox(id: SectionId, message: string, line: number | null): Element {
  return h('div', { className: ['pr-missing'], dataSection: id, dataLine: line ?? undefined, ariaLabel: `Missing section: ${SECTION_TITLES[id]}` }, [
    h('span', { className: ['pr-missing-title'] }, [text(`Missing: ${SECTION_TITLES[id]}`)]),
    h('span', { className: ['pr-missing-message'] }, [text(message)]),
  ]);
}

function insertMissingBoxes(root: Root, result: CheckResult): void {
  const missing = [...missingSections(result)].sort((a, b) => SECTION_IDS.indexOf(a[0]) - SECTION_IDS.indexOf(b[0]));
  for (const [id, message] of missing) {
    const line = insertionLine(result, id);
    const before = line === null ? undefined : topBlocks(root).find((b) => (startLine(b) ?? 0) >= line && !b.properties.dataSection);
    const box = missingBox(id, message, line);
    if (before) root.children.splice(root.children.indexOf(before), 0, box);
    else root.children.push(box);
  }
}

export function decorateFindings(root: Root, result: CheckResult): void {
  for (const f of result.findings) if (f.ruleId === 'placeholder') markPlaceholder(root, result.model.text, f);
  insertMissingBoxes(root, result);
}
