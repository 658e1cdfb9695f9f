// Completion at the start of a line: the missing sections in canonical order, and inside the
// internal FAQ the questions stakeholders always ask, written in the document's own style.
import {
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type Position,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SECTION_IDS, type CheckResult, type SectionId } from '../core/types';
import { formatHeading, headingStyle, type HeadingStyle } from '../core/headingStyle';
import { formatQuestion } from './headingStyle';
import { sectionPrompt, sectionTitle } from '../core/rules/sectionText';

export const INTERNAL_QUESTION_STARTERS: { topic: string; question: string }[] = [
  { topic: 'cost', question: 'What will it cost to build and run, and who pays for it?' },
  { topic: 'risks', question: 'What are the top reasons this will fail?' },
  { topic: 'market size', question: 'How big is the market, and how many customers will use it?' },
  { topic: 'dependencies', question: 'What does this depend on that we do not control?' },
  { topic: 'why now', question: 'Why is now the right time to build this?' },
  { topic: 'success metrics', question: 'How will we measure success?' },
];

/** A line that is empty so far or holds only `#`s: the place where a heading can start. */
const LINE_START = /^[ \t]{0,3}(#{0,6})[ \t]*$/;

export function completions(document: TextDocument, result: CheckResult, position: Position, snippets: boolean): CompletionItem[] {
  const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
  if (!LINE_START.test(before)) return [];
  const replace = { start: { line: position.line, character: 0 }, end: position };
  const style = headingStyle(result.model);
  const items: CompletionItem[] = [];
  if (inInternalFaq(result, position.line + 1)) items.push(...questionItems(result, style, before, replace, snippets));
  items.push(...sectionItems(result, style, before, replace, snippets));
  return items.map((item, i) => ({ ...item, sortText: String(i).padStart(3, '0') }));
}

function sectionItems(result: CheckResult, style: HeadingStyle, typed: string, range: Replace, snippets: boolean): CompletionItem[] {
  const present = new Set<SectionId>([...result.model.sections.map((s) => s.id), ...result.model.possibleSections]);
  return SECTION_IDS.filter((id) => !present.has(id)).map((id) => {
    const title = sectionTitle(id);
    const heading = formatHeading(style, id, title);
    return item(`${title} (missing section)`, heading, sectionPrompt(id), typed, range, snippets, CompletionItemKind.Module);
  });
}

function questionItems(result: CheckResult, style: HeadingStyle, typed: string, range: Replace, snippets: boolean): CompletionItem[] {
  const existing = result.model.faq.internal;
  const answerPrefix = existing[0]?.format === 'bold-q' || existing[0]?.format === 'plain-q' ? 'A: ' : '';
  return INTERNAL_QUESTION_STARTERS.map(({ topic, question }) => {
    const line = formatQuestion(result.model, existing, style, question);
    return item(`${question} (${topic})`, line, `${answerPrefix}Answer with numbers.`, typed, range, snippets, CompletionItemKind.Text);
  });
}

type Replace = { start: Position; end: Position };

function item(label: string, line: string, prompt: string, typed: string, range: Replace, snippets: boolean, kind: CompletionItemKind): CompletionItem {
  const newText = snippets ? `${escapeSnippet(line)}\n\n\${1:${escapeSnippet(prompt)}}` : line;
  return {
    label,
    kind,
    detail: line,
    documentation: prompt,
    // The typed `#`s are part of the replaced range, so the filter text must start with them too.
    filterText: `${typed}${label}`,
    insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range, newText },
  };
}

/** Below the internal FAQ heading and before the next section or heading of its level (an appendix is not the FAQ). */
function inInternalFaq(result: CheckResult, line: number): boolean {
  const section = result.model.sections.find((s) => s.id === 'internal-faq');
  if (!section || line <= section.range.start.line) return false;
  const start = section.range.start.line;
  const level = section.headingLevel || 6;
  const nextSection = result.model.sections.find((s) => s.range.start.line > start)?.range.start.line ?? Infinity;
  const nextHeading = result.model.headings.find((h) => h.range.start.line > start && h.level <= level)?.range.start.line ?? Infinity;
  return line < Math.min(nextSection, nextHeading);
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}
