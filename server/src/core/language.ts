// The document's language, so that English-only checks stay quiet elsewhere. Front matter `lang` wins
// over this (see recognise/model.ts); the guess itself lives with the vocabulary.
import { languageEvidence, languageOfEvidence, sumEvidence, type LanguageEvidence } from './vocabulary';
import { TextMemo } from './cache';

// Evidence adds up block by block: a re-check after an edit reads the edited block again, not the sample.
const evidence = new TextMemo<LanguageEvidence>('language evidence by block text');

/** The language of texts read apart (a document's opening blocks). */
export function detectLanguage(texts: readonly string[]): string {
  return languageOfEvidence(sumEvidence(texts.map((t) => evidence.get(t, () => languageEvidence(t)))));
}
