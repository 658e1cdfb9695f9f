// Problems in the rc file are shown where they are: as diagnostics on the rc file, plus one
// message per distinct set so the writer notices them even with the rc file closed.
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, MessageType, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { ConfigProblem } from '../core/types';

const DOCUMENT_SOURCES = new Set(['front matter']);

export class ConfigProblemReporter {
  /** rc file path → the problem set last published on it. */
  private readonly published = new Map<string, string>();
  private readonly shown = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** `problems` are everything the check reported plus what reading the rc file reported. */
  report(rcPath: string | null, problems: ConfigProblem[]): void {
    const outside = problems.filter((p) => !DOCUMENT_SOURCES.has(p.source));
    const inRc = rcPath ? outside.filter((p) => p.source !== 'settings') : [];
    if (rcPath) this.publishOnRcFile(rcPath, inRc);
    this.showOnce(outside);
  }

  /** The rc file changed or disappeared: its old diagnostics no longer hold. */
  forget(rcPath: string): void {
    if (!this.published.has(rcPath)) return;
    this.published.delete(rcPath);
    void this.connection.sendDiagnostics({ uri: pathToFileURL(rcPath).href, diagnostics: [] });
  }

  private publishOnRcFile(rcPath: string, problems: ConfigProblem[]): void {
    const key = JSON.stringify(problems);
    if ((this.published.get(rcPath) ?? '[]') === key) return;
    this.published.set(rcPath, key);
    void this.connection.sendDiagnostics({ uri: pathToFileURL(rcPath).href, diagnostics: problems.map(toDiagnostic) });
  }

  private showOnce(problems: ConfigProblem[]): void {
    if (problems.length === 0) return;
    const key = JSON.stringify(problems);
    if (this.shown.has(key)) return;
    this.shown.add(key);
    const first = describeProblem(problems[0]);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    void this.connection.sendNotification('window/showMessage', {
      type: MessageType.Warning,
      message: `PR/FAQ configuration problem: ${first}${more}. The valid settings are still applied.`,
    });
  }
}

export function describeProblem(p: ConfigProblem): string {
  const where = p.line ? `${p.source}:${p.line}${p.column ? `:${p.column}` : ''}` : p.source;
  return `${where}: ${p.key ? `${p.key}: ` : ''}${p.message}`;
}

function toDiagnostic(p: ConfigProblem): Diagnostic {
  const line = Math.max(0, (p.line ?? 1) - 1);
  const character = Math.max(0, (p.column ?? 1) - 1);
  const length = p.key ? (p.key.split('.').pop()?.length ?? 0) + 2 : 1;
  return {
    range: { start: { line, character }, end: { line, character: character + length } },
    severity: DiagnosticSeverity.Warning,
    source: 'prfaq',
    code: 'config',
    message: p.key ? `${p.key}: ${p.message}` : p.message,
  };
}
