import fc from 'fast-check';

// Random PR/FAQs from building blocks: container headings, part headings at varying levels and under
// their many names, bold label lines and run-in labels, unlabelled paragraphs of each part's kind,
// quotes in several styles and languages, FAQ blocks in every format, noise.

const PARAGRAPHS = {
  headline: ['Lantern Gets Night-Shift Workers Home After Midnight', 'Lantern lleva a casa a quienes trabajan de noche'],
  subheadline: ['Riders book a seat on a shared van from any bus stop between midnight and 5 a.m.', 'Les voyageurs réservent une place dans une navette partagée entre minuit et 5 heures.'],
  summary: [
    'SACRAMENTO, CA – October 1, 2027 – Regional Transit today launched Lantern, an on-demand night bus for riders who finish work between midnight and 5 a.m.',
    '`SEATTLE, WA — [TARGET GA DATE]` — Acme today launched Lantern, a night bus for shift workers.',
    'BERLIN, 3. März 2027 – Die Verkehrsbetriebe starten heute Lantern, einen Nachtbus auf Bestellung.',
    'Regional Transit today announced Lantern, a shared night van that picks riders up at any bus stop.',
  ],
  problem: [
    'Night-shift workers wait up to an hour for the last bus, or pay $30 for a taxi. One rider in four has missed a shift because of it.',
    'A nurse who finishes at 2 a.m. has no bus home: the last one leaves at 12:40, and a taxi costs more than an hour of her pay.',
  ],
  solution: [
    'Lantern sends a shared van to the rider\'s stop within 15 minutes and drops everyone at their door, for the price of a bus ticket.',
    'Lantern groups riders going the same way into one van and shows the arrival time on the phone.',
  ],
  'leader-quote': [
    '“We built Lantern for the people who keep the city running at night,” said Ana Ortiz, general manager of Regional Transit.',
    '„Niemand soll nachts eine Stunde warten“, sagte Dr. Jana Weber, Geschäftsführerin der Verkehrsbetriebe.',
  ],
  'how-it-works': [
    'To get started, riders download the Lantern app, choose their home stop and tap Request when they leave work.',
    'Getting started takes a minute: text NIGHT to 40410 and reply with your stop number.',
  ],
  'customer-quote': [
    '"I get home before my kids wake up now," said Keisha Brown, a nurse at Mercy General who rides Lantern four nights a week.',
    '> «Antes esperaba una hora en la parada; ahora llego a casa en veinte minutos».\n>\n> — Rosa Gil, enfermera',
  ],
  'call-to-action': ['Lantern is available today on every route in Sacramento. Learn more at lantern.example.', 'Lantern est disponible dès aujourd\'hui ; rendez-vous sur lantern.example.'],
} as const;
type PartId = keyof typeof PARAGRAPHS;
const PARTS = Object.keys(PARAGRAPHS) as PartId[];

const NAMES: Record<PartId, string[]> = {
  headline: ['Headline', 'Title'],
  subheadline: ['Subheading', 'Sub-Heading'],
  summary: ['Summary', 'Intro', 'Resumen'],
  problem: ['Problem', 'The Problem', 'Problem Statement', 'Das Problem'],
  solution: ['Solution', 'The Solution', 'Key Features', 'La solution'],
  'leader-quote': ['Leader Quote', 'Quote from the CEO', 'From Our Team'],
  'how-it-works': ['How to Get Started', 'How It Works', 'Getting Started'],
  'customer-quote': ['Customer Quote', 'Customer Testimonial', 'What the Customers are Saying'],
  'call-to-action': ['Call to Action', 'Availability', 'Next Steps'],
};

const hashes = (level: number) => '#'.repeat(level);

/** One release part, written in one of the ways real documents write it. */
const partBlock = (id: PartId) =>
  fc.tuple(fc.constantFrom(...PARAGRAPHS[id]), fc.constantFrom(...NAMES[id]), fc.integer({ min: 1, max: 4 }), fc.constantFrom('heading', 'bold-line', 'colon-line', 'run-in', 'bare', 'bare'))
    .map(([text, name, level, style]) => {
      if (id === 'headline') {
        if (style === 'bold-line' || style === 'colon-line') return `**${text}**`;
        return `${hashes(Math.min(level, 3))} ${text}`;
      }
      if (id === 'subheadline') {
        if (style === 'heading') return `${hashes(Math.min(level + 1, 4))} ${text}`;
        if (style === 'bold-line' || style === 'run-in') return `*${text}*`;
        return text;
      }
      switch (style) {
        case 'heading':
          return `${hashes(level)} ${name}\n\n${text}`;
        case 'bold-line':
          return `**${name}**\n\n${text}`;
        case 'colon-line':
          return `**${name}:**\n\n${text}`;
        case 'run-in':
          return text.startsWith('>') ? `**${name}:**\n\n${text}` : `**${name}.** ${text}`;
        default:
          return text;
      }
    });

const QUESTIONS = {
  external: ['How much does Lantern cost?', 'Can I ride with a wheelchair?', 'Does Lantern run on holidays?', '¿Necesito un teléfono inteligente?', '予約はいつまでにすればよいですか？'],
  internal: ['What are the top reasons this will fail?', 'How much will it cost to run?', 'Why now?', 'Was kostet der Betrieb?'],
};
const ANSWERS = ['The same as a bus ticket: $2.50.', 'Yes. Every van has a ramp.', 'TBD', 'Yes, on every night of the year.'];

const faqEntry = (kind: 'external' | 'internal', level: number) =>
  fc.tuple(fc.constantFrom(...QUESTIONS[kind]), fc.constantFrom(...ANSWERS), fc.constantFrom('heading', 'bold-q', 'bold', 'list', 'plain-q'), fc.integer({ min: 1, max: 20 }))
    .map(([q, a, format, n]) => {
      switch (format) {
        case 'heading':
          return `${hashes(Math.min(level + 1, 6))} ${q}\n\n${a}`;
        case 'bold-q':
          return `**Q: ${q}**\n\nA: ${a}`;
        case 'bold':
          return `**${q}**\n\n${a}`;
        case 'list':
          return `${n}. ${q}\n\n   ${a}`;
        default:
          return `Q${n}: ${q}\n\nA: ${a}`;
      }
    });

const faqPart = (kind: 'external' | 'internal') =>
  fc.tuple(
    fc.integer({ min: 1, max: 3 }),
    fc.constantFrom(...(kind === 'external'
      ? ['External FAQ', 'External FAQ (what real people will ask)', 'Customer FAQ', 'FAQ', 'Preguntas frecuentes', '']
      : ['Internal FAQ', 'Internal/Technical FAQ', 'Interne FAQ', '社内FAQ'])),
  ).chain(([level, title]) =>
    fc.array(faqEntry(kind, level), { maxLength: 4 }).map((entries) => [title ? `${hashes(level)} ${title}` : '', ...entries].filter(Boolean).join('\n\n')),
  );

const container = fc.constantFrom('', '# Press Release', '## Press Release', '# Part 1 — Press Release', '## Press release (draft, dated for the launch)', '# Pressemitteilung', '# プレスリリース');
const title = fc.constantFrom('', '# PR/FAQ: Lantern', '# Lantern');
const decoration = fc.constantFrom('', '', '**FOR IMMEDIATE RELEASE**', '<!-- draft 3 -->', '```\n# not a heading\n```');

/** A release: its parts in canonical order, some left out, or (sometimes) shuffled. */
const release = fc
  .tuple(fc.subarray(PARTS), fc.boolean())
  .chain(([ids, shuffle]) => (shuffle ? fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }) : fc.constant(ids)))
  .chain((ids) => (ids.length ? fc.tuple(...ids.map(partBlock)) : fc.constant([] as string[])));

/** A PR/FAQ-shaped document: optional title, container and decoration, release parts, FAQ parts, LF or CRLF. */
export const randomDocument = fc
  .tuple(title, container, decoration, release, fc.option(fc.constantFrom('# FAQ', '## Frequently Asked Questions', '# Foire aux questions')), fc.option(faqPart('external')), fc.option(faqPart('internal')), fc.boolean(), fc.constantFrom('\n', '\r\n'))
  .map(([t, c, d, parts, faqTitle, external, internal, internalFirst, eol]) => {
    const faq = internalFirst ? [internal, external] : [external, internal];
    const blocks = [t, c, d, ...parts, faqTitle, ...faq].filter((b): b is string => !!b);
    return blocks.join('\n\n').replace(/\r?\n/g, eol) + eol;
  });
