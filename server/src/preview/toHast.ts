// Markdown tree → sanitized HTML tree, positions kept so blocks can be traced to source lines.
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { previewSchema } from './sanitize';

// Raw HTML is parsed (rehype-raw) before sanitizing so that safe tags such as <sup> or <details>
// survive; everything else is dropped by the schema. HTML comments go too (guidance in templates).
const pipeline = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, previewSchema);

export function markdownToSafeHast(tree: MdastRoot): HastRoot {
  // The model's tree is shared with the rules and the server: never transform it in place.
  const copy = structuredClone(tree);
  return pipeline.runSync(copy) as HastRoot;
}
