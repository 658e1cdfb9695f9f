// Stage 3: the document's large parts. Every block is in the title area before the release ('pre'),
// the press release ('pr'), the FAQ ('faq', external or internal) or elsewhere ('other': appendix,
// specification, a PRD's own sections). Container headings decide first (in any language, with extra
// words); a run of question-shaped blocks after the release is an FAQ even without an FAQ heading.
import type { FaqKind } from '../types';
import type { Block } from './blocks';
import { NAMES, normalizeName } from '../vocabulary';

export type Region = 'pre' | 'pr' | 'faq' | 'other';

export interface Placed {
  region: Region;
  faqKind: FaqKind | null;
}

const isHeadingLike = (b: Block) => b.kind === 'heading' || b.kind === 'label';

/** Where the release starts: its container heading, else after a PR/FAQ title, else the top. */
function releaseStart(blocks: Block[]): { index: number; container: boolean } {
  const container = blocks.findIndex((b) => isHeadingLike(b) && b.name?.type === 'press-release');
  const firstFaq = blocks.findIndex((b) => isHeadingLike(b) && b.name?.type === 'faq');
  if (container >= 0 && (firstFaq < 0 || container < firstFaq)) return { index: container, container: true };
  const prfaq = blocks.findIndex((b) => isHeadingLike(b) && b.name?.type === 'prfaq');
  if (prfaq >= 0 && (firstFaq < 0 || prfaq < firstFaq)) return { index: prfaq, container: true };
  return { index: 0, container: false };
}

export function placeBlocks(blocks: Block[], questions: boolean[]): Placed[] {
  const placed: Placed[] = blocks.map(() => ({ region: 'pr', faqKind: null }));
  const start = releaseStart(blocks);
  for (let i = 0; i < start.index; i++) placed[i].region = 'pre';
  // A document title above the release that names the document, not the product.
  if (!start.container && blocks[0]?.kind === 'heading' && (blocks[0].name?.type === 'title' || blocks[0].name?.type === 'prfaq')) placed[0].region = 'pre';

  let region: Region = 'pr';
  let faqKind: FaqKind = 'external';
  let faqLevel = 7;
  let otherLevel = 7;
  let faqSeen = false;
  // The FAQ heading names its kind ("Internal FAQ"): groups under it do not change it.
  let kindNamed = false;
  // Whether the release has had a paragraph yet: an FAQ may come first, and the release after it.
  let releaseSeen = false;
  for (let i = start.index; i < blocks.length; i++) {
    const b = blocks[i];
    // An empty heading (`###` alone, used as a rule, or being typed) names nothing and ends nothing.
    if (b.kind === 'heading' && !b.text.trim()) {
      placed[i] = { region, faqKind: region === 'faq' ? faqKind : null };
      continue;
    }
    const name = b.name;
    const level = b.kind === 'heading' ? b.level : 7;
    if (isHeadingLike(b) && name?.type === 'faq' && !(region === 'faq' && b.kind === 'label' && !name.explicit)) {
      if (region !== 'faq' || level <= faqLevel) faqLevel = level;
      region = 'faq';
      faqSeen = true;
      // A group heading without a kind of its own ("### FAQ") keeps the kind of the FAQ it is in.
      faqKind = name.explicit || level <= faqLevel ? name.kind : faqKind;
      if (level <= faqLevel) kindNamed = name.explicit;
    } else if (b.kind === 'heading' && (name?.type === 'press-release' || (name?.type === 'prfaq' && !faqSeen))) {
      region = 'pr';
    } else if (region === 'faq') {
      if (b.kind === 'heading' && level === faqLevel + 1 && !questions[i] && !kindNamed) {
        // A group right under an FAQ heading that names no kind may say whose questions follow:
        // "Внутренние вопросы", "Customer questions".
        const norm = normalizeName(b.text);
        if (NAMES.internal.test(norm)) faqKind = 'internal';
        else if (NAMES.external.test(norm)) faqKind = 'external';
      }
      if (b.kind === 'heading' && level <= faqLevel && !questions[i]) {
        region = name?.type === 'section' && !releaseSeen ? 'pr' : 'other';
        otherLevel = level;
      }
    } else if (region === 'other') {
      if (b.kind === 'heading' && level <= otherLevel && name?.type === 'section' && !faqSeen) region = 'pr';
      else if (b.kind === 'heading' && level < otherLevel) otherLevel = level;
    } else if (region === 'pr') {
      if (b.kind === 'heading' && name?.type === 'other') {
        region = 'other';
        otherLevel = level;
      } else if (questionRunAt(blocks, questions, i)) {
        region = 'faq';
        faqSeen = true;
        faqKind = 'external';
        faqLevel = blocks[i].kind === 'heading' ? blocks[i].level - 1 : 7;
      }
    }
    if (region === 'pr' && b.kind === 'body') releaseSeen = true;
    placed[i] = { region, faqKind: region === 'faq' ? faqKind : null };
  }
  return placed;
}

/**
 * An FAQ without an FAQ heading: from block `i`, at least two questions with answers between them,
 * and no release part named in between.
 */
function questionRunAt(blocks: Block[], questions: boolean[], i: number): boolean {
  if (!questions[i]) return false;
  let asked = 0;
  let answers = 0;
  for (let j = i; j < blocks.length && j < i + 12; j++) {
    const b = blocks[j];
    if (isHeadingLike(b) && b.name && b.name.type !== 'faq') break;
    if (b.kind === 'heading' && !questions[j] && j > i) break;
    if (questions[j]) asked++;
    else if (b.kind === 'body') answers++;
  }
  return asked >= 2 && answers >= 1;
}
