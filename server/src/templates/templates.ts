// The one source of the PR/FAQ skeletons: the editor snippets (snippets/prfaq.json is written from here by
// `npm run gen:snippets`), the "PR/FAQ: New PR/FAQ" command and `prfaq init`. The guidance is worded so the
// checker reads it as template instructions (core/instructions.ts): a fresh template is reported as an
// unfilled template, never as finished. In every snippet, tabstop 1 is the product name.

const RELEASE = [
  '## Headline',
  '',
  'Write a headline that names $1 and the benefit your customer gets, in one line.',
  '',
  '## Subheadline',
  '',
  'Describe in one sentence who the customer is and what they get from $1.',
  '',
  '## Summary',
  '',
  'Describe what launches, for whom, and the main benefit; open with the dateline: ${2:[CITY, ST]} – ${CURRENT_MONTH_NAME} ${CURRENT_DATE/^0//}, ${CURRENT_YEAR} – Today, …',
  '',
  '## Problem',
  '',
  'Describe the problem your customer has today, in their words, with a number.',
  '',
  '## Solution',
  '',
  'Explain how $1 removes the problem, and why it beats what customers do today.',
  '',
  '## Leader quote',
  '',
  'Quote a leader of your company on why you built $1 and what it means for customers; give their name and title.',
  '',
  '## How it works',
  '',
  'Describe how a customer gets started with $1, step by step.',
  '',
  '## Customer quote',
  '',
  'Quote a customer on what changed for them since they started using your product; give their name and role.',
  '',
  '## Call to action',
  '',
  'Tell the reader where to get $1, what it costs and how to start.',
];

const FAQ = [
  '## External FAQ',
  '',
  '### How much does $1 cost?',
  '',
  'Answer as you would to a customer who asks: price, plans and trial.',
  '',
  '### How do I get started?',
  '',
  'Answer as you would to a customer who asks, in two or three sentences.',
  '',
  '## Internal FAQ',
  '',
  '### What does it cost us to build and run $1?',
  '',
  'Answer with your estimate: people, months, and the cost to run it for each customer.',
  '',
  '### What are the top reasons this will fail?',
  '',
  'Answer with your three biggest risks and what you will do about each.',
  '',
  '### How will we measure success?',
  '',
  'Answer with the numbers you will track and the targets you commit to.',
];

/** A "Working Backwards" section of an RFC: guidance in blockquotes, as RFC templates write it. */
const WORKING_BACKWARDS = [
  '# RFC: ${1:Product name}',
  '',
  '> Describe in one sentence what this RFC proposes and the pain it removes for your users.',
  '',
  '## Working Backwards',
  '',
  '> Describe $1 as if it had already launched: write the press release and the FAQ you would publish on launch day, before the design.',
  '',
  '### Press release',
  '',
  '#### Headline',
  '',
  '> Write a headline that names $1 and the benefit your users get.',
  '',
  '#### Subheadline',
  '',
  '> Describe in one sentence who your users are and what they get from $1.',
  '',
  '#### Summary',
  '',
  '> Describe what launches, for whom, and the main benefit; open with the dateline: ${2:[CITY, ST]} – ${CURRENT_MONTH_NAME} ${CURRENT_DATE/^0//}, ${CURRENT_YEAR} –',
  '',
  '#### Problem',
  '',
  '> Describe the problem your users have today and what it costs them.',
  '',
  '#### Solution',
  '',
  '> Explain how $1 removes the problem.',
  '',
  '#### Leader quote',
  '',
  '> Quote a leader of your team on why you are building $1.',
  '',
  '#### How it works',
  '',
  '> Describe how a user gets started, step by step.',
  '',
  '#### Customer quote',
  '',
  '> Quote a user on what changed for them since they started using $1; give their name and role.',
  '',
  '#### Call to action',
  '',
  '> Tell the reader where to get $1 and how to start.',
  '',
  '### Public FAQ',
  '',
  '#### What are we launching today?',
  '',
  '> Answer in two or three sentences, as you would to a user who asks.',
  '',
  '#### Why should I use it?',
  '',
  '> Describe the use cases $1 serves, with an example.',
  '',
  '### Internal FAQ',
  '',
  '#### Why should we build this?',
  '',
  '> Explain the pain, the evidence for it, and what happens if we do nothing.',
  '',
  '#### What are the top reasons this will fail?',
  '',
  '> List the three biggest risks and how you would reduce each.',
  '',
  '#### What does it cost to build and run?',
  '',
  '> Estimate the people, the months and the cost to run it.',
];

export interface Snippet {
  prefix: string | string[];
  description: string;
  body: string[];
}

/** Every snippet, by name, in the order the editor lists them. */
export const SNIPPETS: Record<string, Snippet> = {
  'PR/FAQ document': {
    prefix: ['prfaq', 'prfaq-document'],
    description: 'A full PR/FAQ skeleton: press release, external FAQ, internal FAQ',
    body: ['# ${1:Product name}', '', ...RELEASE, '', ...FAQ, '$0'],
  },
  'PR/FAQ press release': {
    prefix: 'prfaq-pr',
    description: 'The press release part of a PR/FAQ (one page)',
    body: ['# ${1:Product name}', '', ...RELEASE, '$0'],
  },
  'PR/FAQ Working Backwards section': {
    prefix: 'prfaq-rfc',
    description: 'An RFC with a "Working Backwards" section: press release and FAQ first, design after',
    body: [...WORKING_BACKWARDS, '$0'],
  },
  'PR/FAQ dateline': {
    prefix: 'prfaq-dateline',
    description: 'Dateline that opens the summary: CITY, ST – Month D, YYYY –',
    body: ['${1:CITY}, ${2:ST} – ${CURRENT_MONTH_NAME} ${CURRENT_DATE/^0//}, ${CURRENT_YEAR} – $0'],
  },
  'PR/FAQ leader quote': {
    prefix: 'prfaq-leader-quote',
    description: 'Quote from a company leader',
    body: ['## Leader quote', '', '“${1:Why we built it and what it means for customers.}” said ${2:Name}, ${3:Title} at ${4:Company}.', '$0'],
  },
  'PR/FAQ customer quote': {
    prefix: 'prfaq-customer-quote',
    description: 'Quote from a customer',
    body: ['## Customer quote', '', '“${1:What changed for me, in my own words.}” said ${2:Name}, ${3:Role} at ${4:Customer}.', '$0'],
  },
  'PR/FAQ external FAQ entry': {
    prefix: 'prfaq-external-faq',
    description: 'A customer question and its answer',
    body: ['### ${1:How do I get started?}', '', '${2:Answer in the customer\'s words.}', '$0'],
  },
  'PR/FAQ internal FAQ entry': {
    prefix: 'prfaq-internal-faq',
    description: 'A stakeholder question and its answer',
    body: [
      '### ${1|What does it cost to build and run?,What are the top reasons this will fail?,How big is the market?,What do we depend on?,Why now?,How will we measure success?|}',
      '',
      '${2:Answer with numbers.}',
      '$0',
    ],
  },
};

/** snippets/prfaq.json as `npm run gen:snippets` writes it. */
export function snippetsJson(): string {
  return `${JSON.stringify(SNIPPETS, null, 2)}\n`;
}

export type TemplateId = 'classic' | 'working-backwards' | 'release';

export const TEMPLATES: { id: TemplateId; label: string; detail: string; snippet: keyof typeof SNIPPETS }[] = [
  { id: 'classic', label: 'Press release with external and internal FAQ', detail: 'The classic Amazon PR/FAQ', snippet: 'PR/FAQ document' },
  { id: 'working-backwards', label: 'RFC with a "Working Backwards" section', detail: 'Press release and FAQ inside a design RFC', snippet: 'PR/FAQ Working Backwards section' },
  { id: 'release', label: 'One-page press release only', detail: 'Headline to call to action, no FAQ', snippet: 'PR/FAQ press release' },
];


/** "March", as the snippet variables of VS Code write it. */
function monthName(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long' }).format(date);
}

function variable(name: string, date: Date): string | undefined {
  const two = (n: number) => String(n).padStart(2, '0');
  switch (name) {
    case 'CURRENT_YEAR': return String(date.getFullYear());
    case 'CURRENT_YEAR_SHORT': return String(date.getFullYear()).slice(-2);
    case 'CURRENT_MONTH': return two(date.getMonth() + 1);
    case 'CURRENT_MONTH_NAME': return monthName(date);
    case 'CURRENT_MONTH_NAME_SHORT': return monthName(date).slice(0, 3);
    case 'CURRENT_DATE': return two(date.getDate());
    default: return undefined;
  }
}

/**
 * A snippet body as plain text: each tabstop becomes its default (tabstop 1 the product name), choices their
 * first option, date variables today's values (with their /regex/format/ transform), `$0` nothing.
 */
export function expandSnippet(body: string[], values: { product: string; date: Date }): string {
  const text = body.join('\n');
  const tabstops = new Map<string, string>([['1', values.product], ['0', '']]);
  let i = 0;
  const parse = (until: string | null): string => {
    let out = '';
    while (i < text.length) {
      const c = text[i]!;
      if (until !== null && c === until) return out;
      if (c === '\\' && i + 1 < text.length && '$}\\,|'.includes(text[i + 1]!)) {
        out += text[i + 1];
        i += 2;
      } else if (c === '$') out += dollar();
      else {
        out += c;
        i++;
      }
    }
    return out;
  };
  const dollar = (): string => {
    const simple = /^\$(\d+|[A-Z_]+)/.exec(text.slice(i));
    if (simple) {
      i += simple[0].length;
      return /^\d/.test(simple[1]!) ? tabstops.get(simple[1]!) ?? '' : variable(simple[1]!, values.date) ?? '';
    }
    const open = /^\$\{(\d+|[A-Z_]+)/.exec(text.slice(i));
    if (!open) {
      i++;
      return '$';
    }
    i += open[0].length;
    const name = open[1]!;
    const next = text[i];
    let value: string;
    if (next === ':') {
      i++;
      const fallback = parse('}');
      value = /^\d/.test(name) ? tabstops.get(name) ?? fallback : variable(name, values.date) ?? fallback;
    } else if (next === '|') {
      i++;
      value = parse('|').split(',')[0] ?? '';
      i++; // the closing |
    } else if (next === '/') {
      const transform = /^\/((?:\\.|[^/])*)\/((?:\\.|[^/])*)\/([a-z]*)/.exec(text.slice(i));
      const base = /^\d/.test(name) ? tabstops.get(name) ?? '' : variable(name, values.date) ?? '';
      if (!transform) value = base;
      else {
        i += transform[0].length;
        value = base.replace(new RegExp(transform[1]!, transform[3]), transform[2]!);
      }
    } else value = /^\d/.test(name) ? tabstops.get(name) ?? '' : variable(name, values.date) ?? '';
    i++; // the closing }
    if (/^\d/.test(name) && !tabstops.has(name)) tabstops.set(name, value);
    return value;
  };
  return parse(null);
}

/** A YAML scalar for the title: plain when that reads back the same, else double-quoted (JSON's quoting is YAML's). */
function yamlString(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,&()'+/-]*$/u.test(value) && !/\s$/.test(value) ? value : JSON.stringify(value);
}

function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** A new PR/FAQ: front matter (title, date, draft stage) and the template's skeleton. */
export function templateText(id: TemplateId, product: string, date = new Date()): string {
  const template = TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`unknown template "${id}"`);
  const name = product.trim() || '[Product name]';
  const frontMatter = ['prfaq: true', `title: ${yamlString(name)}`, `date: ${isoDate(date)}`, 'status: draft'].join('\n');
  return `---\n${frontMatter}\n---\n\n${expandSnippet(SNIPPETS[template.snippet]!.body, { product: name, date })}\n`;
}
