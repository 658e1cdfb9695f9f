// What survives of the document's own HTML. The document is untrusted: it may come from anyone.
import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * GitHub's schema (no script, style, iframe, object, form, no `on*` or `style` attributes,
 * ids prefixed with `user-content-`), narrowed further:
 * - links: http, https, mailto and relative URLs only (no javascript:, data:, vscode:, command:);
 * - images: http, https, relative, and `data:` (an image cannot run script, and pasted
 *   screenshots are common in PR/FAQs);
 * - the content of script/style/template-like elements is dropped, not shown as text.
 */
export const previewSchema: SanitizeSchema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https', 'data'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'title', 'svg', 'math'],
  allowComments: false,
  allowDoctypes: false,
};
