// The custom LSP messages shared by the language server and the VS Code client (types and names only).
import type { Budgets, PageCounts, PartCounts, SectionId, WordCounts } from './core/types';
import type { ExportDocument } from './export/outline';

/** Server → client, after each check: figures for the status bar and code lens. */
export const STATS_NOTIFICATION = 'prfaq/stats';
export interface StatsParams {
  uri: string;
  version: number | null;
  words: WordCounts;
  pages: PageCounts;
  budgets: Budgets;
  /** Each part's length in `pages.unit` (words, or characters for Chinese and Japanese). */
  size: PartCounts;
  /** What each budget allows, in `pages.unit` (budget pages × what a page of that part holds). */
  budgetSize: { pressRelease: number; faq: number; total: number };
  overBudget: { pressRelease: boolean; faq: boolean; total: boolean };
  sections: { id: SectionId; line: number; words: number }[];
  /** Number of findings by severity. */
  counts: { error: number; warning: number; info: number; hint: number };
  /**
   * Checks of this document since it was opened (language server only): `finished` ran to the end (for
   * published findings or to answer a request), `dropped` stopped part-way because a newer version came.
   * Versions superseded before their check started are in neither.
   */
  checks?: { finished: number; dropped: number };
}

/** Client → server request: the preview HTML of a document. */
export const RENDER_REQUEST = 'prfaq/render';
export interface RenderParams {
  uri: string;
  paper?: 'letter' | 'a4';
  /** 'auto' follows the editor's colour theme (the webview's body class). */
  theme?: 'light' | 'dark' | 'paper' | 'auto';
  /** For the webview: a nonce for its own script, and a base URI for relative images. */
  forWebview?: { nonce: string; cspSource: string; baseUri: string };
  /** Export: one self-contained file (no webview nonce; style and script pinned by hash). */
  standalone?: boolean;
}
export interface RenderResult {
  uri: string;
  version: number | null;
  html: string;
}

/** Client → server request: the document as the Word export writes it (the preview's content and order, no findings). */
export const EXPORT_DOCUMENT_REQUEST = 'prfaq/exportDocument';
export interface ExportDocumentParams {
  uri: string;
}
export interface ExportDocumentResult {
  uri: string;
  version: number | null;
  document: ExportDocument;
}

/** Server → client: a document stopped being (or became) a checked PR/FAQ. */
export const DOCUMENT_STATE_NOTIFICATION = 'prfaq/documentState';
export interface DocumentStateParams {
  uri: string;
  checked: boolean;
}
