// Results remembered by the text they were computed from (a block's sentences, a sentence's words, a
// block's phrase matches…), so a re-check after an edit recomputes only the blocks that changed.
//
// Bounded by use, not only by size: each check starts a generation (checkSteps), an entry is stamped with
// the generation that last used it, and when the memo has doubled since it last looked, it drops what the
// last GENERATIONS checks did not use. The blocks of the documents being edited stay; the texts an edit
// left behind go, instead of piling up for a whole session (a server edited 1,000 times held 12 MB of
// them), and a CLI run over many files keeps only about the last files' (a lookup costs one map access).
let generation = 0;

/** Starts a new generation: once per check. */
export function nextMemoGeneration(): void {
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
  private readonly entries = new Map<string, Entry<V>>();
  /** Size after the last sweep: the next sweep comes when the map has doubled since (amortised). */
  private swept = 0;

  /** `minSweep`: the size below which nothing is swept (tests set it low). */
  constructor(private readonly minSweep = 200) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    entry.used = generation;
    return entry.value;
  }

  set(key: string, value: V): void {
    if (this.entries.size >= Math.max(this.minSweep, 2 * this.swept)) this.sweep();
    this.entries.set(key, { value, used: generation });
  }

  /** Drops what the last GENERATIONS checks did not use. */
  private sweep(): void {
    for (const [key, entry] of this.entries) if (generation - entry.used >= GENERATIONS) this.entries.delete(key);
    this.swept = this.entries.size;
  }
}
