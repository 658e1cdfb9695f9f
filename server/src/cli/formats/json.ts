import type { FileReport } from '../report';
import { roundPages } from '../report';

/**
 * The `--format json` document (version 1). Lines and columns are 1-based. Every diagnostic has
 * all keys; `section` is the section id for a section-related finding and null otherwise.
 */
export function formatJson(reports: FileReport[]): string {
  return JSON.stringify({ version: 1, files: reports.map(fileJson) }, null, 2) + '\n';
}

export function fileJson({ path, result }: FileReport) {
  const { model, findings, pages } = result;
  return {
    path,
    sections: model.sections.map((s) => ({ id: s.id, line: s.range.start.line, endLine: s.range.end.line, heading: s.heading, words: s.words })),
    faq: {
      external: model.faq.external.map((q) => ({ question: q.question, line: q.range.start.line, answered: q.answered })),
      internal: model.faq.internal.map((q) => ({ question: q.question, line: q.range.start.line, answered: q.answered })),
    },
    words: {
      pressRelease: model.words.pressRelease,
      externalFaq: model.words.externalFaq,
      internalFaq: model.words.internalFaq,
      faq: model.words.faq,
      total: model.words.total,
    },
    characters: {
      pressRelease: model.characters.pressRelease,
      externalFaq: model.characters.externalFaq,
      internalFaq: model.characters.internalFaq,
      faq: model.characters.faq,
      total: model.characters.total,
    },
    pages: {
      pressRelease: roundPages(pages.pressRelease),
      externalFaq: roundPages(pages.externalFaq),
      internalFaq: roundPages(pages.internalFaq),
      faq: roundPages(pages.faq),
      total: roundPages(pages.total),
      wordsPerPage: pages.wordsPerPage,
      charsPerPage: pages.charsPerPage,
      unit: pages.unit,
    },
    diagnostics: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line,
      column: f.range.start.column,
      endLine: f.range.end.line,
      endColumn: f.range.end.column,
      section: f.section ?? null,
    })),
  };
}
