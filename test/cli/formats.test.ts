import { describe, expect, it } from 'vitest';
import { allRules } from '../../server/src/core/rules';
import { check } from '../../server/src/core/check';
import { DEFAULT_CHARS_PER_PAGE } from '../../server/src/core/config';
import { SECTION_IDS, type Finding } from '../../server/src/core/types';
import { formatStylish } from '../../server/src/cli/formats/stylish';
import { formatSarif } from '../../server/src/cli/formats/sarif';
import { formatJson } from '../../server/src/cli/formats/json';
import type { FileReport } from '../../server/src/cli/report';
import { fixture, runCli, tempTree } from './helpers';

function onlyMissingSection(severity: string): string {
  const rules: Record<string, string> = {};
  for (const r of allRules) rules[r.id] = r.id === 'missing-section' ? severity : 'off';
  return JSON.stringify({ rules });
}

/** A report with hand-made findings, so the layout is tested apart from what the rules find. */
function reportWith(findings: Omit<Finding, 'url'>[], path = 'docs/x.prfaq.md'): FileReport {
  const result = check('# Title\n\nBody text here.\n');
  return { path, absolutePath: `/repo/${path}`, result: { ...result, findings: findings.map((f) => ({ ...f, url: `https://x/${f.ruleId}` })) } };
}
const at = (line: number, column: number, offset = 0) => ({ line, column, offset });
const sample: Omit<Finding, 'url'>[] = [
  { ruleId: 'missing-section', severity: 'error', message: 'Missing section: customer quote', range: { start: at(1, 1), end: at(1, 8) }, section: 'customer-quote' },
  { ruleId: 'placeholder', severity: 'warning', message: 'Placeholder "TBD" left in the text', range: { start: at(12, 15), end: at(12, 18) } },
  { ruleId: 'faq-question-form', severity: 'info', message: 'Question does not end with "?"', range: { start: at(130, 4), end: at(130, 20) } },
];

describe('stylish', () => {
  it('reads like ESLint: path, aligned `line:col  severity  message  rule-id`, summary', () => {
    expect(formatStylish([reportWith(sample)], false)).toBe(
      [
        '',
        'docs/x.prfaq.md',
        '    1:1   error    Missing section: customer quote     missing-section',
        '   12:15  warning  Placeholder "TBD" left in the text  placeholder',
        '  130:4   info     Question does not end with "?"      faq-question-form',
        '',
        '\u2716 3 problems (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean run and colours only when asked', () => {
    expect(formatStylish([reportWith([])], false)).toBe('');
    const coloured = formatStylish([reportWith(sample)], true);
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured).toContain('\u001b[4mdocs/x.prfaq.md');
  });
});

describe('json (issue 2 shape)', () => {
  it('has exactly the documented keys at every level', async () => {
    const dir = tempTree({ 'docs/draft.prfaq.md': fixture('draft.prfaq.md'), '.prfaqrc.json': onlyMissingSection('warning') });
    const r = await runCli(['check', '--format', 'json', 'docs'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['version', 'files']);
    expect(out.version).toBe(1);
    const file = out.files[0];
    expect(Object.keys(file)).toEqual(['path', 'sections', 'faq', 'words', 'characters', 'pages', 'diagnostics']);
    expect(file.path).toBe('docs/draft.prfaq.md');
    expect(file.sections.length).toBeGreaterThan(0);
    for (const s of file.sections) {
      expect(Object.keys(s)).toEqual(['id', 'line', 'endLine', 'heading', 'words']);
      expect(SECTION_IDS).toContain(s.id);
      expect(s.line).toBeGreaterThanOrEqual(1);
      expect(s.endLine).toBeGreaterThanOrEqual(s.line);
    }
    expect(Object.keys(file.faq)).toEqual(['external', 'internal']);
    expect(file.faq.external).toEqual([{ question: 'How much does it cost?', line: 9, answered: false }]);
    expect(Object.keys(file.words)).toEqual(['pressRelease', 'externalFaq', 'internalFaq', 'faq', 'total']);
    expect(Object.keys(file.characters)).toEqual(['pressRelease', 'externalFaq', 'internalFaq', 'faq', 'total']);
    expect(file.characters.total).toBe(0);
    expect(Object.keys(file.pages)).toEqual(['pressRelease', 'externalFaq', 'internalFaq', 'faq', 'total', 'wordsPerPage', 'charsPerPage', 'unit']);
    expect(file.pages).toMatchObject({ wordsPerPage: 500, charsPerPage: DEFAULT_CHARS_PER_PAGE, unit: 'words' });
    expect(file.pages.total).toBeCloseTo(file.words.total / 500, 4);
    expect(file.diagnostics.length).toBeGreaterThan(0);
    for (const d of file.diagnostics) {
      expect(Object.keys(d)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'section']);
      expect(d.ruleId).toBe('missing-section');
      expect(SECTION_IDS).toContain(d.section);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('section is null, not absent, on a finding that is not about a section', () => {
    const out = JSON.parse(formatJson([reportWith(sample)]));
    expect(out.files[0].diagnostics.map((d: { section: unknown }) => d.section)).toEqual(['customer-quote', null, null]);
    expect(out.files[0].diagnostics[1]).toEqual({ ruleId: 'placeholder', severity: 'warning', message: 'Placeholder "TBD" left in the text', line: 12, column: 15, endLine: 12, endColumn: 18, section: null });
  });
});

describe('sarif 2.1.0', () => {
  it('has the shape GitHub code scanning reads', async () => {
    const dir = tempTree({ 'docs/draft.prfaq.md': fixture('draft.prfaq.md'), '.prfaqrc.json': onlyMissingSection('error') });
    const r = await runCli(['check', '--format', 'sarif', 'docs'], { cwd: dir });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif.*2\.1\.0.*\.json$/);
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('prfaq');
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(allRules.map((x) => x.id));
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toMatch(new RegExp(`^https://.+/${rule.id}\\.md$`));
      expect(rule.shortDescription.text).toBeTruthy();
    }
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) {
      expect(result.ruleId).toBe('missing-section');
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.level).toBe('error');
      expect(result.message.text).toBeTruthy();
      const loc = result.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe('docs/draft.prfaq.md');
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
    }
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });

  it('maps severities to levels, encodes paths as URIs and lists unreadable files as notifications', () => {
    const sarif = JSON.parse(formatSarif([reportWith(sample, 'docs/my plan.prfaq.md')], [{ path: 'gone.prfaq.md', message: 'no such file or directory' }]));
    const run = sarif.runs[0];
    expect(run.results.map((x: { level: string }) => x.level)).toEqual(['error', 'warning', 'note']);
    expect(run.results[1].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'docs/my%20plan.prfaq.md' }, region: { startLine: 12, startColumn: 15, endLine: 12, endColumn: 18 } });
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'gone.prfaq.md: no such file or directory' } }] });
  });
});
