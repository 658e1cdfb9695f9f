// What a heading or a label line names: a part of the document, a part of the release, or nothing.
// Names come from the vocabulary (every language at once); extra words around a name are tolerated
// ("Part 1 — Press Release", "External FAQ (what real people will ask)", "SECTION 2: EXTERNAL FAQ").
import type { FaqKind, PressReleaseSectionId } from '../types';
import { PRESS_RELEASE_SECTIONS } from '../types';
import { DECORATION, FILLER, NAMES, normalizeName, type PhraseSet } from '../vocabulary';

export type NameClass =
  /** Names the whole document type ("PR/FAQ", "Press Release & FAQ"): a title, or the release's container. */
  | { type: 'prfaq' }
  | { type: 'press-release' }
  | { type: 'faq'; kind: FaqKind; explicit: boolean }
  | { type: 'other' }
  /** Names the release body without naming a part ("Body", "本文"). */
  | { type: 'body' }
  /** A document title that is not a headline ("Treeline Vision", "RFC: …"). */
  | { type: 'title' }
  | { type: 'section'; id: PressReleaseSectionId }
  /** A field for the dateline ("Dateline:", "장소 및 출시일:"). */
  | { type: 'dateline' }
  /** Decoration that names no part ("FOR IMMEDIATE RELEASE", "Embargoed until …"). */
  | { type: 'decoration' };

// Numbering and framing before a name: "Part 1 —", "SECTION 2:", "1.", "II.", "Partie 2 —", "❓".
const ENUMERATION = /^(?:(?:part|partie|parte|teil|section|sección|seção|chapter|chapitre|capítulo|kapitel|step|étape)\s*[0-9ivx]*|[0-9]+(?:\.[0-9]+)*|[ivx]+|[a-z](?=\s))\s+/u;
// Leading guidance that templates put before a part's name ("Describe the …", "Quote an Amazon leader").
const GUIDANCE_LEAD = /^(?:describe|explain|summari[sz]e|include|quote|write|list|give|provide|state|name|wrap it up)\b/u;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Words in a normalised name; Chinese and Japanese count one word per two characters. */
function size(norm: string): number {
  let n = 0;
  for (const w of norm.split(' ')) {
    if (!w) continue;
    n += CJK.test(w) ? Math.max(1, Math.ceil(w.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, '').length / 2)) : 1;
  }
  return n;
}

/** Words of `norm` outside the match, leaving out filler and the FAQ-kind words. */
function extraWords(norm: string, match: { index: number; text: string }): number {
  const rest = `${norm.slice(0, match.index)} ${norm.slice(match.index + match.text.length)}`;
  const cleaned = NAMES.external.remove(NAMES.internal.remove(FILLER.remove(rest))).replace(/\s+/g, ' ').trim();
  return cleaned ? size(cleaned) : 0;
}

interface Candidate {
  cls: NameClass;
  extra: number;
  rank: number;
}

function best(candidates: Candidate[]): Candidate | null {
  return candidates.reduce<Candidate | null>((b, c) => (!b || c.extra < b.extra || (c.extra === b.extra && c.rank < b.rank) ? c : b), null);
}

/**
 * What `text` names, or null. `strict` is for label lines inside prose (a bold line, a run-in
 * "**Problem:**"): there the name must be nearly the whole label.
 */
export function classifyName(text: string, strict = false): NameClass | null {
  // Asides and template variables name nothing: "Press release (draft)", "{TITLE}", "[Product name]".
  const withoutAsides = text.replace(/\([^)]*\)|（[^）]*）|\[[^\]]*\]|\{[^}]*\}/g, ' ');
  const whole = normalizeName(withoutAsides).replace(ENUMERATION, '').trim();
  if (!whole) return null;
  const decoration = DECORATION.find(whole);
  if (decoration && decoration.index === 0 && size(whole) <= size(decoration.text) + 2) return { type: 'decoration' };
  const limit = strict ? 8 : 16;
  const forms = size(whole) <= limit ? [whole] : [];
  // "The Problem: AI conversations don't scale", "Key Differentiator — …": the name before the colon or dash.
  const sep = /\s*(?::|：|\s[—–-]\s)\s*/u.exec(withoutAsides);
  if (sep && sep.index > 0) {
    const left = normalizeName(withoutAsides.slice(0, sep.index)).replace(ENUMERATION, '').trim();
    const right = normalizeName(withoutAsides.slice(sep.index + sep[0].length)).trim();
    if (left && size(left) <= limit) forms.push(left);
    if (right && !strict && size(right) <= limit) forms.push(right);
  }
  if (forms.length === 0) return null;
  let found: Candidate | null = null;
  for (const form of forms) {
    const c = classifyForm(form, strict, form !== whole);
    if (c && (!found || c.extra < found.extra)) found = c;
  }
  return found ? found.cls : null;
}

function classifyForm(norm: string, strict: boolean, partial: boolean): Candidate | null {
  const guided = GUIDANCE_LEAD.test(norm);
  const allowed = guided ? 10 : strict || partial ? 1 : 3;
  const candidates: Candidate[] = [];
  const consider = (set: PhraseSet, cls: NameClass, rank: number) => {
    const m = set.find(norm);
    if (!m) return;
    const extra = extraWords(norm, m);
    if (extra <= allowed) candidates.push({ cls, extra, rank });
  };
  const faq = NAMES.faq.find(norm);
  const pr = NAMES.pressRelease.find(norm);
  if (faq && pr) return { cls: { type: 'prfaq' }, extra: 0, rank: 0 };
  // "PR/FAQ", "Amazon-Style PRFAQ", "PRFAQ: Mitgliederportal": the document type, as a title.
  if (/(?:^| )(?:pr ?faq|pr and faq|prfaq)(?: |$)/u.test(norm) && (!strict || size(norm) <= 4)) return { cls: { type: 'prfaq' }, extra: 0, rank: 0 };
  if (faq) {
    const internal = NAMES.internal.test(norm);
    const explicit = internal || NAMES.external.test(norm);
    consider(NAMES.faq, { type: 'faq', kind: internal ? 'internal' : 'external', explicit }, 1);
  }
  consider(NAMES.pressRelease, { type: 'press-release' }, 2);
  PRESS_RELEASE_SECTIONS.forEach((id, i) => consider(NAMES.parts[id], { type: 'section', id }, 3 + i / 100));
  consider(NAMES.dateline, { type: 'dateline' }, 4);
  consider(NAMES.other, { type: 'other' }, 5);
  consider(NAMES.body, { type: 'body' }, 6);
  if (!strict) consider(NAMES.title, { type: 'title' }, 7);
  return best(candidates);
}

/** Names that may stand alone as a label line in plain text (strict), as a bold line or as a heading. */
export function isPartName(cls: NameClass | null): cls is { type: 'section'; id: PressReleaseSectionId } {
  return cls?.type === 'section';
}
