// PR/FAQ documents for the preview tests, written here (never taken from the corpus).

const VOCABULARY = (
  'teams customers dashboard data spreadsheet minutes report weekly sales numbers owner bakery shop export chart ' +
  'share link phone answer question price month free plan trial support email account secure cloud offline sync ' +
  'the a of to in for with on and that is are was will can each every our their your one two three simple fast'
).split(' ');

/** Deterministic filler prose: `count` words in sentences of twelve. */
export function prose(count: number, seed = 7): string {
  let state = seed;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    let word = VOCABULARY[state % VOCABULARY.length]!;
    if (i % 12 === 0) word = word[0]!.toUpperCase() + word.slice(1);
    words.push(i % 12 === 11 || i === count - 1 ? `${word}.` : word);
  }
  return words.join(' ');
}

/** A complete release of about 400 words, then a short FAQ: the release must fit on page 1. */
export function onePageExample(): string {
  return `---
title: Acme Widgets
---

# Acme launches Widgets: a dashboard in one click for small teams

*Shop owners see their sales numbers every morning without a data engineer*

SEATTLE, WA – June 12, 2026 – Acme today announced Widgets, which turns a spreadsheet into a shared dashboard in one click. ${prose(40, 1)}

## Problem

${prose(70, 2)}

## Solution

${prose(70, 3)}

## Leader quote

“Small teams should not need a data team to see their own numbers,” said Ana Ruiz, VP of Product at Acme. “${prose(25, 4)}”

## How it works

${prose(50, 5)}

## Customer quote

“I check my sales on my phone before I open the shop,” said Sam Lee, owner of Lee's Bakery.

## Call to action

Widgets is available today at https://widgets.example.com, free for teams of five.

## External FAQ

### How much does it cost?

${prose(40, 6)}

### Does it work offline?

${prose(40, 7)}

## Internal FAQ

### Why now?

${prose(60, 8)}
`;
}

/** About 3,000 words (six pages at 500 words a page): a release, then many questions. */
export function sixPageDocument(): string {
  const questions: string[] = [];
  for (let i = 1; i <= 24; i++) questions.push(`### Question ${i}: how does part ${i} work?\n\n${prose(55, 100 + i)}\n\n${prose(45, 200 + i)}\n`);
  return `${onePageExample()}\n${questions.join('\n')}`;
}

/** Every trick to make the preview run script. `window.pwned` must stay undefined. */
export function hostileDocument(): string {
  return `# Acme launches Widgets

<script>window.pwned = 'script'</script>

<img src="missing.png" onerror="window.pwned = 'onerror'">

<img src="x" onload="window.pwned = 'onload'"><svg onload="window.pwned = 'svg'"></svg>

<iframe src="javascript:parent.pwned = 'iframe'"></iframe>

[click me](javascript:window.pwned='link')

<a id="raw-link" href="javascript:window.pwned='raw-link'" onclick="window.pwned='onclick'">raw link</a>

<div onmouseover="window.pwned = 'hover'">hover me</div>

<form action="javascript:window.pwned='form'"><button>send</button></form>

<object data="javascript:window.pwned='object'"></object>

<meta http-equiv="refresh" content="0;url=javascript:window.pwned='meta'">

<style>body { display: none }</style>
`;
}
