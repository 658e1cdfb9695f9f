import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/core/check';
import { formatDecimal } from '../../server/src/core/format';
import type { CheckResult, Finding } from '../../server/src/core/types';
import { renderBody, renderHtml } from '../../server/src/preview/render';

const RELEASE = `---
title: Widgets launch
owner: secret-front-matter-value
---

# Acme launches Widgets: dashboards in one click

*Small teams see their numbers without a data engineer*

SEATTLE, WA – June 12, 2026 – Acme today announced Widgets, a dashboard tool for small teams.

<!-- Guidance: describe the customer's problem in two sentences. -->

## Problem

Small teams wait three weeks for a dashboard because only data engineers can build one.

## Solution

Widgets turns a spreadsheet into a dashboard in one click. Pricing is TBD for now.

“We built our first dashboard in five minutes,” said Jane Doe, CTO of Example Corp.

## External FAQ

**Q: How much does it cost?**

It is free for teams of five people.

### Does it work offline?

Yes, dashboards are cached on the device.

## Internal FAQ

### Why now?

Spreadsheet exports grew tenfold in two years.
`;

function finding(result: CheckResult, ruleId: string, snippet: string): Finding {
  const start = result.model.text.indexOf(snippet);
  const end = start + snippet.length;
  const point = (offset: number) => {
    const before = result.model.text.slice(0, offset).split('\n');
    return { line: before.length, column: before[before.length - 1]!.length + 1, offset };
  };
  return { ruleId, severity: 'warning', message: `Placeholder "${snippet}" left in the text`, range: { start: point(start), end: point(end) }, url: '' };
}

function lineOf(text: string, snippet: string): number {
  return text.slice(0, text.indexOf(snippet)).split('\n').length;
}

describe('renderBody: the press release', () => {
  const result = check(RELEASE);
  const html = renderBody(result);

  it('sets the headline as the release headline, with its source line', () => {
    expect(html).toMatch(new RegExp(`<h1 data-line="${lineOf(RELEASE, '# Acme')}" class="pr-headline">Acme launches Widgets`));
  });

  it('sets the italic line after the headline as the subheading', () => {
    expect(html).toMatch(/<p data-line="\d+" class="pr-subheadline"><em>Small teams see their numbers/);
  });

  it('sets the dateline apart at the start of the summary', () => {
    expect(html).toContain('<span class="pr-dateline">SEATTLE, WA – June 12, 2026 – </span>Acme today announced');
  });

  it('adds the FOR IMMEDIATE RELEASE masthead before the headline, as decoration only', () => {
    const masthead = html.indexOf('FOR IMMEDIATE RELEASE');
    expect(masthead).toBeGreaterThan(-1);
    expect(masthead).toBeLessThan(html.indexOf('pr-headline'));
    expect(html).toMatch(/<div class="pr-release-line pr-decoration" aria-hidden="true">FOR IMMEDIATE RELEASE<\/div>/);
  });

  it('styles a FOR IMMEDIATE RELEASE line the writer typed instead of adding one', () => {
    const own = renderBody(check(`**FOR IMMEDIATE RELEASE**\n\n${RELEASE.split('---\n')[2]}`));
    expect(own.match(/FOR IMMEDIATE RELEASE/g)).toHaveLength(1);
    expect(own).toMatch(/<p data-line="1" class="pr-release-line"><strong>FOR IMMEDIATE RELEASE/);
  });

  it('sets quotes off and their attribution apart', () => {
    expect(html).toMatch(/<p data-line="\d+" class="pr-quote" data-quote="[a-z]+"[^>]*>“We built our first dashboard in five minutes,” <span class="pr-attribution">said Jane Doe, CTO of Example Corp.<\/span><\/p>/);
  });

  it('sets a blockquoted quote with a dash attribution line apart', () => {
    const doc = `# Acme launches Widgets\n\n## Customer quote\n\n> “It saves me a day a week.”\n>\n> — Sam Lee, owner of a bakery\n`;
    const out = renderBody(check(doc));
    expect(out).toMatch(/<blockquote[^>]*class="pr-quote"/);
    expect(out).toMatch(/<p data-line="7" class="pr-attribution">— Sam Lee/);
  });

  it('labels template section headings instead of setting them as headlines', () => {
    expect(html).toMatch(/<h2 data-line="\d+" class="section-label">Problem<\/h2>/);
  });

  it('does not take a heading naming the document or a part for the headline or an FAQ', () => {
    const titled = renderBody(check('# PR/FAQ for Cabana\n\nCabana gives teams ready AWS accounts in minutes.\n'));
    expect(titled).not.toContain('faq-heading');
    const parts = renderBody(check('# Press Release\n\nCabana gives teams ready AWS accounts.\n\n## Problem\n\nTeams wait an hour.\n\n## Solution\n\nA pool of accounts.\n'));
    expect(parts).toMatch(/<h1 data-line="1" class="section-label">Press Release<\/h1>/);
    expect(parts).not.toContain('pr-headline');
  });

  it('hides front matter and drops HTML comments', () => {
    expect(html).not.toContain('secret-front-matter-value');
    expect(html).not.toContain('title: Widgets launch');
    expect(html).not.toContain('Guidance');
    expect(html).not.toContain('<!--');
  });

  it('gives every block its source line', () => {
    const blocks = html.match(/<(p|h[1-6]|ul|ol|li|blockquote|pre|table)( [^>]*)?>/g) ?? [];
    expect(blocks.length).toBeGreaterThan(10);
    for (const tag of blocks) expect(tag).toMatch(/data-line="\d+"/);
  });
});

describe('renderBody: the FAQ', () => {
  const result = check(RELEASE);
  const html = renderBody(result);

  it('labels the external and internal FAQ headings', () => {
    expect(html).toMatch(/<h2 data-line="\d+" class="faq-heading faq-heading-external">External FAQ<span class="faq-badge faq-badge-external">customer<\/span><\/h2>/);
    expect(html).toMatch(/<h2 data-line="\d+" class="faq-heading faq-heading-internal">Internal FAQ<span class="faq-badge faq-badge-internal">internal<\/span><\/h2>/);
  });

  it('styles questions and answers by kind', () => {
    expect(html).toMatch(/<p data-line="\d+" class="faq-q faq-external" data-faq="external"><strong>Q: How much does it cost\?<\/strong><\/p>/);
    expect(html).toMatch(/<p data-line="\d+" class="faq-a faq-external"( title="Reading ease [^"]+" data-readability="-?\d+")?>It is free for teams of five people.<\/p>/);
    expect(html).toMatch(/<h3 data-line="\d+" class="faq-q faq-external" data-faq="external">Does it work offline\?<\/h3>/);
    expect(html).toMatch(/<h3 data-line="\d+" class="faq-q faq-internal" data-faq="internal">Why now\?<\/h3>/);
    expect(html).toMatch(/<p data-line="\d+" class="faq-a faq-internal"( title="Reading ease [^"]+" data-readability="-?\d+")?>Spreadsheet exports grew/);
  });

  it('flags an unanswered question', () => {
    const out = renderBody(check(`# Acme launches Widgets\n\n## External FAQ\n\n### Does it work offline?\n\nTBD\n`));
    expect(out).toMatch(/class="faq-q faq-external faq-unanswered"/);
  });
});

describe('renderBody: findings in place', () => {
  it('shows a missing section as a dashed placeholder box where it belongs', () => {
    const withoutProblem = RELEASE.replace(/## Problem\n\n[^\n]+\n\n/, '');
    const out = renderBody(check(withoutProblem));
    const box = out.indexOf('<div class="pr-missing" data-section="problem"');
    expect(box).toBeGreaterThan(-1);
    expect(out.slice(box)).toMatch(/^<div class="pr-missing" data-section="problem" data-line="\d+"[^>]*><span class="pr-missing-title">Missing: Problem<\/span>/);
    // Canonical order: after the summary, before the solution.
    expect(box).toBeGreaterThan(out.indexOf('pr-dateline'));
    expect(box).toBeLessThan(out.indexOf('>Solution</h2>'));
  });

  it('takes missing sections from missing-section findings', () => {
    const result = check(RELEASE);
    const missing: Finding = { ...finding(result, 'missing-section', '## Solution'), section: 'leader-quote', message: 'Add a quote from a company leader.' };
    const out = renderBody({ ...result, findings: [...result.findings, missing] });
    expect(out).toMatch(/<div class="pr-missing" data-section="leader-quote"[^>]*>.*Add a quote from a company leader\./s);
  });

  it('highlights placeholders reported by the placeholder rule', () => {
    const result = check(RELEASE);
    const others = result.findings.filter((f) => f.ruleId !== 'placeholder');
    const out = renderBody({ ...result, findings: [...others, finding(result, 'placeholder', 'TBD')] });
    expect(out).toContain('Pricing is <mark class="placeholder" title="Placeholder &#x22;TBD&#x22; left in the text">TBD</mark> for now.');
  });
});

describe('renderBody: findings from the real rules', () => {
  it('highlights the placeholders the placeholder rule finds', () => {
    const result = check(RELEASE);
    const placeholders = result.findings.filter((f) => f.ruleId === 'placeholder');
    const marks = renderBody(result).match(/<mark class="placeholder"[^>]*>[^<]*<\/mark>/g) ?? [];
    expect(marks).toHaveLength(placeholders.length);
    if (placeholders.length > 0) expect(marks[0]).toMatch(/>TBD<\/mark>$/);
  });
});

describe('renderBody: a hostile document', () => {
  const hostile = `# Acme launches Widgets

<script>window.pwned = 'script'</script>

<img src="x.png" onerror="window.pwned = 'onerror'">

<iframe src="https://evil.example/"></iframe>

<object data="evil.swf"></object><embed src="evil.swf"><style>body { display: none }</style>

[click me](javascript:window.pwned='link') and <a href="javascript:alert(1)" onclick="alert(2)">raw link</a>

<a href="data:text/html,<script>alert(1)</script>">data link</a> <a href="command:workbench.action.terminal.new">command</a>

<div onmouseover="alert(1)" style="position:fixed">hover</div> <sup>ok</sup> <details><summary>More</summary>kept</details>
`;
  const html = renderBody(check(hostile));

  it('removes script, iframe, object, embed and style elements with their content', () => {
    for (const tag of ['<script', '<iframe', '<object', '<embed', '<style']) expect(html).not.toContain(tag);
    expect(html).not.toContain('window.pwned');
    expect(html).not.toContain('display: none');
  });

  it('removes on* handlers and style attributes', () => {
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).toContain('<img src="x.png">');
  });

  it('removes javascript:, data: and command: link targets', () => {
    expect(html).not.toMatch(/href="(javascript|data|command):/i);
    expect(html).toContain('click me');
    expect(html).toContain('raw link');
  });

  it('sanitizes a document without any HTML too', () => {
    const out = renderBody(check('# Acme launches Widgets\n\n[click](javascript:alert(1)) ![x](javascript:alert(2)) [ok](https://example.com)\n'));
    expect(out).not.toMatch(/javascript:/i);
    expect(out).toContain('<a href="https://example.com">ok</a>');
  });

  it('keeps harmless HTML', () => {
    expect(html).toContain('<sup>ok</sup>');
    expect(html).toMatch(/<details[^>]*><summary[^>]*>More<\/summary>kept<\/details>/);
  });
});

describe('renderHtml: the page', () => {
  const result = check(RELEASE);

  it('shows the core word and page counts', () => {
    const html = renderHtml(result);
    const { words } = result.model;
    expect(html).toContain(`Press release: ${words.pressRelease} words, ${formatDecimal(result.pages.pressRelease)} of 1 page`);
    expect(html).toContain(`Total: ${words.total} words, ${formatDecimal(result.pages.total)} of 6 pages`);
    expect(html).toContain('500 words a page');
  });

  it('tells a Japanese document in characters, with the estimate of the diagnostics', () => {
    const body = '診療時間外に電話をかけた患者さんの伝言は、翌日の午後まで誰にも気づかれないことがあります。'.repeat(30);
    const ja = check(`# ハーバー提供開始\n\n2027年3月3日、札幌 — 株式会社アクメは本日、ハーバーを発表しました。${body}\n`);
    expect(ja.pages.unit).toBe('characters');
    const html = renderHtml(ja);
    const chars = ja.model.characters.pressRelease.toLocaleString('en-US');
    expect(html).toContain(`Press release: ${chars} characters, ${formatDecimal(ja.pages.pressRelease)} of 1 page</span>`);
    expect(html).toContain('1,200 characters a page');
    const [finding] = ja.findings.filter((f) => f.ruleId === 'press-release-length');
    expect(finding.message).toContain(`is ${chars} characters (${formatDecimal(ja.pages.pressRelease)} pages)`);
  });

  it('pins inline style and script by hash when exported', () => {
    const html = renderHtml(result, { standalone: true, paper: 'a4', theme: 'paper' });
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;[^"]*script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
    expect(html).toContain('@page { size: A4; margin: 0; }');
    expect(html).toContain('data-theme="paper"');
    expect(html).not.toMatch(/<link|<script src/);
  });

  it('uses the webview nonce and CSP source, and a base for relative images', () => {
    const html = renderHtml(result, { forWebview: { nonce: 'abc123', cspSource: 'https://webview.test', baseUri: 'https://webview.test/doc/' } });
    expect(html).toContain('<script nonce="abc123">');
    expect(html).toContain('<style nonce="abc123">');
    expect(html).toContain('script-src &#39;nonce-abc123&#39;');
    expect(html).toContain('<base href="https://webview.test/doc/">');
    expect(html).toContain('data-theme="auto"');
  });

  it('escapes the title', () => {
    expect(renderHtml(result, { title: '<b>x</b>' })).toContain('<title>&#60;b&#62;x&#60;/b&#62;</title>');
  });
});

/** Every href/src value as a browser would read it: entities decoded, tabs, newlines and controls removed, lower case. */
function urlsIn(html: string): string[] {
  const decode = (v: string) =>
    v.replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...html.matchAll(/<[a-z][^<>]*?\s(?:href|src)="([^"]*)"/gi)].map((m) => decode(m[1]!).replace(/[\s\S]/g, (c) => (c <= ' ' ? '' : c)).toLowerCase());
}

describe('renderBody: any input', () => {
  const pieces = [
    '# ', '## ', '### ', '> ', '- ', '1. ', '**', '*', '`', '```\n', '---\n', '\n', '\n\n', '<!-- x -->', '<script>', '</script>',
    '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">', '</a>', '[l](javascript:x)', '<iframe>', '<style>', '<div onclick="x">',
    'TODO', 'Q: Why?', 'SEATTLE, WA – June 1, 2026 – ', '“Quote,” said Ann.', 'External FAQ', 'Internal FAQ', '| a | b |\n|---|---|\n| 1 | 2 |\n',
    '<a href="&#106;avascript:alert(1)">', '<a href=" JaVaScRiPt:alert(1)">', '<a href="java\tscript:alert(1)">', '[x](&#106;avascript:y)',
    '[^1]', '[^1]: note\n', '\t', '\r\n', 'word ', 'Ünïcödé ', '😀', '&amp;', '&#0;', '\u0000',
  ];
  it('never throws, never lets script, handlers or javascript: URLs through', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const html = renderBody(check(parts.join('')));
        expect(html).not.toMatch(/<(script|iframe|style|object|embed)\b/i);
        expect(html).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i); // in a tag, not escaped text in a code block
        for (const url of urlsIn(html)) expect(url).not.toMatch(/^(javascript:|vbscript:|data:text)/);
      }),
      { numRuns: 300, seed: 4242 },
    );
  });
});

describe('readability in the preview', () => {
  it('gives release paragraphs and FAQ answers their reading ease and grade as a tooltip (same figures as hover)', () => {
    const html = renderBody(check(RELEASE));
    const problem = /<p[^>]*data-line="20"[^>]*>/.exec(html)?.[0] ?? '';
    expect(problem).toMatch(/title="Reading ease -?[\d.]+ \([a-z ]+\) · grade -?[\d.]+"/);
    expect(problem).toMatch(/data-readability="-?\d+"/);
    expect(html).toMatch(/<p[^>]*title="Reading ease[^"]*"[^>]*>It is free for teams of five people\.<\/p>/);
  });

  it('leaves documents in other languages without scores', () => {
    const html = renderBody(check(`---\nlang: de\n---\n${RELEASE.replace(/^---[\s\S]*?---\n/, '')}`));
    expect(html).not.toMatch(/data-readability/);
  });
});
