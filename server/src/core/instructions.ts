import { NAMES, normalizeName } from './vocabulary';
// Template guidance ("Describe the problem your product solves.") is not content: a section holding only
// guidance is unfilled. Conservative on purpose: real prose rarely opens with these imperatives *and*
// talks to the writer ("your product", "the reader").

// Verbs that open guidance and almost never open release prose: enough on their own.
const STRONG_IMPERATIVE = /^(describe|explain|summari[sz]e|briefly (describe|explain)|wrap it up|name the (product|feature|service)|include (a|an|the|one|any|cu?stomer)|insert|replace this|fill in|use this section|this section (should|is|must|will)|the goal of this section|feel free to)\b/i;
// Verbs that may open real prose too: guidance only when it also talks to the writer.
const IMPERATIVE = /^(write|provide|give|list|add|state|tell|choose|enter|outline|identify|define|answer|quote (an?|the)|what is the user pain|the template|ticking the box)\b/i;
const TALKS_TO_WRITER = /\b(your|you|the reader|this (section|feature|rfc|change|release|product|document|template)|the template|the product|the feature|the service|hypothetical|spokesperson|fill)\b/i;
const TEMPLATE_NOUN = /^(a|an|one) (quote|summary|description|sentence|paragraph|list|short|brief)\b.*\b(from|of|that|about|describing)\b/i;

export function isInstructionText(text: string): boolean {
  const t = text.trim().replace(/^[>*\-\s]+/, '');
  if (!t) return false;
  if (STRONG_IMPERATIVE.test(t)) return true;
  // The guidance of every language the vocabulary knows ("Descreva o problema…", "Décrivez…", "記入してください").
  const opening = normalizeName(t.slice(0, 80));
  const guidance = NAMES.guidance.find(opening);
  if (guidance && (guidance.index === 0 || (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(guidance.text) && t.length <= 200))) return true;
  if (IMPERATIVE.test(t) && TALKS_TO_WRITER.test(t)) return true;
  if (TEMPLATE_NOUN.test(t) && TALKS_TO_WRITER.test(t)) return true;
  return false;
}

// Further verbs that, at the start of a blockquote in a template, address the writer.
const QUOTED_IMPERATIVE = /^(say|show|note|mention|cover|discuss|consider|think about|keep|make sure|remember|link|attach|paste|explain|put|specify|estimate|quantify|compare)\b/i;

/** Guidance in a blockquote (as RFC templates write it): any imperative opening is enough. */
export function isBlockquotedInstruction(text: string): boolean {
  const t = text.trim();
  return isInstructionText(t) || IMPERATIVE.test(t) || QUOTED_IMPERATIVE.test(t) || /^(is there|what|how|why|who|when|does|do|can|if the answer)\b[^.]*\?/i.test(t);
}
