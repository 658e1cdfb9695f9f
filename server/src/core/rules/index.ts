import type { Rule } from '../types';
import { missingSection } from './missing-section';
import { sectionOrder } from './section-order';
import { emptySection } from './empty-section';
import { pressReleaseLength } from './press-release-length';
import { faqLength } from './faq-length';
import { documentLength } from './document-length';
import { faqQuestionForm } from './faq-question-form';
import { faqUnanswered } from './faq-unanswered';
import { faqDuplicateQuestion } from './faq-duplicate-question';
import { placeholder } from './placeholder';
import { dateline } from './dateline';
import { quoteAttribution } from './quote-attribution';
import { weaselWord } from './weasel-word';
import { hypeWord } from './hype-word';
import { sentenceLength } from './sentence-length';
import { readability } from './readability';
import { acronym } from './acronym';
import { tense } from './tense';
import { passiveVoice } from './passive-voice';
import { internalFaqCoverage } from './internal-faq-coverage';

/** Every rule, in the order they run. Add a new rule here (explicit list: bundlers cannot glob). */
export const allRules: Rule[] = [
  missingSection,
  sectionOrder,
  emptySection,
  pressReleaseLength,
  faqLength,
  documentLength,
  faqQuestionForm,
  faqUnanswered,
  faqDuplicateQuestion,
  placeholder,
  dateline,
  quoteAttribution,
  // Writing style (issue 9): English only, severities follow the document's stage (core/stages.ts).
  weaselWord,
  hypeWord,
  sentenceLength,
  readability,
  acronym,
  tense,
  passiveVoice,
  internalFaqCoverage,
];
