// The one cache helper (server/src/core/cache.ts): bounded, least recently used goes first, and clearCaches()
// empties every cache the core registered, so a check after it owes nothing to the checks before it.
import { describe, expect, it } from 'vitest';
import { BoundedCache, KeyedMemos, TextMemo, cacheSizes, clearCaches, forgetTexts, nextCheck } from '../../server/src/core/cache';
import { check } from '../../server/src/core/check';

describe('BoundedCache', () => {
  it('computes once per key and keeps at most max entries, dropping the least recently used', () => {
    const cache = new BoundedCache<string, number>('test: squares', 2, { register: false });
    let computed = 0;
    const square = (k: string) => cache.get(k, () => { computed++; return Number(k) ** 2; });
    expect([square('2'), square('3'), square('2')]).toEqual([4, 9, 4]);
    expect(computed).toBe(2);
    square('4'); // '3' is the least recently used now
    expect(cache.size).toBe(2);
    expect(cache.peek('3')).toBeUndefined();
    expect(cache.peek('2')).toBe(4);
  });

  it('keyed memos bound the number of keys; a dropped key goes with what it held', () => {
    const memos = new KeyedMemos<string>('test: keyed', 2);
    memos.for('a').set('x', 'ax');
    expect(memos.for('a').peek('x')).toBe('ax');
    memos.for('c');
    memos.for('d'); // 'a' is dropped with what it held
    expect(memos.for('a').peek('x')).toBeUndefined();
  });
});

describe('TextMemo', () => {
  it('computes once per text', () => {
    const memo = new TextMemo<number>('test: lengths', { register: false });
    let computed = 0;
    const length = (t: string) => memo.get(t, () => { computed++; return t.length; });
    expect([length('ab'), length('abc'), length('ab')]).toEqual([2, 3, 2]);
    expect(computed).toBe(2);
  });

  it('keeps what the recent checks used and lets go of what they did not', () => {
    const memo = new TextMemo<number>('test: kept', { register: false, minSweep: 4 });
    memo.set('kept', 1);
    memo.set('left behind', 2);
    for (let check = 0; check < 10; check++) {
      nextCheck();
      expect(memo.peek('kept')).toBe(1);
      // Each check sees some new text (an edited block), which fills the memo until it sweeps.
      memo.set(`edit ${check}`, check);
    }
    expect(memo.peek('left behind')).toBeUndefined();
    expect(memo.peek('edit 9')).toBe(9);
  });

  it('keeps the entries of two documents checked in turn', () => {
    const memo = new TextMemo<string>('test: two documents', { register: false, minSweep: 4 });
    memo.set('a', 'A');
    memo.set('b', 'B');
    for (let check = 0; check < 10; check++) {
      nextCheck();
      expect(memo.peek(check % 2 ? 'a' : 'b')).toBe(check % 2 ? 'A' : 'B');
      memo.set(`edit ${check}`, String(check));
    }
  });

  it('stays bounded however many texts it is given', () => {
    const memo = new TextMemo<number>('test: bounded', { register: false, minSweep: 4 });
    for (let i = 0; i < 1000; i++) {
      nextCheck();
      memo.set(String(i), i);
    }
    expect(memo.size).toBeLessThanOrEqual(8);
  });
});

describe('clearCaches', () => {
  const text = '# Acme Launches Rockets\n\n## Problem\n\nToday, buying a rocket is very hard. The TAM is large.\n\n## Internal FAQ\n\n### What does it cost?\n\nIt costs little and should help most users.\n';

  it('empties every registered cache the checks filled', () => {
    const before = check(text);
    const filled = Object.entries(cacheSizes()).filter(([, n]) => n > 0).map(([name]) => name);
    expect(filled).toEqual(expect.arrayContaining(['prose: sentences of paragraphs', 'readability: syllables by word', 'acronym: uses by block text']));
    clearCaches();
    expect(Object.values(cacheSizes()).every((n) => n === 0)).toBe(true);
    expect(check(text).findings).toEqual(before.findings);
  });

  it('forgetTexts empties what was read from texts and keeps the set-up (compiled expressions)', () => {
    const before = check(text);
    forgetTexts();
    const left = Object.entries(cacheSizes()).filter(([, n]) => n > 0).map(([name]) => name);
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((name) => /expressions/.test(name))).toBe(true);
    expect(cacheSizes()['prose: sentences of paragraphs']).toBe(0);
    expect(check(text).findings).toEqual(before.findings);
  });
});
