// Stage 5: FAQ entries in every format seen in real PR/FAQs — question headings at any level,
// `**Q: …**` with or without `A:`, a bold question (wrapped over two lines, or with the answer on the
// same line), `Q: …` plain, numbered lists with indented answers — and every question marker the
// vocabulary knows (`P:`, `Q.`, `Q1:`, `FAQ-01:`, `問：`, `질문:`, `Вопрос:`).
import type { List, ListItem, Nodes, Paragraph, PhrasingContent } from 'mdast';
import { ANSWER_PREFIX, QUESTION_PREFIX, looksLikeQuestion } from '../vocabulary';
import { stripInline } from '../text';
import { countWords, nodeText } from '../words';
import { isInstructionText } from '../instructions';
import type { FaqEntry, FaqFormat, FaqKind, Range } from '../types';
import type { Block } from './blocks';
import { isQuestionBlock } from './features';
import type { Placed } from './structure';

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
  /** Heading level of a question heading (deeper headings are part of its answer); 7 otherwise. */
  level: number;
  answer: AnswerPart[];
}

const NO_ANSWER = /^(todo|tbd|tba|tk|n\/?a|\?+|…|\.\.\.|xxx+|answer( goes)? here|fill( me)? in|coming soon|未定|待定|미정)\.?$/i;

const prefixOf = (s: string) => QUESTION_PREFIX.exec(s.normalize('NFKC'));

export function readFaq(blocks: Block[], placed: Placed[], text: string, range: (s: number, e: number) => Range): { external: FaqEntry[]; internal: FaqEntry[] } {
  const out: { external: FaqEntry[]; internal: FaqEntry[] } = { external: [], internal: [] };
  let current: Draft | null = null;
  let kind: FaqKind = 'external';
  const finish = () => {
    if (current) out[current.kind].push(toEntry(current, range));
    current = null;
  };
  const open = (d: Omit<Draft, 'answer' | 'level'> & { level?: number }) => {
    finish();
    current = { level: 7, ...d, answer: [] };
  };
  const answer = (p: AnswerPart) => {
    if (current && current.kind === kind) current.answer.push(p);
  };

  blocks.forEach((block, index) => {
    const where = placed[index];
    if (where.region !== 'faq' || !where.faqKind) {
      finish();
      return;
    }
    kind = where.faqKind;
    if (current && current.kind !== kind) finish();
    if (block.kind === 'heading') {
      if (!block.text.trim()) return; // a `###` rule between entries
      if (block.name?.type === 'faq') {
        finish();
        return;
      }
      if (!looksLikeQuestion(block.text)) {
        // A sub-heading inside an answer ("#### CCAPI-Based Hotswap") is part of it.
        if (current && current.format === 'heading' && block.level > current.level) {
          answer({ start: block.start, end: block.end, text: block.text, instruction: false });
          return;
        }
        // A group heading holds questions ("### Pricing" over bold questions); a topic heading with its
        // answer right below it is an entry written as a topic ("### Accessibility").
        const next = blocks[index + 1];
        const isGroup = !next || placed[index + 1].region !== 'faq' || next.kind !== 'body' || isQuestionBlock(next);
        if (isGroup) {
          finish();
          return;
        }
      }
      const node = block.node as Nodes & { children: PhrasingContent[] };
      // A trailing `<!-- note -->` on the heading line is not part of the question.
      const kids = [...node.children];
      while (kids.length > 1 && (kids[kids.length - 1].type === 'html' || (kids[kids.length - 1].type === 'text' && !(kids[kids.length - 1] as { value: string }).value.trim()))) kids.pop();
      const [s, e0] = innerRange(kids, block.start, block.end);
      let e = e0;
      while (e > s && /\s/.test(text[e - 1])) e--;
      const m = prefixOf(text.slice(s, e));
      open({ kind, question: block.text.replace(QUESTION_PREFIX, ''), format: 'heading', qStart: s + (m ? m[0].length : 0), qEnd: e, level: block.level });
      return;
    }
    if (block.kind === 'label') {
      answer({ start: block.start, end: block.end, text: block.text, instruction: false });
      return;
    }
    const node = block.node;
    // (Right after a question, a blockquoted question is its guidance: "> What is the motivation for this change?")
    if (node?.type === 'blockquote' && (!current || current.answer.length > 0) && isQuotedQuestion(block.text)) {
      // `> Who are the users of Redcar?` between answers: a question set as a blockquote.
      open({ kind, question: block.text.trim(), format: 'plain-q', qStart: block.start, qEnd: block.end });
      return;
    }
    if (node?.type === 'paragraph') {
      const q = paragraphQuestion(node, text);
      if (q) {
        open({ kind, question: q.question, format: q.format, qStart: q.qStart, qEnd: q.qEnd });
        if (q.restStart !== null && q.restStart < block.end) {
          const restText = stripInline(text.slice(q.restStart, block.end)).trim();
          if (restText) answer({ start: q.restStart, end: block.end, text: restText.replace(ANSWER_PREFIX, ''), instruction: isInstructionText(restText) });
        }
        return;
      }
    } else if (!node) {
      // A piece of a paragraph (a wholly bold line among others).
      const raw = text.slice(block.start, block.end);
      const q = lineQuestion(raw, block.start, block.style === 'strong');
      if (q) {
        open({ kind, question: q.question, format: q.format, qStart: q.qStart, qEnd: q.qEnd });
        return;
      }
    }
    // A list inside the answer to a question written otherwise (a bold question, a heading) is part of that answer.
    if (node?.type === 'list' && (!current || current.format === 'list') && listIsQuestions(node, text)) {
      for (const li of node.children) {
        const q = listItemQuestion(li, text);
        if (!q) {
          answer(partOf(li));
          continue;
        }
        open({ kind, question: q.question, format: 'list', qStart: q.qStart, qEnd: q.qEnd });
        for (const p of q.answer) answer(p);
      }
      return;
    }
    answer({ start: block.start, end: block.end, text: block.text.replace(ANSWER_PREFIX, ''), instruction: block.instruction });
  });
  finish();
  return out;
}

function toEntry(d: Draft, range: (s: number, e: number) => Range): FaqEntry {
  const content = d.answer.filter((a) => !a.instruction);
  const answerText = d.answer.map((a) => a.text).join('\n').trim();
  const contentText = content.map((a) => a.text).join('\n').replace(ANSWER_PREFIX, '').trim();
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
    const prefix = prefixOf(strongText);
    if (first.type === 'strong' && prefix) {
      let question = strongText.slice(prefix[0].length);
      let qStart = innerStart + (prefixOf(text.slice(innerStart, innerEnd))?.[0].length ?? 0);
      let qEnd = innerEnd;
      let restStart: number | null = lineEnd < pEnd ? lineEnd + 1 : null;
      const after = text.slice(sEnd, lineEnd);
      if (!question.trim()) {
        // `**Q:** How does it work?` — the question follows the bold prefix on the same line.
        question = stripInline(after).trim();
        qStart = sEnd + (after.length - after.trimStart().length);
        qEnd = lineEnd;
      } else if (after.trim() && !/^\s*[?？]\s*$/.test(after)) {
        // `**FAQ-01: …?** → answer`: the answer runs on after the question.
        restStart = sEnd;
      }
      return { question, format: 'bold-q', qStart, qEnd, restStart };
    }
    const after = text.slice(sEnd, lineEnd).trim();
    if (first.type === 'strong' && (looksLikeQuestion(strongText) || /^[?？]/.test(after)) && (/[?？]\s*$/.test(strongText) || /^[?？]/.test(after) || after === '')) {
      const runOn = after !== '' && !/^[?？]\s*$/.test(after);
      return {
        question: strongText + (/^[?？]/.test(after) ? '?' : ''),
        format: 'bold',
        qStart: innerStart,
        qEnd: innerEnd,
        // `**What do I get?** A real …`: the answer on the same line.
        restStart: runOn ? sEnd : lineEnd < pEnd ? lineEnd + 1 : null,
      };
    }
    return null;
  }
  const pStart = p.position!.start.offset!;
  const raw = text.slice(pStart, pEnd);
  const m = prefixOf(raw);
  if (m) {
    const lineEnd = endOfLine(text, pStart, pEnd);
    const prefix = m[0].length;
    return { question: stripInline(text.slice(pStart + prefix, lineEnd)).trim(), format: 'plain-q', qStart: pStart + prefix, qEnd: lineEnd, restStart: lineEnd < pEnd ? lineEnd + 1 : null };
  }
  return null;
}

/** A question written as a line of its own inside a paragraph that was cut (see blocks.ts). */
function lineQuestion(raw: string, start: number, strong: boolean): { question: string; format: FaqFormat; qStart: number; qEnd: number } | null {
  const plain = stripInline(raw).trim();
  const m = prefixOf(plain);
  if (m) return { question: plain.slice(m[0].length).trim(), format: strong ? 'bold-q' : 'plain-q', qStart: start, qEnd: start + raw.trimEnd().length };
  if (strong && looksLikeQuestion(plain)) return { question: plain, format: 'bold', qStart: start, qEnd: start + raw.trimEnd().length };
  return null;
}

function isQuotedQuestion(text: string): boolean {
  return !text.includes('\n') && text.length <= 200 && /[?？]\s*$/.test(text);
}

function endOfLine(text: string, from: number, limit: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl === -1 || nl > limit ? limit : nl;
  return text.charCodeAt(end - 1) === 13 ? end - 1 : end;
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
  const raw = stripInline(text.slice(pStart, lineEnd)).replace(/\s+$/, '');
  const m = prefixOf(raw);
  const line = m ? raw.slice(m[0].length) : raw;
  // The question is the item's first line; or a bold question with the answer after it on the same line
  // ("- **What is the biggest risk?** Deliverability.").
  const lead = p.children[0];
  const bold = lead?.type === 'strong' && lead.position && p.children.length > 1 ? stripInline(nodeText(lead)).trim() : '';
  let question: string;
  let qEnd: number;
  let answerStart: number;
  if (/[?？]$/.test(line)) [question, qEnd, answerStart] = [line.trim(), lineEnd, lineEnd + 1];
  else if (/[?？]$/.test(bold)) [question, qEnd, answerStart] = [bold, lead.position!.end.offset!, lead.position!.end.offset!];
  else return null;
  const answer: AnswerPart[] = [];
  const rest = qEnd < pEnd ? stripInline(text.slice(qEnd, pEnd)).trim() : '';
  if (rest) answer.push({ start: answerStart, end: pEnd, text: rest.replace(ANSWER_PREFIX, ''), instruction: isInstructionText(rest) });
  for (const child of li.children.slice(1)) {
    if (!child.position) continue;
    const t = nodeText(child as Nodes);
    answer.push({ start: child.position.start.offset!, end: child.position.end.offset!, text: t.replace(ANSWER_PREFIX, ''), instruction: isInstructionText(t) });
  }
  return { question, qStart: pStart, qEnd, answer };
}

function partOf(li: ListItem): AnswerPart {
  const t = nodeText(li as Nodes);
  return { start: li.position!.start.offset!, end: li.position!.end.offset!, text: t, instruction: false };
}
