/**
 * The PR/FAQ rules as a unified (remark) plugin, so remark-cli users run the same checks:
 *
 * ```json
 * // .remarkrc.json
 * { "plugins": ["prfaq/remark-preset"] }
 * // or with options: { "plugins": [["prfaq/remark-preset", { "config": { "wordsPerPage": 400 } }]] }
 * ```
 *
 * Each finding becomes a VFile message with `ruleId`, `source: 'prfaq'`, `place` and `url`;
 * errors are fatal (remark-cli exits 1), warnings not, info and hints are informational.
 * @packageDocumentation
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { check } from '../core/check';
import { isPrfaqDocument } from '../core/detect';
import type { ConfigProblem, Finding, Severity, UserConfig } from '../core/types';

export interface RemarkPrfaqOptions {
  /** Configuration as in `.prfaqrc.json` (the document's front matter still applies on top). */
  config?: UserConfig;
  /**
   * Check every Markdown file, not only PR/FAQs (`*.prfaq.md`, `prfaq.md`, `pr-faq.md`, front matter `prfaq: true`).
   * Default false, so a preset shared by a whole repository leaves its other Markdown alone.
   */
  checkAllFiles?: boolean;
}

export const MESSAGE_SOURCE = 'prfaq';

const FATAL: Record<Severity, boolean | undefined> = { error: true, warning: false, info: undefined, hint: undefined };

/** unified attacher: runs the PR/FAQ check on the file's text (its own parse, so results match the CLI and editor). */
export const remarkPrfaq: Plugin<[RemarkPrfaqOptions?], Root> = function remarkPrfaq(options = {}) {
  const layer = options.config ? { source: 'remark options', value: options.config } : undefined;
  return (_tree: Root, file: VFile) => {
    const text = String(file);
    if (!options.checkAllFiles && !isPrfaqDocument(file.path ?? '', text)) return;
    const result = check(text, { rcFile: layer });
    for (const finding of result.findings) report(file, finding);
    for (const problem of result.configProblems) reportConfig(file, problem);
  };
};

function report(file: VFile, finding: Finding): void {
  const { start, end } = finding.range;
  const message = file.message(finding.message, {
    place: { start: { line: start.line, column: start.column, offset: start.offset }, end: { line: end.line, column: end.column, offset: end.offset } },
    ruleId: finding.ruleId,
    source: MESSAGE_SOURCE,
  });
  message.url = finding.url;
  message.fatal = FATAL[finding.severity];
}

/** Bad configuration is a warning on the file, naming where it came from. */
function reportConfig(file: VFile, problem: ConfigProblem): void {
  const where = problem.source === 'front matter' && problem.line ? { line: problem.line, column: problem.column ?? 1 } : undefined;
  const key = problem.key ? `${problem.key}: ` : '';
  const message = file.message(`${problem.source}: ${key}${problem.message}`, { place: where, ruleId: 'config', source: MESSAGE_SOURCE });
  message.fatal = false;
}

export default remarkPrfaq;
