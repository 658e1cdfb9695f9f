// Plain data shared by the core, the CLI, the language server and the preview.
// Nothing here knows about editors or LSP.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const PRESS_RELEASE_SECTIONS = [
  'headline',
  'subheadline',
  'summary',
  'problem',
  'solution',
  'leader-quote',
  'how-it-works',
  'customer-quote',
  'call-to-action',
] as const;
export const FAQ_SECTIONS = ['external-faq', 'internal-faq'] as const;
export const SECTION_IDS = [...PRESS_RELEASE_SECTIONS, ...FAQ_SECTIONS] as const;

export type PressReleaseSectionId = (typeof PRESS_RELEASE_SECTIONS)[number];
export type FaqSectionId = (typeof FAQ_SECTIONS)[number];
export type SectionId = (typeof SECTION_IDS)[number];

/** A point in the text. `line` and `column` are 1-based; `column` and `offset` count UTF-16 code units (as JS strings and LSP do). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Point;
  end: Point;
}

/** How a section was recognised: under a heading or label line that names it, or inferred from the text. */
export type SectionSource = 'heading' | 'inferred';

/**
 * How a part was found, finer than `source`: named by a heading, named by a label line ("**Problem:**"),
 * recognised from what it says (a dateline, a quotation with its speaker), or only from where it stands.
 */
export type SectionVia = 'heading' | 'label' | 'content' | 'position';

export interface Section {
  id: SectionId;
  /** The heading text as written (markup stripped), or null when the section was recognised from its content. */
  heading: string | null;
  /** ATX level 1-6 for Markdown headings; 0 for a bold/plain label line; null when inferred. */
  headingLevel: number | null;
  /** Range of the heading line (null when inferred). */
  headingRange: Range | null;
  /** The whole section: heading (if any) plus body. */
  range: Range;
  /** The body without the heading; null when the section has no body at all. */
  bodyRange: Range | null;
  /** Words a reader reads in the body (see words.ts). */
  words: number;
  /** Body as plain text, for rules that read prose. */
  text: string;
  /** True when the body has no words, or only template instructions / placeholders. */
  empty: boolean;
  /** True when the body has words but they are all template instructions (blockquoted guidance, "Describe …"). */
  instructionsOnly: boolean;
  source: SectionSource;
  via?: SectionVia;
  /** Found inside another part's text (a call to action in the summary): its words are that part's too. */
  shared?: boolean;
}

export type FaqKind = 'external' | 'internal';
export type FaqFormat = 'heading' | 'bold-q' | 'bold' | 'list' | 'plain-q';

export interface FaqEntry {
  kind: FaqKind;
  question: string;
  format: FaqFormat;
  /** Range of the question text (heading line, bold run or list item's first line). */
  range: Range;
  /** Range of the answer, null when there is none at all. */
  answerRange: Range | null;
  answerText: string;
  answered: boolean;
  /** Words in question + answer. */
  words: number;
}

export interface WordCounts {
  pressRelease: number;
  externalFaq: number;
  internalFaq: number;
  faq: number;
  total: number;
  /** Words inside fenced/indented code, counted in the figures above (documented choice: code is content). */
  code: number;
}

/** A count for each part of the document. */
export interface PartCounts {
  pressRelease: number;
  externalFaq: number;
  internalFaq: number;
  faq: number;
  total: number;
}

/**
 * Characters of scripts written without spaces (Chinese, Japanese, Thai…), per part: the words above
 * count their segmented words too, but a page of them holds a number of characters, not of words.
 */
export type CharacterCounts = PartCounts;

/** Per part, the words of `words` that a page holds differently (see core/pages.ts). */
export interface ScriptWordCounts {
  /** Words Intl.Segmenter finds in runs of scripts without spaces: on a page they count as their characters. */
  noSpace: PartCounts;
  /** Words with Hangul letters: a Korean word is longer on a page than an English one. */
  hangul: PartCounts;
}

/** The page estimate (core/pages.ts): every consumer shows these figures. */
export interface PageCounts {
  pressRelease: number;
  externalFaq: number;
  internalFaq: number;
  faq: number;
  total: number;
  wordsPerPage: number;
  charsPerPage: number;
  /**
   * What the document's length is told in: 'characters' when most of its pages come from scripts
   * without spaces (Chinese, Japanese…), else 'words'.
   */
  unit: 'words' | 'characters';
}

/** A heading as the model saw it, whether or not it names a section. */
export interface HeadingInfo {
  text: string;
  level: number;
  range: Range;
  /** Closed ATX (`## Summary ##`). */
  closed: boolean;
  sectionId: SectionId | null;
}

export interface FrontMatter {
  raw: string;
  /** Parsed YAML, or null when it does not parse. */
  data: Record<string, unknown> | null;
  error: string | null;
  range: Range;
}

/** One inline disable comment, resolved: rule ids (empty = all rules) off for these 1-based lines. */
export interface DisableDirective {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  rules: string[];
  line: number;
  range: Range;
}

/** What a heading or label line names (see recognise/names.ts): a part of the release, a container, or nothing known. */
export type BlockName = 'press-release' | 'prfaq' | 'faq' | 'other' | 'title' | 'body' | 'dateline' | 'decoration' | SectionId | null;

/** One top-level block as the recogniser read it: the document's outline, for fixes, hover and the preview. */
export interface BlockInfo {
  kind: 'heading' | 'label' | 'body';
  /** Heading depth 1-6; 0 for a label line; -1 for a body block. */
  level: number;
  range: Range;
  /** The large part the block is in. */
  region: 'pre' | 'pr' | 'faq' | 'other';
  faqKind: FaqKind | null;
  /** For a heading or label: what it names. */
  names: BlockName;
  /** A label written in bold (`**Problem:**`) rather than plain. */
  bold: boolean;
  /** One short line (a heading or label naming the headline would take it as its text). */
  short: boolean;
  /** Starts a top-level Markdown block (not a line inside a paragraph): text can be inserted before it. */
  startsBlock: boolean;
}

export interface DatelineInfo {
  /** The block that holds (or should open with) the dateline. */
  range: Range;
  city: boolean;
  date: boolean;
  /** The date is a placeholder ("[TARGET GA DATE]", "[data de lançamento]"). */
  placeholderDate: boolean;
}

export interface PrfaqModel {
  text: string;
  /** The mdast tree (remark-parse + remark-frontmatter + remark-gfm), positions relative to `text`. */
  tree: import('mdast').Root;
  /** Offsets at which each line starts (index 0 = line 1). */
  lineStarts: number[];
  frontMatter: FrontMatter | null;
  /** Detected sections in document order. A section id appears at most once. */
  sections: Section[];
  /**
   * Parts not recognised that some block could plausibly be (a paragraph with a few problem words, an
   * unattributed quotation): the checker does not call them missing. Prefer silence to a false alarm.
   */
  possibleSections: SectionId[];
  headings: HeadingInfo[];
  /** Every top-level block in order, with its region and what it names. */
  blocks: BlockInfo[];
  faq: { external: FaqEntry[]; internal: FaqEntry[] };
  words: WordCounts;
  characters: CharacterCounts;
  scriptWords: ScriptWordCounts;
  /** Range of the press release part (null when there is none). */
  pressReleaseRange: Range | null;
  /** Range of the FAQ part (null when there is none). */
  faqRange: Range | null;
  /** The dateline: a field of its own, or the opening of the summary; null when there is no summary. */
  dateline: DatelineInfo | null;
  /** BCP-47-ish language tag from front matter `lang`, or a detected one ('en' when unsure). */
  lang: string;
  directives: DisableDirective[];
}

export interface TextEdit {
  /** Offsets into the document text (UTF-16), end exclusive. An insertion has start === end. */
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedInfo {
  message: string;
  range: Range;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  section?: SectionId;
  /** Link to the rule's documentation page. */
  url: string;
  fix?: Fix;
  related?: RelatedInfo[];
}

export interface Budgets {
  /** Pages. */
  pressRelease: number;
  faq: number;
  total: number;
}

export interface RuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  wordsPerPage: number;
  /** Characters of scripts without spaces (Chinese, Japanese…) counted as one page. */
  charsPerPage: number;
  budgets: Budgets;
  requiredSections: SectionId[];
  /** Extra placeholder patterns (regular-expression sources, case-insensitive), added to the built-in ones. */
  placeholders: string[];
  rules: Record<string, RuleSetting>;
  /** Front matter `status` values per document stage (see stages.ts); absent means the defaults. */
  stages?: Partial<Record<'draft' | 'review' | 'final', string[]>>;
}

/** A configuration as a user writes it (rc file, front matter, editor settings). Every field optional. */
export interface UserConfig {
  wordsPerPage?: number;
  charsPerPage?: number;
  budgets?: Partial<Budgets>;
  requiredSections?: SectionId[];
  placeholders?: string[];
  rules?: Record<string, SeveritySetting | [SeveritySetting, Record<string, unknown>] | { severity?: SeveritySetting; options?: Record<string, unknown> }>;
  stages?: Partial<Record<'draft' | 'review' | 'final', string[]>>;
}

/** A problem in a configuration source. */
export interface ConfigProblem {
  /** File path, or 'front matter', or 'settings'. */
  source: string;
  /** JSON path of the bad key, e.g. `rules.placeholder`. */
  key: string;
  message: string;
  /** 1-based line in the source when known. */
  line?: number;
  column?: number;
}

export interface ReportInput {
  message: string;
  range: Range;
  section?: SectionId;
  fix?: Fix;
  related?: RelatedInfo[];
  /** Override the configured severity for this one finding (e.g. warning at 90 % of budget, error over it). */
  severity?: Severity;
}

export interface RuleContext {
  model: PrfaqModel;
  config: ResolvedConfig;
  /** This rule's options (defaults merged with user options). */
  options: Record<string, unknown>;
  report(finding: ReportInput): void;
}

export interface Rule {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  /** Default options, shown in docs and the schema. */
  defaultOptions?: Record<string, unknown>;
  fixable: boolean;
  /** 'structure' | 'length' | 'faq' | 'content' | 'style' */
  category: 'structure' | 'length' | 'faq' | 'content' | 'style';
  check(context: RuleContext): void;
}

export interface CheckResult {
  model: PrfaqModel;
  findings: Finding[];
  config: ResolvedConfig;
  configProblems: ConfigProblem[];
  pages: PageCounts;
}
