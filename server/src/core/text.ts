// Small text helpers shared by the recogniser and the rules.

/** Text without inline Markdown: link and image text kept, HTML tags, emphasis marks and quote markers dropped. */
export function stripInline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/^\s*>\s?/gm, '');
}
