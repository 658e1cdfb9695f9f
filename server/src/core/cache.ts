// The one way the project remembers work between checks: a bounded least-recently-used cache (lru-cache),
// named, and reachable from clearCaches() so a test can start from a core that remembers nothing.
// A re-check after an edit finds the unchanged blocks' sentences, words, matches and counts here by their text.
import { LRUCache } from 'lru-cache';

export class BoundedCache<K extends NonNullable<unknown>, V extends NonNullable<unknown>> {
  private readonly entries: LRUCache<K, V>;

  /** `name` says what it holds (for a reader and a debugger); `max` is how many entries it keeps at most. */
  constructor(readonly name: string, max: number, options: { register?: boolean } = {}) {
    this.entries = new LRUCache<K, V>({ max });
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

/**
 * Caches of caches: one inner cache per outer key (per compiled pattern, say), each bounded, and at most
 * `maxKeys` of them. The inner caches are not registered one by one: clearing the outer one drops them.
 */
export class KeyedCaches<K extends NonNullable<unknown>, V extends NonNullable<unknown>> {
  private readonly outer: BoundedCache<string, BoundedCache<K, V>>;

  constructor(readonly name: string, maxKeys: number, private readonly maxEntries: number) {
    this.outer = new BoundedCache(name, maxKeys);
  }

  for(key: string): BoundedCache<K, V> {
    return this.outer.get(key, () => new BoundedCache<K, V>(`${this.name} [${key.slice(0, 40)}]`, this.maxEntries, { register: false }));
  }
}

const registry = new Set<{ readonly name: string; readonly size: number; clear(): void }>();

/** Forgets everything every cache holds (tests: a check that owes nothing to the checks before it). */
export function clearCaches(): void {
  for (const cache of registry) cache.clear();
}

/** The registered caches, by name, with how many entries each holds now. */
export function cacheSizes(): Record<string, number> {
  return Object.fromEntries([...registry].map((c) => [c.name, c.size]));
}
