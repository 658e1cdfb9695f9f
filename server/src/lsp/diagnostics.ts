// Findings → LSP diagnostics. `data` carries the fix, already in LSP coordinates of the checked version.
import { DiagnosticSeverity, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, Finding, Severity } from '../core/types';
import { toLspRange, toLspTextEdit } from './convert';

export const DIAGNOSTIC_SOURCE = 'prfaq';

/** What a code action needs from a diagnostic. */
export interface DiagnosticData {
  ruleId: string;
  /** Document version the fix edits were computed for. */
  version: number;
  fix?: { title: string; edits: LspTextEdit[] };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostics(document: TextDocument, result: CheckResult): Diagnostic[] {
  const diagnostics = result.findings.map((f) => findingToDiagnostic(document, f));
  return diagnostics.concat(frontMatterProblems(document, result));
}

export function findingToDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId, version: document.version };
  if (finding.fix) data.fix = { title: finding.fix.title, edits: finding.fix.edits.map((e) => toLspTextEdit(document, e)) };
  const diagnostic: Diagnostic = {
    range: toLspRange(finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
  if (finding.url) diagnostic.codeDescription = { href: finding.url };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: document.uri, range: toLspRange(r.range) },
      message: r.message,
    }));
  }
  return diagnostic;
}

/** A bad `prfaq:` key in the front matter belongs to this document, so it is reported there, at the key when known. */
function frontMatterProblems(document: TextDocument, result: CheckResult): Diagnostic[] {
  const fm = result.model.frontMatter;
  const fallback = fm ? toLspRange(fm.range).start : { line: 0, character: 0 };
  return result.configProblems
    .filter((p) => p.source === 'front matter')
    .map((p) => {
      const start = p.line ? { line: p.line - 1, character: Math.max(0, (p.column ?? 1) - 1) } : fallback;
      const lineEnd = document.positionAt(document.offsetAt({ line: start.line + 1, character: 0 }) - 1);
      const end = lineEnd.line === start.line && lineEnd.character > start.character ? lineEnd : { line: start.line, character: start.character + 3 };
      return {
        range: { start, end },
        severity: DiagnosticSeverity.Warning,
        code: 'config',
        source: DIAGNOSTIC_SOURCE,
        message: `Front matter ${p.key ? `${p.key}: ` : ''}${p.message}`,
      };
    });
}
