// Markdown tree → sanitized HTML tree, positions kept so blocks can be traced to source lines.
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { previewSchema } from './sanitize';

// Raw HTML is parsed (rehype-raw) before sanitizing so that safe tags such as <sup> or <details>
// survive; everything else is dropped by the schema.
// Ids get their `user-content-` prefix once, from the sanitizer (remark-rehype would add a second).
const withRawHtml = unified().use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' }).use(rehypeRaw).use(rehypeSanitize, previewSchema);
// Re-parsing the whole tree through an HTML parser costs more than the rest of the render; skip it
// when the document has no HTML. Sanitizing still runs: it is the last line, whatever the input.
const withoutRawHtml = unified().use(remarkRehype, { clobberPrefix: '' }).use(rehypeSanitize, previewSchema);

const ONLY_COMMENTS = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;

/** Drops HTML that is only comments (template guidance); tells whether any other HTML is left. */
function dropComments(node: MdastNodes): boolean {
  if (!('children' in node)) return node.type === 'html';
  let hasHtml = false;
  const kept = (node.children as MdastNodes[]).filter((child) => !(child.type === 'html' && ONLY_COMMENTS.test(child.value)));
  (node as { children: MdastNodes[] }).children = kept;
  for (const child of kept) if (dropComments(child)) hasHtml = true;
  return hasHtml;
}

export function markdownToSafeHast(tree: MdastRoot): HastRoot {
  // The model's tree is shared with the rules and the server: never transform it in place.
  const copy = structuredClone(tree);
  const pipeline = dropComments(copy) ? withRawHtml : withoutRawHtml;
  return pipeline.runSync(copy) as HastRoot;
}
