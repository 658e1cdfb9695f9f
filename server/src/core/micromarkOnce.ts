// micromark's parse(options) combines every syntax extension anew on each call (defaults, front matter,
// GFM: ~50 µs) and hands the tokenizers fresh hook tables each time, which keeps V8 from settling on
// them; a document is parsed in dozens of small chunks (blocks.ts), so that set-up cost more than the
// parsing itself. The bundles (esbuild.mjs) and the tests (vitest.config.ts) point
// mdast-util-from-markdown's `import { parse } from 'micromark'` here (scripts/micromark-once.mjs):
// one parser per extension list (remark-parse passes the same list for a frozen processor), put back
// to its fresh state before each use: no definitions, no lazy lines, nothing an extension stored on it
// (GFM footnotes keep their labels there).
import { parse as newParser, postprocess, preprocess } from 'micromark';

export { postprocess, preprocess };

type Options = Parameters<typeof newParser>[0];
type Parser = ReturnType<typeof newParser>;

const parsers = new WeakMap<object, { parser: Parser; fresh: Set<string> }>();

export function parse(options?: Options): Parser {
  const key = options?.extensions;
  if (!key) return newParser(options);
  let entry = parsers.get(key);
  if (!entry) {
    const parser = newParser(options);
    entry = { parser, fresh: new Set(Object.keys(parser)) };
    parsers.set(key, entry);
  }
  const state = entry.parser as unknown as Record<string, unknown>;
  for (const name of Object.keys(state)) if (!entry.fresh.has(name)) delete state[name];
  state.defined = [];
  state.lazy = {};
  return entry.parser;
}
