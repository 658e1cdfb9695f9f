// A cheap guess at the document's language, so English-only checks stay quiet elsewhere.
// Front matter `lang` wins over this (see model.ts).
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'is', 'of', 'to', 'in', 'it', 'that', 'for', 'with', 'you', 'are', 'this', 'on', 'we'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'ein', 'eine', 'zu', 'den', 'für', 'sie', 'wir', 'auf'],
  fr: ['le', 'la', 'les', 'et', 'est', 'des', 'une', 'pour', 'dans', 'que', 'pas', 'nous', 'vous', 'sur', 'avec'],
  es: ['el', 'la', 'los', 'las', 'y', 'es', 'de', 'una', 'para', 'que', 'con', 'por', 'nosotros', 'sus', 'del'],
  nl: ['de', 'het', 'een', 'en', 'is', 'van', 'niet', 'met', 'voor', 'dat', 'wij', 'zijn', 'ook', 'op', 'aan'],
  pt: ['o', 'os', 'as', 'e', 'é', 'uma', 'para', 'que', 'com', 'não', 'por', 'nós', 'dos', 'das', 'em'],
};

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

function guessLanguage(sample: string): string {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample)) {
    const cjk = (sample.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
    const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
    if (cjk > latin / 2) return /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample) ? 'ja' : 'zh';
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return 'en';
  let best = 'en';
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    const score = words.filter((w) => set.has(w)).length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
