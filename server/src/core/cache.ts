// The one way the project remembers work between checks, in two kinds, both named and reachable from
// clearCaches() so a test can start from a core that remembers nothing:
// - BoundedCache: least recently used goes first (lru-cache), for what does not belong to one document
//   (rc files by path, compiled expressions, syllables by word);
// - TextMemo: results by the text they were computed from (a block's sentences, words, matches, counts),
//   kept while recent checks use them, so a re-check after an edit recomputes only the changed blocks.
import { LRUCache } from 'lru-cache';

interface Cache {
  readonly name: string;
  /** Holds what was read from document texts (not set-up: rc files, compiled expressions). */
  readonly fromText: boolean;
  readonly size: number;
  clear(): void;
}

export class BoundedCache<K extends NonNullable<unknown>, V extends NonNullable<unknown>> {
  private readonly entries: LRUCache<K, V>;
  readonly fromText: boolean;

  /**
   * `name` says what it holds (for a reader and a debugger); `max` is how many entries it keeps at most;
   * `fromText`: its entries are read from document texts (forgetTexts() drops them).
   */
  constructor(readonly name: string, max: number, options: { register?: boolean; fromText?: boolean } = {}) {
    this.entries = new LRUCache<K, V>({ max });
    this.fromText = options.fromText ?? false;
    if (options.register !== false) registry.add(this);
  }

  /** The remembered value, or `compute()`'s, remembered. */
  get(key: K, compute: () => V): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = compute();
      this.entries.set(key, value);
    }
    return value;
  }

  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    this.entries.set(key, value);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

// TextMemo is bounded by use, not only by size: each check starts a generation (nextCheck, called by
// checkSteps), an entry is stamped with the generation that last used it, and when the memo has doubled
// since it last looked, it drops what the last GENERATIONS checks did not use. The blocks of the documents
// being edited stay; the texts an edit left behind go, instead of piling up for a whole session (a server
// edited 1,000 times held 12 MB of them), and a CLI run over many files keeps only about the last files'.
// A lookup is one map access.
let generation = 0;

/** Starts a new generation of every TextMemo: once per check. */
export function nextCheck(): void {
  generation++;
}

/** Checks an entry outlives unused: enough for two documents checked in turn. */
const GENERATIONS = 3;

interface Entry<V> {
  value: V;
  /** The generation that last used it. */
  used: number;
}

export class TextMemo<V> {
  readonly fromText = true;
  private readonly entries = new Map<string, Entry<V>>();
  /** Size after the last sweep: the next sweep comes when the map has doubled since (amortised). */
  private swept = 0;

  /** `minSweep`: the size below which nothing is swept (tests set it low). */
  constructor(readonly name: string, options: { register?: boolean; minSweep?: number } = {}) {
    this.minSweep = options.minSweep ?? 200;
    if (options.register !== false) registry.add(this);
  }

  private readonly minSweep: number;

  /** The remembered value, or `compute()`'s, remembered. */
  get(key: string, compute: () => V): V {
    const entry = this.entries.get(key);
    if (entry) {
      entry.used = generation;
      return entry.value;
    }
    const value = compute();
    this.set(key, value);
    return value;
  }

  peek(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry) entry.used = generation;
    return entry?.value;
  }

  set(key: string, value: V): void {
    if (this.entries.size >= Math.max(this.minSweep, 2 * this.swept)) this.sweep();
    this.entries.set(key, { value, used: generation });
  }

  clear(): void {
    this.entries.clear();
    this.swept = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops what the last GENERATIONS checks did not use. */
  private sweep(): void {
    for (const [key, entry] of this.entries) if (generation - entry.used >= GENERATIONS) this.entries.delete(key);
    this.swept = this.entries.size;
  }
}

/**
 * Memos per key (per compiled pattern, say): one TextMemo per outer key, at most `maxKeys` of them. The
 * inner memos are not registered one by one: clearing the outer cache drops them.
 */
export class KeyedMemos<V> {
  private readonly outer: BoundedCache<string, TextMemo<V>>;

  constructor(readonly name: string, maxKeys: number) {
    this.outer = new BoundedCache(name, maxKeys, { fromText: true });
  }

  for(key: string): TextMemo<V> {
    return this.outer.get(key, () => new TextMemo<V>(`${this.name} [${key.slice(0, 40)}]`, { register: false }));
  }
}

/**
 * What was read from a top-level node of the document (its blocks, its prose, its placeholder spans), by
 * the node itself: the incremental parser hands back the same node, its positions shifted, for a block
 * whose text did not change. Such a reading is only moved (`shift`), not read again. Held weakly: an entry
 * goes with its node. The node's source text is compared too, so a caller that changed a node in place
 * gets a fresh reading.
 */
// A node the incremental parser moved is a copy (the tree handed out before may still be read by someone):
// the copy stands for the same block as its original, so both find one reading. Each original gets a small
// token as its identity, held by its copies (not the original itself, which may go).
const identities = new WeakMap<object, object>();

/** `copy` is `original` at another place (see BlockParser): what was read from one is read from the other. */
export function sameNodeAs(copy: object, original: object): void {
  identities.set(copy, identityOf(original));
}

function identityOf(node: object): object {
  let identity = identities.get(node);
  if (!identity) identities.set(node, (identity = {}));
  return identity;
}

/** Where a part of a moved node is in its copy: the node at the same place among the copy's children. */
export type Relocate = <T extends object>(part: T) => T;

export class NodeReadings<V> {
  readonly fromText = true;
  private entries = new WeakMap<object, { start: number; source: string; node: object; value: V }>();
  private added = 0;

  /**
   * `shift(value, delta, relocate)`: the reading of the same node `delta` characters further on, its
   * references to the node or to nodes inside it taken to their copies by `relocate`.
   */
  constructor(readonly name: string, private readonly shift: (value: V, delta: number, relocate: Relocate) => V) {
    registry.add(this);
  }

  read(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, text: string, compute: () => V): V {
    const start = node.position?.start.offset ?? 0;
    const source = text.slice(start, node.position?.end.offset ?? start);
    const key = identityOf(node);
    const hit = this.entries.get(key);
    if (hit && hit.source === source) {
      if (hit.start !== start || hit.node !== node) {
        hit.value = this.shift(hit.value, start - hit.start, relocator(hit.node, node));
        hit.start = start;
        hit.node = node;
      }
      return hit.value;
    }
    const value = compute();
    this.entries.set(key, { start, source, node, value });
    this.added++;
    return value;
  }

  clear(): void {
    this.entries = new WeakMap();
    this.added = 0;
  }

  /** Readings made since the last clear (some may have gone with their nodes). */
  get size(): number {
    return this.added;
  }
}

/** Takes a node inside `from` (or `from` itself) to the node at the same place in its copy `to`. */
function relocator(from: object, to: object): Relocate {
  return <T extends object>(part: T): T => {
    if (part === from) return to as T;
    const path = pathTo(from, part);
    if (!path) return part;
    let at: object = to;
    for (const i of path) at = (at as { children: object[] }).children[i];
    return at as T;
  };
}

function pathTo(root: object, target: object): number[] | null {
  const children = (root as { children?: object[] }).children;
  if (!Array.isArray(children)) return null;
  for (let i = 0; i < children.length; i++) {
    if (children[i] === target) return [i];
    const below = pathTo(children[i], target);
    if (below) return [i, ...below];
  }
  return null;
}

/** Spans (anything with start and end offsets) `delta` characters further on; a span's `node`, if any, in the copy. */
export function shiftSpans<T extends { start: number; end: number; node?: object }>(spans: readonly T[], delta: number, relocate?: Relocate): T[] {
  return spans.map((s) => ({ ...s, start: s.start + delta, end: s.end + delta, ...(s.node && relocate ? { node: relocate(s.node) } : {}) }));
}

const registry = new Set<Cache>();

/** Forgets everything every cache holds (tests: a check that owes nothing to the checks before it). */
export function clearCaches(): void {
  for (const cache of registry) cache.clear();
}

/**
 * Forgets what was read from document texts, keeping the set-up (rc files, compiled expressions): what a
 * running server or CLI knows when a document it never saw arrives. The bench's cold check starts here.
 */
export function forgetTexts(): void {
  for (const cache of registry) if (cache.fromText) cache.clear();
}

/** The registered caches, by name, with how many entries each holds now. */
export function cacheSizes(): Record<string, number> {
  return Object.fromEntries([...registry].map((c) => [c.name, c.size]));
}
