// The one cache helper (server/src/core/cache.ts): bounded, least recently used goes first, and clearCaches()
// empties every cache the core registered, so a check after it owes nothing to the checks before it.
import { describe, expect, it } from 'vitest';
import { BoundedCache, KeyedCaches, cacheSizes, clearCaches } from '../../server/src/core/cache';
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

  it('keyed caches bound the number of keys and the entries under each', () => {
    const caches = new KeyedCaches<string, string>('test: keyed', 2, 3);
    caches.for('a').set('x', 'ax');
    for (const k of ['1', '2', '3', '4']) caches.for('b').set(k, k);
    expect(caches.for('b').size).toBe(3);
    caches.for('c');
    caches.for('d'); // 'a' is dropped with what it held
    expect(caches.for('a').peek('x')).toBeUndefined();
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
});
