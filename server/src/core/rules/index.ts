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
];
