import type { Root } from 'mdast';
import type { DisableDirective, Range } from './types';

const DIRECTIVE = /<!--\s*prfaq-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

/** Finds `<!-- prfaq-disable … -->` comments anywhere in the document (html nodes at any depth). */
export function readDirectives(tree: Root, range: (s: number, e: number) => Range): DisableDirective[] {
  const out: DisableDirective[] = [];
  const visit = (node: { type: string; value?: string; position?: { start: { offset?: number } }; children?: unknown[] }) => {
    if (node.type === 'html' && node.value && node.position) {
      const base = node.position.start.offset!;
      DIRECTIVE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DIRECTIVE.exec(node.value))) {
        const r = range(base + m.index, base + m.index + m[0].length);
        const rules = m[2].split(/[\s,]+/).map((s) => s.trim()).filter((s) => s && s !== '--');
        out.push({ kind: m[1] as DisableDirective['kind'], rules, line: r.start.line, range: r });
      }
    }
    if (node.children) for (const c of node.children) visit(c as typeof node);
  };
  visit(tree as unknown as Parameters<typeof visit>[0]);
  return out;
}
