// Results remembered by the text they were computed from (a block's sentences, a sentence's words, a
// block's phrase matches…), so a re-check after an edit recomputes only the blocks that changed.
//
// Bounded by use, not only by size: each check starts a generation (checkSteps), and an entry survives
// while one of the last GENERATIONS checks used it. The blocks of the documents being edited stay; the
// texts an edit left behind go after a few checks, instead of piling up for a whole session (a server
// edited 1,000 times held 12 MB of them), and a CLI run over many files keeps only the last few files'.
let generation = 0;

/** Starts a new generation: once per check. */
export function nextMemoGeneration(): void {
  generation++;
}

/** Checks an entry outlives unused: enough for two documents checked in turn. */
const GENERATIONS = 3;

export class TextMemo<V> {
  /** Newest first: what the current generation used, then the generations before it. */
  private maps: Array<Map<string, V>> = [new Map()];
  private seen = generation;

  /** `maxEntries` bounds one generation, against a single check of a huge document. */
  constructor(private readonly maxEntries = 100_000) {}

  get(key: string): V | undefined {
    this.rotate();
    const current = this.maps[0];
    const hit = current.get(key);
    if (hit !== undefined) return hit;
    for (let i = 1; i < this.maps.length; i++) {
      const old = this.maps[i].get(key);
      if (old === undefined) continue;
      this.maps[i].delete(key);
      this.put(key, old);
      return old;
    }
    return undefined;
  }

  set(key: string, value: V): void {
    this.rotate();
    this.put(key, value);
  }

  private put(key: string, value: V): void {
    if (this.maps[0].size >= this.maxEntries) this.push();
    this.maps[0].set(key, value);
  }

  private rotate(): void {
    if (this.seen === generation) return;
    this.seen = generation;
    this.push();
  }

  private push(): void {
    this.maps.unshift(new Map());
    if (this.maps.length > GENERATIONS) this.maps.length = GENERATIONS;
  }
}
