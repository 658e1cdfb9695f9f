import { LineCounter, isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';

/** A key path inside a configuration: object keys and list indexes. */
export type KeyPath = (string | number)[];

/** `rules.placeholder.options`, `placeholders[2]`: how a key path is named in messages. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/**
 * 1-based line and column of a key (or list item) in JSON or YAML source text.
 * JSON is YAML, so one parser serves the rc file and the front matter. When the
 * full path is not there, the deepest part found is named; unknown text gives {}.
 */
export function locateKey(text: string | undefined, path: KeyPath): { line?: number; column?: number } {
  if (!text || path.length === 0) return {};
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  } catch {
    return {};
  }
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const seg of path) {
    const next = step(node, seg);
    if (!next) break;
    offset = next.offset ?? offset;
    node = next.node;
  }
  if (offset === undefined) return {};
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function step(node: unknown, seg: string | number): { node: unknown; offset?: number } | null {
  if (isMap(node)) {
    // Last match: with a repeated key, JSON.parse keeps the last value, so that is the one reported.
    for (const pair of [...node.items].reverse()) {
      const key = pair.key as YamlNode | null;
      const keyValue = key && 'value' in key ? (key as { value: unknown }).value : key;
      if (String(keyValue) === String(seg)) return { node: pair.value, offset: key?.range?.[0] };
    }
    return null;
  }
  if (isSeq(node) && typeof seg === 'number') {
    const item = node.items[seg] as YamlNode | undefined;
    return item ? { node: item, offset: item.range?.[0] } : null;
  }
  return null;
}
