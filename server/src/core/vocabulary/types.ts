// The shape of one language's vocabulary: the words PR/FAQ writers use for the parts of the document
// and the cues that say what a paragraph is. Plain data, no patterns: `compile.ts` turns the phrases of
// every language into matchers, so adding a language is adding one file (see ARCHITECTURE.md).
//
// Phrase syntax (the only syntax there is):
// - matching ignores case and width (full-width ＦＡＱ is FAQ), and treats punctuation as a space;
// - a space matches any run of spaces or punctuation (`sub heading` also matches "Sub-Heading");
// - a trailing `*` matches the rest of a word (`announc*` matches announces, announced);
// - a `_` on its own matches any one word (`what our _ say` matches "What our patients say");
// - phrases in spaced scripts match whole words; Chinese and Japanese phrases match anywhere, Korean
//   phrases may carry particles after them (고객 matches 고객의).

import type { PressReleaseSectionId } from '../types';

export interface LanguageVocabulary {
  /** BCP-47 primary tag. */
  lang: string;
  /** Names of the document's parts, as headings and labels write them (extra words around them are fine). */
  names: {
    /** The press-release part ("Press Release", "Working Backwards", "Pressemitteilung"). */
    pressRelease: string[];
    /** The FAQ part ("FAQ", "Frequently Asked Questions", "よくある質問"). */
    faq: string[];
    /** Words that make an FAQ (or a group inside one) internal ("internal", "stakeholder", "社内"). */
    internal: string[];
    /** Words that make it explicitly customer-facing ("external", "customer", "public"). */
    external: string[];
    /** Parts that are neither release nor FAQ ("Appendix", "Specification", "Anhang"). */
    other: string[];
    /** Labels of the release body that name no part ("Body", "本文"). */
    body: string[];
    /** Words that mark a document title rather than a headline ("PR/FAQ", "Vision", "RFC"). */
    title: string[];
    /** Names of each press-release part. */
    parts: Record<PressReleaseSectionId, string[]>;
    /** A label for the dateline as a field of its own ("Dateline", "Data", "장소 및 출시일"). */
    dateline: string[];
  };
  /** Lines that decorate a release and are no part of it ("FOR IMMEDIATE RELEASE"). */
  decoration: string[];
  questions: {
    /** Prefixes of a question ("Q", "Question"): matched as `Q:`, `Q.`, `Q1:`, `Q14b)`. */
    markers: string[];
    /** Prefixes of an answer ("A", "Answer"). */
    answerMarkers: string[];
    /** Words a question opens with, when it has no question mark ("how", "what"). */
    starts: string[];
    /** Endings of a question in languages that mark it with a particle ("ですか", "나요"). */
    endings: string[];
  };
  quotes: {
    /** Verbs and phrases that attribute a quotation ("said", "dijo", "と述べ", "라고 말했다"). */
    verbs: string[];
    /** Roles of someone speaking for the company ("CEO", "founder", "Geschäftsführer"). */
    leader: string[];
    /** Roles of a customer ("customer", "user", "beta participant"). */
    customer: string[];
    /** First-person plural: the company speaking ("we", "our"). */
    companyVoice: string[];
    /** First-person singular: someone speaking for themselves ("I", "my"). */
    personalVoice: string[];
    /**
     * Indefinite articles, for a speaker who is not named: "…," said a club treasurer (optional; none in
     * languages without articles).
     */
    someone?: string[];
  };
  /** What a paragraph's content says it is. */
  cues: {
    /** Announcing the launch ("today announced", "anuncia hoy"). */
    announce: string[];
    /** Words for "today" that open a summary ("Today, Acme announced") or, without an announcement, the status quo. */
    today: string[];
    /** "Now …" opening a summary: "Now data scientists can …", "Ab sofort …". */
    now: string[];
    /** What customers suffer today ("struggle", "until now", "従来"). */
    problem: string[];
    /** What the product does about it ("lets", "automatically", "permite"). */
    solution: string[];
    /** Opening a paragraph that answers the one before it ("fixes this", "that's why", "そこで"): the one before was the problem. */
    resolution: string[];
    /** First use ("to get started", "install", "in three steps"). */
    how: string[];
    /** Where to go next ("available today", "visit", "learn more"). */
    cta: string[];
  };
  dates: {
    /** The twelve months, each with its spellings (names, abbreviations, inflected forms). */
    months: string[][];
    /**
     * Date forms as templates: `{month}`, `{d}` (day), `{m}` (month number), `{yyyy}` stand for their
     * parts; a space matches any spacing; everything else is literal.
     */
    forms: string[];
  };
  placeholders: {
    /** Words that, alone in brackets, are a placeholder left to fill ("[date]", "[data de lançamento]"). */
    bracketWords: string[];
    /** Placeholder tokens that stand alone in the text ("TBD", "未定", "○○"). */
    tokens: string[];
  };
  /** Template guidance: imperatives that open an instruction to the writer, never release prose. */
  guidance: string[];
  /** Frequent short words, for guessing the language of a document. */
  stopwords: string[];
}
