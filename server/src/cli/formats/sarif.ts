import { allRules } from '../../core/rules';
import { ruleDocsUrl } from '../../core/runRules';
import type { Finding, Rule, Severity, SeveritySetting } from '../../core/types';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { FileProblem } from '../collectFiles';
import type { FileReport } from '../report';
import { PRFAQ_VERSION } from '../version';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/prfaq/prfaq';

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules with help links, one result per
 * finding with a 1-based region in UTF-16 columns. Files that could not be read become
 * tool notifications, so the upload still says the run was incomplete.
 */
export function formatSarif(reports: FileReport[], fileProblems: FileProblem[]): string {
  const rules = knownRules(reports);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((report) => report.result.findings.map((f) => sarifResult(f, report.path, index.get(f.ruleId))));
  const sarif: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'prfaq', version: PRFAQ_VERSION, semanticVersion: PRFAQ_VERSION, informationUri: INFORMATION_URI, rules: rules.map(sarifRule) } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: fileProblems.length === 0,
            toolExecutionNotifications: fileProblems.map((p) => ({
              level: 'error',
              message: { text: `${p.path}: ${p.message}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(p.path) } } }],
            })),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** Every registered rule, plus any rule id a finding carries that the registry does not list. */
function knownRules(reports: FileReport[]): Pick<Rule, 'id' | 'description' | 'defaultSeverity' | 'category'>[] {
  const rules: Pick<Rule, 'id' | 'description' | 'defaultSeverity' | 'category'>[] = [...allRules];
  const ids = new Set(rules.map((r) => r.id));
  for (const report of reports) {
    for (const f of report.result.findings) {
      if (ids.has(f.ruleId)) continue;
      ids.add(f.ruleId);
      rules.push({ id: f.ruleId, description: f.ruleId, defaultSeverity: f.severity, category: 'content' });
    }
  }
  return rules;
}

function sarifRule(rule: Pick<Rule, 'id' | 'description' | 'defaultSeverity' | 'category'>): ReportingDescriptor {
  const helpUri = ruleDocsUrl(rule.id);
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    helpUri,
    help: { text: `${rule.description} See ${helpUri}`, markdown: `${rule.description}\n\n[Documentation](${helpUri})` },
    defaultConfiguration: rule.defaultSeverity === 'off' ? { enabled: false, level: 'none' } : { level: sarifLevel(rule.defaultSeverity) },
    properties: { tags: ['prfaq', rule.category] },
  };
}

function sarifResult(f: Finding, path: string, ruleIndex: number | undefined): Result {
  return {
    ruleId: f.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(path) },
          region: { startLine: f.range.start.line, startColumn: f.range.start.column, endLine: f.range.end.line, endColumn: f.range.end.column },
        },
      },
    ],
  };
}

function sarifLevel(s: Severity | SeveritySetting): 'error' | 'warning' | 'note' | 'none' {
  if (s === 'error' || s === 'warning') return s;
  return s === 'off' ? 'none' : 'note';
}

/** A relative path becomes a relative URI reference (GitHub resolves it against the checkout); an absolute one a file: URI. */
function artifactUri(displayPath: string): string {
  const encode = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  if (displayPath.startsWith('/')) return `file://${encode(displayPath)}`;
  if (/^[A-Za-z]:\//.test(displayPath)) return `file:///${displayPath.slice(0, 2)}${encode(displayPath.slice(2))}`;
  return encode(displayPath);
}
