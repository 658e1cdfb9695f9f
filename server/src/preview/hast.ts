// Small helpers over the HTML tree (hast) used by the decorations.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

export type Parent = Root | Element;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tr', 'ul',
]);

export function isElement(node: RootContent | Root | ElementContent | undefined): node is Element {
  return node !== undefined && node.type === 'element';
}

export function isBlock(node: RootContent | ElementContent | undefined): node is Element {
  return isElement(node) && BLOCK_TAGS.has(node.tagName);
}

export function isHeading(node: RootContent | ElementContent | undefined): boolean {
  return isElement(node) && /^h[1-6]$/.test(node.tagName);
}

export function startLine(node: { position?: { start: { line: number } } }): number | undefined {
  return node.position?.start.line;
}

export function endLine(node: { position?: { end: { line: number } } }): number | undefined {
  return node.position?.end.line;
}

export function textOf(node: RootContent | ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map((c) => textOf(c)).join('');
  return '';
}

export function addClass(node: Element, ...names: string[]): void {
  const current = node.properties.className;
  const list = Array.isArray(current) ? current.map(String) : current ? String(current).split(/\s+/) : [];
  for (const name of names) if (!list.includes(name)) list.push(name);
  node.properties.className = list;
}

export function hasClass(node: Element, name: string): boolean {
  const current = node.properties.className;
  return Array.isArray(current) && current.map(String).includes(name);
}

export function h(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

export function text(value: string): Text {
  return { type: 'text', value };
}

/** Every block element, depth first, with its parent. */
export function eachBlock(root: Parent, visit: (node: Element, parent: Parent) => void): void {
  for (const child of root.children) {
    if (!isElement(child)) continue;
    if (isBlock(child)) visit(child, root);
    eachBlock(child, visit);
  }
}

/** The top-level element children of the root (the blocks the page layout moves around). */
export function topBlocks(root: Root): Element[] {
  return root.children.filter(isElement);
}

/** The top-level block that contains source line `line`, or the first one after it. */
export function topBlockAtOrAfter(root: Root, line: number): Element | undefined {
  return topBlocks(root).find((b) => (endLine(b) ?? 0) >= line && startLine(b) !== undefined);
}

/** The deepest block that starts on `line`. */
export function deepestBlockStartingAt(root: Root, line: number): Element | undefined {
  let found: Element | undefined;
  eachBlock(root, (node) => {
    if (startLine(node) === line) found = node;
  });
  return found;
}

/** Wraps the first `length` characters of `block`'s text in `wrapper` (inline children split as needed). */
export function wrapLeadingText(block: Element, length: number, wrapper: Element): void {
  let remaining = length;
  const moved: ElementContent[] = [];
  while (remaining > 0 && block.children.length > 0) {
    const first = block.children[0]!;
    const size = textOf(first).length;
    if (first.type === 'text' && size > remaining) {
      moved.push({ ...first, value: first.value.slice(0, remaining) });
      first.value = first.value.slice(remaining);
      delete first.position;
      break;
    }
    moved.push(block.children.shift()!);
    remaining -= size;
  }
  wrapper.children = moved;
  block.children.unshift(wrapper);
}

/**
 * Raw HTML can leave inline content (an <img>, bare text) directly at the top level. The page layout
 * moves top-level elements only, so each such run is wrapped in a block that keeps its position.
 */
export function wrapLooseInline(root: Root): void {
  const children: RootContent[] = [];
  let run: ElementContent[] = [];
  const flush = (): void => {
    const meaningful = run.some((n) => n.type !== 'text' || n.value.trim() !== '');
    if (meaningful) {
      const first = run.find((n) => n.position);
      const wrapper = h('div', { className: ['loose-inline'] }, run);
      if (first?.position) wrapper.position = { start: first.position.start, end: run[run.length - 1]!.position?.end ?? first.position.end };
      children.push(wrapper);
    } else children.push(...run);
    run = [];
  };
  for (const child of root.children) {
    if (isBlock(child) || child.type === 'doctype' || child.type === 'comment') {
      flush();
      children.push(child);
    } else run.push(child as ElementContent);
  }
  flush();
  root.children = children;
}
