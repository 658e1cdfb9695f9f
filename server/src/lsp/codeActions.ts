// Quick fixes: the finding's own fix, and disabling its rule for the line or the file. Every action only inserts text.
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, Finding } from '../core/types';
import { rangesIntersect, toLspRange, toLspTextEdit } from './convert';
import { DIAGNOSTIC_SOURCE, findingToDiagnostic, type DiagnosticData } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.prfaq`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

export function codeActions(document: TextDocument, result: CheckResult, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const finding of findingsInRange(document, result, params)) {
      // Findings of one rule on one line would each offer the same "Disable …" action: keep one.
      for (const action of quickFixes(document, result, finding)) if (!actions.some((a) => a.title === action.title)) actions.push(action);
    }
  }
  if (only && wants(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(document, result);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** Findings of the current text that the request's diagnostics name; failing that (they may be from an older version), those in its range. */
function findingsInRange(document: TextDocument, result: CheckResult, params: CodeActionParams): Finding[] {
  const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const named = result.findings.filter((f) => ours.some((d) => sameFinding(d, f, document.version)));
  if (named.length > 0) return named;
  return result.findings.filter((f) => rangesIntersect(toLspRange(f.range), params.range));
}

/** Several findings can share a rule and a range (missing sections all point at one insertion place): the message tells them apart. */
function sameFinding(diagnostic: Diagnostic, finding: Finding, version: number): boolean {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (diagnostic.code !== finding.ruleId || diagnostic.message !== finding.message || (data && data.version !== version)) return false;
  return JSON.stringify(diagnostic.range) === JSON.stringify(toLspRange(finding.range));
}

function quickFixes(document: TextDocument, result: CheckResult, finding: Finding): CodeAction[] {
  const diagnostic = findingToDiagnostic(document, finding);
  const actions: CodeAction[] = [];
  if (finding.fix && finding.fix.edits.length > 0) {
    actions.push({
      title: finding.fix.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: [diagnostic],
      edit: workspaceEdit(document, finding.fix.edits.map((e) => toLspTextEdit(document, e))),
    });
  }
  const line = finding.range.start.line;
  if (!inFrontMatter(result, line)) {
    actions.push(disableAction(document, `Disable ${finding.ruleId} for this line`, diagnostic, disableLineEdit(document, line, finding.ruleId)));
  }
  actions.push(disableAction(document, `Disable ${finding.ruleId} for this file`, diagnostic, disableFileEdit(document, finding.ruleId)));
  return actions;
}

function disableAction(document: TextDocument, title: string, diagnostic: Diagnostic, edit: LspTextEdit): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(document, [edit]) };
}

/** `<!-- prfaq-disable-next-line rule -->` on its own line above, keeping the line's indentation and blockquote markers. */
export function disableLineEdit(document: TextDocument, line: number, ruleId: string): LspTextEdit {
  const text = document.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } });
  const prefix = /^(?:[ \t]*>)*[ \t]*/.exec(text)?.[0] ?? '';
  const position = { line: line - 1, character: 0 };
  return { range: { start: position, end: position }, newText: `${prefix}<!-- prfaq-disable-next-line ${ruleId} -->${eol(document)}` };
}

/** `<!-- prfaq-disable rule -->` at the top, after the front matter (YAML must stay first). */
export function disableFileEdit(document: TextDocument, ruleId: string): LspTextEdit {
  const text = document.getText();
  const nl = eol(document);
  const frontMatter = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(\r?\n|$)/.exec(text);
  const comment = `<!-- prfaq-disable ${ruleId} -->${nl}`;
  if (!frontMatter) {
    const bom = text.startsWith('\uFEFF') ? 1 : 0;
    const at = document.positionAt(bom);
    return { range: { start: at, end: at }, newText: comment };
  }
  const at = document.positionAt(frontMatter[0].length);
  return { range: { start: at, end: at }, newText: frontMatter[1] ? comment : `${nl}${comment}` };
}

/** All fixes that only insert (insertions never overlap; the same insertion twice is kept once); one edit for the file. */
function fixAllAction(document: TextDocument, result: CheckResult): CodeAction | null {
  const seen = new Set<string>();
  const edits: LspTextEdit[] = [];
  for (const finding of result.findings) {
    const fixEdits = finding.fix?.edits ?? [];
    if (fixEdits.length === 0 || fixEdits.some((e) => e.start !== e.end)) continue;
    for (const e of fixEdits) {
      const key = `${e.start}\u0000${e.newText}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edits.push(toLspTextEdit(document, e));
    }
  }
  if (edits.length === 0) return null;
  return { title: 'Fix all PR/FAQ problems that can be fixed safely', kind: FIX_ALL_KIND, edit: workspaceEdit(document, edits) };
}

function workspaceEdit(document: TextDocument, edits: LspTextEdit[]): WorkspaceEdit {
  return { changes: { [document.uri]: edits } };
}

function inFrontMatter(result: CheckResult, line: number): boolean {
  const fm = result.model.frontMatter;
  return !!fm && line >= fm.range.start.line && line <= fm.range.end.line;
}

function eol(document: TextDocument): string {
  return document.getText().includes('\r\n') ? '\r\n' : '\n';
}
