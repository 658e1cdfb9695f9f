// The document's language, so that English-only checks stay quiet elsewhere. Front matter `lang` wins
// over this (see recognise/model.ts); the guess itself lives with the vocabulary.
import { guessLanguage } from './vocabulary';

// Re-checks after an edit pass the same sample (the document's opening blocks) again and again.
let lastSample: string | undefined;
let lastLanguage = 'en';

export function detectLanguage(sample: string): string {
  if (sample !== lastSample) {
    lastLanguage = guessLanguage(sample);
    lastSample = sample;
  }
  return lastLanguage;
}
