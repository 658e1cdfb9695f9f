import type { CheckResult, Finding } from '../core/types';

/** One checked file, as every output format sees it. */
export interface FileReport {
  /** Relative to the working folder, `/` separators. */
  path: string;
  absolutePath: string;
  result: CheckResult;
}

export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function tally(reports: FileReport[]): Tally {
  const t: Tally = { errors: 0, warnings: 0, infos: 0, hints: 0 };
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
