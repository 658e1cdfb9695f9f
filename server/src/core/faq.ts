// FAQ entries in every format seen in real PR/FAQs: question headings at any level, `**Q: …**` with or
// without `A:`, a bold question (possibly wrapped over two lines), `Q: …` plain, numbered lists with
// indented answers.
import type { List, ListItem, Nodes, Paragraph, PhrasingContent } from 'mdast';
import type { Item } from './item';
import { looksLikeQuestion, stripInline } from './text';
import { countWords, nodeText } from './words';
import { isInstructionText } from './instructions';
import type { FaqEntry, FaqFormat, FaqKind, Range } from './types';

interface AnswerPart {
  start: number;
  end: number;
  text: string;
  instruction: boolean;
}

interface Draft {
  kind: FaqKind;
  question: string;
  format: FaqFormat;
  qStart: number;
  qEnd: number;
  answer: AnswerPart[];
}

const Q_PREFIX = /^\s*(q|question)\s*\d*\s*[:.)]\s*/i;
const A_PREFIX = /^\s*(\*\*|__)?\s*(a|answer)\s*[:.)]\s*(\*\*|__)?\s*/i;
const NO_ANSWER = /^(todo|tbd|tba|tk|n\/?a|\?+|…|\.\.\.|xxx+|answer( goes)? here|fill( me)? in|coming soon)\.?$/i;

export function extractFaq(items: Item[], text: string, range: (s: number, e: number) => Range): { external: FaqEntry[]; internal: FaqEntry[] } {
  const out: { external: FaqEntry[]; internal: FaqEntry[] } = { external: [], internal: [] };
  let current: Draft | null = null;
  const finish = () => {
    if (current) out[current.kind].push(toEntry(current, range));
    current = null;
  };
  const open = (d: Omit<Draft, 'answer'>) => {
    finish();
    current = { ...d, answer: [] };
  };
  const answer = (p: AnswerPart) => {
    if (current && current.kind === p0kind) current.answer.push(p);
  };
  let p0kind: FaqKind = 'external';

  items.forEach((item, index) => {
    if (item.part !== 'faq' || !item.faqKind) {
      finish();
      return;
    }
    p0kind = item.faqKind;
    if (current && current.kind !== item.faqKind) finish();
    if (item.kind === 'heading') {
      if (item.cls?.type === 'faq') {
        finish();
        return;
      }
      const next = items[index + 1];
      const isGroup = !looksLikeQuestion(item.text) && (!next || next.kind !== 'block' || blockHasQuestions(next));
      if (isGroup) {
        finish();
        return;
      }
      const node = item.node as Nodes & { children: PhrasingContent[] };
      // A trailing `<!-- note -->` on the heading line is not part of the question.
      const kids = [...node.children];
      while (kids.length > 1 && (kids[kids.length - 1].type === 'html' || (kids[kids.length - 1].type === 'text' && !(kids[kids.length - 1] as { value: string }).value.trim()))) kids.pop();
      const [s, e0] = innerRange(kids, item.start, item.end);
      let e = e0;
      while (e > s && /\s/.test(text[e - 1])) e--;
      open({ kind: item.faqKind, question: item.text, format: 'heading', qStart: s, qEnd: e });
      return;
    }
    if (item.kind === 'label') {
      answer({ start: item.start, end: item.end, text: item.text, instruction: false });
      return;
    }
    const node = item.node;
    if (node?.type === 'paragraph') {
      const q = paragraphQuestion(node, text);
      if (q) {
        open({ kind: item.faqKind, question: q.question, format: q.format, qStart: q.qStart, qEnd: q.qEnd });
        if (q.restStart !== null && q.restStart < item.end) {
          const restText = stripInline(text.slice(q.restStart, item.end)).trim();
          if (restText) answer({ start: q.restStart, end: item.end, text: restText.replace(A_PREFIX, ''), instruction: isInstructionText(restText) });
        }
        return;
      }
    }
    if (node?.type === 'list' && listIsQuestions(node, text)) {
      for (const li of node.children) {
        const q = listItemQuestion(li, text);
        if (!q) {
          answer(partOf(li));
          continue;
        }
        open({ kind: item.faqKind, question: q.question, format: 'list', qStart: q.qStart, qEnd: q.qEnd });
        for (const p of q.answer) answer(p);
      }
      return;
    }
    answer({ start: item.start, end: item.end, text: item.text.replace(A_PREFIX, ''), instruction: item.instruction });
  });
  finish();
  return out;
}

function toEntry(d: Draft, range: (s: number, e: number) => Range): FaqEntry {
  const content = d.answer.filter((a) => !a.instruction);
  const answerText = d.answer.map((a) => a.text).join('\n').trim();
  const contentText = content.map((a) => a.text).join('\n').replace(A_PREFIX, '').trim();
  const answered = countWords(contentText) > 0 && !NO_ANSWER.test(contentText.replace(/[*_`]/g, '').trim());
  const answerRange = d.answer.length ? range(d.answer[0].start, d.answer[d.answer.length - 1].end) : null;
  return {
    kind: d.kind,
    question: d.question.trim(),
    format: d.format,
    range: range(d.qStart, d.qEnd),
    answerRange,
    answerText,
    answered,
    words: countWords(d.question) + countWords(answerText),
  };
}

function innerRange(children: { position?: { start: { offset?: number }; end: { offset?: number } } }[], start: number, end: number): [number, number] {
  const first = children[0]?.position?.start.offset;
  const last = children[children.length - 1]?.position?.end.offset;
  return first !== undefined && last !== undefined ? [first, last] : [start, end];
}

interface ParagraphQuestion {
  question: string;
  format: FaqFormat;
  qStart: number;
  qEnd: number;
  /** Where the answer starts inside the same paragraph, or null. */
  restStart: number | null;
}

function paragraphQuestion(p: Paragraph, text: string): ParagraphQuestion | null {
  const first = p.children[0];
  const pEnd = p.position!.end.offset!;
  if (first && (first.type === 'strong' || first.type === 'emphasis') && first.position) {
    const strongText = nodeText(first as Nodes);
    const sEnd = first.position.end.offset!;
    const [innerStart, innerEnd] = innerRange(first.children, first.position.start.offset!, sEnd);
    const lineEnd = endOfLine(text, sEnd, pEnd);
    if (first.type === 'strong' && Q_PREFIX.test(strongText)) {
      let question = strongText.replace(Q_PREFIX, '');
      let qStart = innerStart + prefixLength(text.slice(innerStart, innerEnd));
      let qEnd = innerEnd;
      if (!question.trim()) {
        // `**Q:** How does it work?` — the question follows the bold prefix on the same line.
        question = stripInline(text.slice(sEnd, lineEnd)).trim();
        qStart = sEnd + (text.slice(sEnd, lineEnd).length - text.slice(sEnd, lineEnd).trimStart().length);
        qEnd = lineEnd;
      }
      return { question, format: 'bold-q', qStart, qEnd, restStart: lineEnd < pEnd ? lineEnd + 1 : null };
    }
    const after = text.slice(sEnd, lineEnd).trim();
    if (first.type === 'strong' && (/\?\s*$/.test(strongText) || /^\?/.test(after)) && (after === '' || after === '?')) {
      return { question: strongText + (after === '?' ? '?' : ''), format: 'bold', qStart: innerStart, qEnd: innerEnd, restStart: lineEnd < pEnd ? lineEnd + 1 : null };
    }
    return null;
  }
  const pStart = p.position!.start.offset!;
  const raw = text.slice(pStart, pEnd);
  if (Q_PREFIX.test(raw)) {
    const lineEnd = endOfLine(text, pStart, pEnd);
    const prefix = Q_PREFIX.exec(raw)![0].length;
    return { question: stripInline(text.slice(pStart + prefix, lineEnd)).trim(), format: 'plain-q', qStart: pStart + prefix, qEnd: lineEnd, restStart: lineEnd < pEnd ? lineEnd + 1 : null };
  }
  return null;
}

function prefixLength(s: string): number {
  const m = Q_PREFIX.exec(s);
  return m ? m[0].length : 0;
}

function endOfLine(text: string, from: number, limit: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl === -1 || nl > limit ? limit : nl;
  return text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

function blockHasQuestions(item: Item): boolean {
  const n = item.node;
  if (!n) return false;
  if (n.type === 'paragraph') {
    const first = n.children[0];
    if (first?.type !== 'strong') return Q_PREFIX.test(nodeText(n));
    const t = nodeText(first);
    return Q_PREFIX.test(t) || /\?\s*$/.test(t);
  }
  if (n.type === 'list') return n.children.some((li) => /\?\s*$/.test(firstLine(li)));
  return false;
}

function firstLine(li: ListItem): string {
  const p = li.children[0];
  if (!p || p.type !== 'paragraph') return '';
  return nodeText(p).split('\n')[0].trim();
}

function listIsQuestions(list: List, text: string): boolean {
  const qs = list.children.filter((li) => listItemQuestion(li, text) !== null).length;
  return qs > 0 && qs * 2 >= list.children.length;
}

function listItemQuestion(li: ListItem, text: string): { question: string; qStart: number; qEnd: number; answer: AnswerPart[] } | null {
  const p = li.children[0];
  if (!p || p.type !== 'paragraph' || !p.position) return null;
  const pStart = p.position.start.offset!;
  const pEnd = p.position.end.offset!;
  const lineEnd = endOfLine(text, pStart, pEnd);
  const line = stripInline(text.slice(pStart, lineEnd)).replace(/\s+$/, '').replace(Q_PREFIX, '');
  if (!/\?$/.test(line)) return null;
  const answer: AnswerPart[] = [];
  if (lineEnd < pEnd) {
    const rest = stripInline(text.slice(lineEnd, pEnd)).trim();
    if (rest) answer.push({ start: lineEnd + 1, end: pEnd, text: rest.replace(A_PREFIX, ''), instruction: isInstructionText(rest) });
  }
  for (const child of li.children.slice(1)) {
    if (!child.position) continue;
    const t = nodeText(child as Nodes);
    answer.push({ start: child.position.start.offset!, end: child.position.end.offset!, text: t.replace(A_PREFIX, ''), instruction: isInstructionText(t) });
  }
  return { question: line.trim(), qStart: pStart, qEnd: lineEnd, answer };
}

function partOf(li: ListItem): AnswerPart {
  const t = nodeText(li as Nodes);
  return { start: li.position!.start.offset!, end: li.position!.end.offset!, text: t, instruction: false };
}
