// A top-level unit of the document, as the model builds it and the FAQ reader reads it. Its own module
// (types only) so that model.ts and faq.ts both import it and neither imports the other's types.
import type { RootContent } from 'mdast';
import type { HeadingClass } from './names';
import type { FaqKind } from './types';

export type Part = 'pre' | 'pr' | 'faq' | 'other';

/** A top-level unit of the document: a heading, a bare/bold label line, or a block of body content. */
export interface Item {
  kind: 'heading' | 'label' | 'block';
  start: number;
  end: number;
  /** Heading depth; 0 for labels; -1 for blocks. */
  level: number;
  /** Heading/label text, or the block's readable text. */
  text: string;
  node?: RootContent;
  words: number;
  cls: HeadingClass;
  closed: boolean;
  part: Part;
  faqKind: FaqKind | null;
  instruction: boolean;
}
