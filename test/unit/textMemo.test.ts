import { describe, expect, it } from 'vitest';
import { nextMemoGeneration, TextMemo } from '../../server/src/core/textMemo';

describe('TextMemo', () => {
  it('keeps what the recent checks used and lets go of what they did not', () => {
    const memo = new TextMemo<number>();
    memo.set('kept', 1);
    memo.set('left behind', 2);
    for (let check = 0; check < 10; check++) {
      nextMemoGeneration();
      expect(memo.get('kept')).toBe(1);
    }
    expect(memo.get('left behind')).toBeUndefined();
  });

  it('keeps an entry for two documents checked in turn', () => {
    const memo = new TextMemo<string>();
    memo.set('a', 'A');
    memo.set('b', 'B');
    for (let check = 0; check < 10; check++) {
      nextMemoGeneration();
      expect(memo.get(check % 2 ? 'a' : 'b')).toBe(check % 2 ? 'A' : 'B');
    }
  });

  it('starts a new generation when one holds too many entries', () => {
    const memo = new TextMemo<number>(2);
    nextMemoGeneration();
    for (let i = 0; i < 10; i++) memo.set(String(i), i);
    expect(memo.get('9')).toBe(9);
    expect(memo.get('0')).toBeUndefined();
  });
});
