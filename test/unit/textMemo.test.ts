import { describe, expect, it } from 'vitest';
import { nextMemoGeneration, TextMemo } from '../../server/src/core/textMemo';

describe('TextMemo', () => {
  it('keeps what the recent checks used and lets go of what they did not', () => {
    const memo = new TextMemo<number>(4);
    memo.set('kept', 1);
    memo.set('left behind', 2);
    for (let check = 0; check < 10; check++) {
      nextMemoGeneration();
      expect(memo.get('kept')).toBe(1);
      // Each check sees some new text (an edited block), which fills the memo until it sweeps.
      memo.set(`edit ${check}`, check);
    }
    expect(memo.get('left behind')).toBeUndefined();
    expect(memo.get('edit 9')).toBe(9);
  });

  it('keeps the entries of two documents checked in turn', () => {
    const memo = new TextMemo<string>(4);
    memo.set('a', 'A');
    memo.set('b', 'B');
    for (let check = 0; check < 10; check++) {
      nextMemoGeneration();
      expect(memo.get(check % 2 ? 'a' : 'b')).toBe(check % 2 ? 'A' : 'B');
      memo.set(`edit ${check}`, String(check));
    }
  });

  it('stays bounded however many texts it is given', () => {
    const memo = new TextMemo<number>(4);
    for (let i = 0; i < 1000; i++) {
      nextMemoGeneration();
      memo.set(String(i), i);
    }
    expect((memo as unknown as { entries: Map<string, unknown> }).entries.size).toBeLessThanOrEqual(8);
  });
});
