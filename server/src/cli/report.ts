import type { CheckResult, Finding } from '../core/types';

/** What the output formats read of a check: no syntax tree, no text (a run over 100,000 files keeps only this). */
export type ReportResult = Pick<CheckResult, 'findings' | 'pages' | 'configProblems'> & {
  model: Pick<CheckResult['model'], 'sections' | 'faq' | 'words' | 'characters'>;
};

/** Drops what no format reads: the tree, the text, section and answer texts. */
export function toReportResult(result: ReportResult): ReportResult {
  const { model } = result;
  return {
    findings: result.findings,
    pages: result.pages,
    configProblems: result.configProblems,
    model: {
      sections: model.sections.map((s) => ({ ...s, text: '' })),
      faq: { external: model.faq.external.map((e) => ({ ...e, answerText: '' })), internal: model.faq.internal.map((e) => ({ ...e, answerText: '' })) },
      words: model.words,
      characters: model.characters,
    },
  };
}

/** One checked file, as every output format sees it. */
export interface FileReport {
  /** Relative to the working folder, `/` separators. */
  path: string;
  absolutePath: string;
  result: ReportResult;
}

export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function tally(reports: FileReport[], t: Tally = { errors: 0, warnings: 0, infos: 0, hints: 0 }): Tally {
  for (const r of reports) for (const f of r.result.findings) countFinding(t, f);
  return t;
}

function countFinding(t: Tally, f: Finding): void {
  if (f.severity === 'error') t.errors++;
  else if (f.severity === 'warning') t.warnings++;
  else if (f.severity === 'info') t.infos++;
  else t.hints++;
}

/** Pages with four decimals: enough to compare, without float noise such as 0.30000000000000004. */
export function roundPages(n: number): number {
  return Math.round(n * 10000) / 10000;
}
