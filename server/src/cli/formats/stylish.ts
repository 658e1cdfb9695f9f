import type { Severity } from '../../core/types';
import type { FileReport } from '../report';
import { tally, type Tally } from '../report';
import { plural } from '../../core/format';

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', underline: '\u001b[4m', red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m', green: '\u001b[32m' };

/**
 * ESLint-like: the file path, then `line:col  severity  message  rule-id` per finding, aligned,
 * then one summary line. Files without findings are not listed; a clean run prints nothing.
 */
export function formatStylish(reports: FileReport[], colour: boolean): string {
  return reports.map((r) => stylishFile(r, colour)).join('') + stylishSummary(tally(reports), colour);
}

/** One file's block (empty when it has no findings); the CLI writes these as it goes. */
export function stylishFile(report: FileReport, colour: boolean): string {
  const paint = (code: string, text: string) => (colour ? `${code}${text}${ANSI.reset}` : text);
  const findings = report.result.findings;
  if (findings.length === 0) return '';
  const lineWidth = Math.max(...findings.map((f) => String(f.range.start.line).length));
  const columnWidth = Math.max(...findings.map((f) => String(f.range.start.column).length));
  const severityWidth = Math.max(...findings.map((f) => f.severity.length));
  const messageWidth = Math.max(...findings.map((f) => oneLine(f.message).length));
  let out = `\n${paint(ANSI.underline, report.path)}\n`;
  for (const f of findings) {
    const position = `${String(f.range.start.line).padStart(lineWidth)}:${String(f.range.start.column).padEnd(columnWidth)}`;
    const severity = paint(severityColour(f.severity), f.severity.padEnd(severityWidth));
    out += `  ${paint(ANSI.dim, position)}  ${severity}  ${oneLine(f.message).padEnd(messageWidth)}  ${paint(ANSI.dim, f.ruleId)}\n`;
  }
  return out;
}

/** The closing summary line, or nothing for a clean run. */
export function stylishSummary(t: Tally, colour: boolean): string {
  const paint = (code: string, text: string) => (colour ? `${code}${text}${ANSI.reset}` : text);
  const total = t.errors + t.warnings + t.infos + t.hints;
  if (total === 0) return '';
  const parts = [plural(t.errors, 'error'), plural(t.warnings, 'warning')];
  if (t.infos) parts.push(plural(t.infos, 'info'));
  if (t.hints) parts.push(plural(t.hints, 'hint'));
  const summary = `\u2716 ${plural(total, 'problem')} (${parts.join(', ')})`;
  return `\n${paint(ANSI.bold + (t.errors ? ANSI.red : t.warnings ? ANSI.yellow : ANSI.blue), summary)}\n`;
}

function severityColour(s: Severity): string {
  return s === 'error' ? ANSI.red : s === 'warning' ? ANSI.yellow : ANSI.blue;
}

function oneLine(message: string): string {
  return message.replace(/\s*\r?\n\s*/g, ' ');
}
