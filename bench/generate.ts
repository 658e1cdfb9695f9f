// Deterministic PR/FAQ-shaped Markdown of a given size, for the benchmark. About 530 words a page,
// with the constructs real PR/FAQs use: front matter, headings, quotes, lists, a table, code, links.

const WORDS = (
  'customer team inbox message reply support answer hour minute price month trial shop agency clinic ' +
  'report share assign badge summary import export account owner teammate invoice refund order email ' +
  'search label archive quickly simply every small large first last daily weekly secure private fast'
).split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  if (next() < 0.15) out[2] = `**${out[2]}**`;
  if (next() < 0.1) out[4] = `[${out[4]}](https://example.com/${out[4]})`;
  if (next() < 0.1) out[5] = `\`${out[5]}\``;
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function paragraph(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(next, 8 + Math.floor(next() * 10))).join(' ');
}

function pressRelease(next: () => number): string {
  return [
    '---\nprfaq: true\ntitle: Harbor Shared Inbox\n---',
    '# Harbor Launches Shared Inbox So Small Teams Answer Every Customer Within an Hour',
    '*Teams of two to twenty share one inbox and stop sending duplicate replies.*',
    `SEATTLE, WA – March 3, 2027 – Harbor today announced Harbor Shared Inbox. ${paragraph(next, 3)}`,
    `## Problem\n\n${paragraph(next, 4)}`,
    `## Solution\n\n${paragraph(next, 4)}\n\n- ${sentence(next, 8)}\n- ${sentence(next, 9)}\n- ${sentence(next, 7)}`,
    `## Leader Quote\n\n"${paragraph(next, 2)}" said Priya Raman, Vice President of Product at Harbor.`,
    `## How It Works\n\n${paragraph(next, 3)}\n\n1. ${sentence(next, 8)}\n2. ${sentence(next, 8)}`,
    `## Customer Quote\n\n"${paragraph(next, 2)}" said Marcus Lee, co-owner of Lee & Daughters.`,
    '## Call to Action\n\nHarbor Shared Inbox is available today at harbor.example/inbox for $9 per person per month.',
  ].join('\n\n');
}

function faqEntry(next: () => number, n: number): string {
  const q = `### ${sentence(next, 6).replace(/\.$/, '')} ${n}?`;
  const parts = [q, paragraph(next, 3 + Math.floor(next() * 3))];
  const r = next();
  if (r < 0.2) parts.push(`- ${sentence(next, 7)}\n- ${sentence(next, 6)}\n  ${sentence(next, 5)}\n- ${sentence(next, 8)}`);
  else if (r < 0.3) parts.push(`| Plan | Price | Seats |\n| --- | ---: | --- |\n| Team | $9 | ${n} |\n| Business | $19 | ${n * 2} |`);
  else if (r < 0.37) parts.push('```json\n{\n  "inbox": "support@example.com",\n\n  "seats": 5\n}\n```');
  else if (r < 0.45) parts.push(`> ${sentence(next, 9)}\n> ${sentence(next, 7)}`);
  return parts.join('\n\n');
}

/** A PR/FAQ of about `pages` pages (530 words each): the release, then external and internal FAQs. */
export function generatePrfaq(pages: number, seed = 1): string {
  const next = rng(seed);
  const target = pages * 530;
  const out = [pressRelease(next), '## External FAQ'];
  let words = countRoughly(out.join(' '));
  let n = 1;
  let internal = false;
  while (words < target) {
    if (!internal && words > target * 0.55) {
      out.push('## Internal FAQ');
      internal = true;
    }
    const entry = faqEntry(next, n++);
    out.push(entry);
    words += countRoughly(entry);
  }
  if (!internal) out.push('## Internal FAQ', faqEntry(next, n));
  return out.join('\n\n') + '\n';
}

function countRoughly(s: string): number {
  return s.split(/\s+/).filter((w) => /\w/.test(w)).length;
}
