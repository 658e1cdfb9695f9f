// "Which is the first of these ranges (in list order) that overlaps this one?" asked once per prose block:
// a linear search per block made the style rules quadratic in the document's length. FAQ ranges come in
// document order and do not overlap, so a binary search finds the same answer; any other list is searched
// linearly, so the answer is always the one a plain `find` would give.

export interface Interval {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface IntervalFinder {
  /** Index (in the list given) of the first interval overlapping [start, end), or -1. */
  first(start: number, end: number): number;
}

export function intervalFinder(list: ReadonlyArray<Interval | null>): IntervalFinder {
  const present: Array<Interval & { index: number }> = [];
  list.forEach((iv, index) => { if (iv) present.push({ start: iv.start, end: iv.end, index }); });
  const overlaps = (iv: Interval, start: number, end: number) => iv.start < end && start < iv.end;
  if (!isSortedDisjoint(present)) {
    return { first: (start, end) => present.find((iv) => overlaps(iv, start, end))?.index ?? -1 };
  }
  return {
    first(start, end) {
      // Ends ascend too, so the first interval ending after `start` is the only candidate that comes first.
      let lo = 0;
      let hi = present.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (present[mid].end > start) hi = mid;
        else lo = mid + 1;
      }
      return lo < present.length && overlaps(present[lo], start, end) ? present[lo].index : -1;
    },
  };
}

function isSortedDisjoint(list: Interval[]): boolean {
  for (let i = 0; i < list.length; i++) {
    if (list[i].end < list[i].start) return false;
    if (i > 0 && list[i - 1].end > list[i].start) return false;
  }
  return true;
}
