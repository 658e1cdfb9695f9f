import { KeyedMemos, NodeReadings, shiftSpans, type TextMemo } from '../cache';
import type { Nodes, Parents } from 'mdast';
import type { PrfaqModel, Rule, RuleContext } from '../types';
import { toString } from 'mdast-util-to-string';
import { isPlaceholderWords } from '../vocabulary';
import { BARE_LABEL, BUILT_IN_PATTERNS, PROMPT_HEADING, compileUserPattern, isTitleCase, type PlaceholderPattern } from './placeholderPatterns';
import { documentAnchor, quoteText, rangeOf, sectionAt, stringList } from './util';

interface Hit {
  start: number;
  end: number;
  advice?: string;
  what?: string;
}

/** A stretch of the raw text to scan, and whether it is code (only strong patterns apply there). */
interface Span {
  start: number;
  end: number;
  code: boolean;
}

/**
 * Walks the mdast tree for the places a reader sees text. HTML (comments included), front matter,
 * link and image destinations and definitions are never visited, so they never hold a placeholder.
 */
interface Visible {
  spans: Span[];
  labels: Span[];
  prompts: Span[];
}

function visibleSpans(model: PrfaqModel): Visible {
  const all: Visible = { spans: [], labels: [], prompts: [] };
  for (const node of model.tree.children) {
    const mine = spansOfNodes.read(node, model.text, () => nodeSpans(model.text, node as Nodes, model.tree));
    // (Not a spread: a node of a 100,000-row table holds more spans than a call takes arguments.)
    for (const x of mine.spans) all.spans.push(x);
    for (const x of mine.labels) all.labels.push(x);
    for (const x of mine.prompts) all.prompts.push(x);
  }
  return all;
}

// What a top-level node shows depends on its own text: a node the incremental parser kept keeps its spans.
const spansOfNodes = new NodeReadings<Visible>('placeholder: visible spans of top-level nodes', (v, d) => ({ spans: shiftSpans(v.spans, d), labels: shiftSpans(v.labels, d), prompts: shiftSpans(v.prompts, d) }));

function nodeSpans(text: string, top: Nodes, root: Parents): Visible {
  const spans: Span[] = [];
  const labels: Span[] = [];
  const prompts: Span[] = [];
  const visit = (node: Nodes, parent: Parents | null) => {
    const pos = node.position;
    if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return;
    const span = { start: pos.start.offset, end: pos.end.offset };
    switch (node.type) {
      case 'text':
        if (!(parent?.type === 'link' && isAutolink(parent.url, node.value))) spans.push({ ...span, code: false });
        return;
      case 'html':
        // <name>, <gym name>: an angle-bracket placeholder is parsed as HTML; a real tag is left alone.
        if (ANGLE_PLACEHOLDER.test(node.value) && !HTML_TAG.test(node.value)) labels.push({ ...span, code: false });
        return;
      case 'inlineCode': {
        // `[À VALIDER : citation]`: a bracketed placeholder set in code is still one (not `[DEFAULT]`).
        const bracket = /^\[([^\]\n]+)\]$/.exec(node.value.trim());
        if (bracket && isPlaceholderWords(bracket[1])) labels.push({ ...span, code: false });
        else spans.push({ ...span, code: true });
        return;
      }
      case 'code':
        spans.push({ ...span, code: true });
        return;
      case 'listItem':
        if (node.checked === false) spans.push({ start: span.start, end: lineEnd(text, span.start, span.end), code: true });
        break;
      case 'paragraph':
      case 'heading': {
        const label = bareLabel(node.children);
        if (label) {
          const c = label.position!;
          labels.push({ start: c.start.offset!, end: c.end.offset!, code: false });
          return;
        }
        const words = node.children.filter((c) => c.type !== 'html');
        if (node.type === 'heading' && words.length > 0 && PROMPT_HEADING.test(toString(words)) && !isTitleCase(toString(words))) {
          const first = words[0].position!;
          const last = words[words.length - 1].position!;
          prompts.push({ start: first.start.offset!, end: last.end.offset!, code: false });
          return;
        }
        break;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, node as Parents);
  };
  visit(top, root);
  return { spans, labels, prompts };
}

const ANGLE_PLACEHOLDER = /^<[a-z][a-z]*(?: [a-z]+){0,3}>$/;
const HTML_TAG = /^<(?:a|abbr|b|br|code|del|details|div|em|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|small|span|strong|sub|summary|sup|table|td|th|tr|u|ul|var|wbr|video|audio|source|picture|figure|figcaption|section|article|header|footer|nav|main|aside|center|font|iframe|script|style|link|meta|input|button|form|label|select|option|textarea)(?:\s[^>]*)?>$/i;

/** The only text of a paragraph or heading (comments aside) when it is a template label like "Project Name". */
function bareLabel(children: Nodes[]): Nodes | null {
  const visible = children.filter((c) => c.type !== 'html');
  const only = visible.length === 1 ? visible[0] : null;
  return only?.type === 'text' && BARE_LABEL.test(only.value) ? only : null;
}

function isAutolink(url: string, text: string): boolean {
  return url === text || url === `mailto:${text}` || url === `http://${text}` || url === `https://${text}`;
}

/** The end of the line `from` is on, at most `limit`. */
function lineEnd(text: string, from: number, limit: number): number {
  const i = text.slice(from, limit).search(/\r|\n/);
  return i < 0 ? limit : from + i;
}

/** Hits in one span, relative to it: [start, end, index of the pattern]. */
type LocalHits = Array<[number, number, number]>;

function scan(text: string, span: Span, patterns: PlaceholderPattern[], cache: TextMemo<LocalHits>, hits: Hit[]): void {
  const slice = text.slice(span.start, span.end);
  // The same text scanned by the same patterns gives the same hits: a re-check after an edit scans only
  // the spans that changed. The first character keeps code and prose apart (code takes strong patterns only).
  const key = (span.code ? 'c' : 't') + slice;
  const local = cache.get(key, () => {
    const found: LocalHits = [];
    patterns.forEach((p, index) => {
      if (span.code && !p.strong) return;
      for (const m of slice.matchAll(p.re)) {
        if (m[0] === '' || (p.accept && !p.accept(m))) continue;
        const [s, e] = m.indices?.[1] ?? m.indices![0];
        found.push([s, e, index]);
      }
    });
    return found;
  });
  // Pattern by pattern, as the scan found them: dedupe keeps the first of equal hits.
  for (const [s, e, index] of local) hits.push({ start: span.start + s, end: span.start + e, advice: patterns[index].advice });
}

/** Hits per span text, one cache per set of patterns (the built-in ones plus the user's). */
const hitsByPatterns = new KeyedMemos<LocalHits>('placeholder hits per pattern set', 20);

function spanCache(patterns: PlaceholderPattern[]): TextMemo<LocalHits> {
  // A RegExp's source escapes line breaks, so a line break cannot occur inside one entry.
  return hitsByPatterns.for(patterns.map((p) => `${p.strong ? '!' : '?'}${p.re.flags}/${p.re.source}`).join('\n'));
}

/** Overlapping hits (e.g. "$XXX" and "XXX") become one: the earliest, then the longest. */
function dedupe(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of sorted) if (kept.length === 0 || h.start >= kept[kept.length - 1].end) kept.push(h);
  return kept;
}

function withIndices(re: RegExp): RegExp {
  return re.flags.includes('d') ? re : new RegExp(re.source, re.flags + 'd');
}

function userPatterns(ctx: RuleContext): PlaceholderPattern[] {
  const sources = [...ctx.config.placeholders, ...stringList(ctx.options.patterns)];
  const patterns: PlaceholderPattern[] = [];
  for (const source of sources) {
    const re = compileUserPattern(source);
    if (re) patterns.push({ re, strong: true });
    else ctx.report({ message: `The placeholder pattern ${quoteText(source)} is not a valid regular expression; it is ignored.`, range: documentAnchor(ctx.model), severity: 'error' });
  }
  return patterns;
}

export const placeholder: Rule = {
  id: 'placeholder',
  description: 'Template placeholders left in the text: TBD, TODO, XXX, $XXX, [NAME, TITLE], {TEMPLATE_VAR}, FILL_ME_IN, Lorem ipsum, unchecked boxes…',
  defaultSeverity: 'warning',
  defaultOptions: { patterns: [], allow: [] },
  fixable: false,
  category: 'content',
  check(ctx) {
    const { model } = ctx;
    // The `d` flag gives the offsets of group 1, the placeholder inside a longer match.
    const patterns = [...BUILT_IN_PATTERNS, ...userPatterns(ctx)].map((p) => ({ ...p, re: withIndices(p.re) }));
    const allowed = new Set(stringList(ctx.options.allow).map((a) => a.toLowerCase()));
    const { spans, labels, prompts } = visibleSpans(model);
    const hits: Hit[] = labels.map((l) => ({ start: l.start, end: l.end }));
    for (const p of prompts) hits.push({ start: p.start, end: p.end, what: 'Template prompt', advice: 'give the section a heading of your own' });
    const cache = spanCache(patterns);
    for (const span of spans) scan(model.text, span, patterns, cache, hits);
    for (const hit of dedupe(hits)) {
      const found = model.text.slice(hit.start, hit.end);
      if (allowed.has(found.toLowerCase())) continue;
      ctx.report({
        message: `${hit.what ?? 'Placeholder'} ${quoteText(found)} left in the text: ${hit.advice ?? 'replace it with the real content'}.`,
        range: rangeOf(model, hit.start, hit.end),
        section: sectionAt(model, hit.start),
      });
    }
  },
};
