import { describe, expect, it } from 'vitest';
import { covered, ofRule, release } from './helpers';

const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'Staff' : 'scan')).join(' ') + '.';

describe('style rule options', () => {
  it('sentence-length: maxWords', () => {
    expect(ofRule(release(words(30)), 'sentence-length')).toHaveLength(0);
    expect(ofRule(release(words(31)), 'sentence-length')).toHaveLength(1);
    expect(ofRule(release(words(21)), 'sentence-length', { rules: { 'sentence-length': ['info', { maxWords: 20 }] } })).toHaveLength(1);
  });

  it('weasel-word: words, ignore and parts', () => {
    const text = release('It is very fast and roughly free.');
    expect(ofRule(text, 'weasel-word').map((f) => covered(text, f))).toEqual(['very']);
    expect(ofRule(text, 'weasel-word', { rules: { 'weasel-word': ['info', { words: ['roughly'], ignore: ['very'] }] } }).map((f) => covered(text, f))).toEqual(['roughly']);
    expect(ofRule(text, 'weasel-word', { rules: { 'weasel-word': ['info', { parts: ['external-faq'] }] } })).toHaveLength(0);
  });

  it('weasel-word: quotes only when asked', () => {
    const text = release('> "It is very easy," said Lee Park, lab manager.');
    expect(ofRule(text, 'weasel-word')).toHaveLength(0);
    expect(ofRule(text, 'weasel-word', { rules: { 'weasel-word': ['info', { inQuotes: true }] } })).toHaveLength(1);
  });

  it('hype-word: quotes by default, not when inQuotes is false; extra words', () => {
    const text = release('> "It is a game-changer," said Lee Park, lab manager.\n\nIt is synergistic.');
    expect(ofRule(text, 'hype-word')).toHaveLength(1);
    expect(ofRule(text, 'hype-word', { rules: { 'hype-word': ['warning', { inQuotes: false, words: ['synergistic'] }] } }).map((f) => covered(text, f))).toEqual(['synergistic']);
  });

  it('acronym: known', () => {
    const text = release('Tidepool links to your ELN.');
    expect(ofRule(text, 'acronym').map((f) => covered(text, f))).toEqual(['ELN']);
    expect(ofRule(text, 'acronym', { rules: { acronym: ['info', { known: ['eln'] }] } })).toHaveLength(0);
  });

  it('acronym: reported once, at the first use', () => {
    const text = release('The ELN syncs. The ELN exports.');
    const found = ofRule(text, 'acronym');
    expect(found).toHaveLength(1);
    expect(found[0].range.start.column).toBe(5);
  });

  it('readability: thresholds', () => {
    const plain = 'Tidepool gives each tube a code. Staff scan it when they move it. The map then shows where it is. A manager sees alerts when a freezer warms up. Most labs map a freezer in one afternoon, and then they stop searching.';
    expect(ofRule(release(plain), 'readability')).toHaveLength(0);
    expect(ofRule(release(plain), 'readability', { rules: { readability: ['info', { minEase: 101 }] } })).toHaveLength(1);
    expect(ofRule(release(plain), 'readability', { rules: { readability: ['info', { maxGrade: 1 }] } })).toHaveLength(1);
    expect(ofRule(release(plain), 'readability', { rules: { readability: ['info', { maxGrade: 1, minWords: 100 }] } })).toHaveLength(0);
  });

  it('internal-faq-coverage: topics', () => {
    const text = release('Body.', '## Internal FAQ\n\n### Why now?\n\nSensors got cheap.\n');
    const [finding] = ofRule(text, 'internal-faq-coverage');
    expect(finding.message).toContain('cost, risks, market size, dependencies or success metrics');
    expect(finding.range.start.line).toBe(11);
    expect(ofRule(text, 'internal-faq-coverage', { rules: { 'internal-faq-coverage': ['hint', { topics: { timing: ['now'] } }] } })).toHaveLength(0);
    const custom = ofRule(text, 'internal-faq-coverage', { rules: { 'internal-faq-coverage': ['hint', { topics: { timing: ['now'], legal: ['licen', 'law'] } }] } });
    expect(custom.map((f) => f.message)).toEqual(['The internal FAQ asks nothing about legal. Stakeholders will ask: add a question for each.']);
  });

  it('passive-voice: ignore', () => {
    const text = release('Tubes are scanned at every move.');
    expect(ofRule(text, 'passive-voice')).toHaveLength(1);
    expect(ofRule(text, 'passive-voice', { rules: { 'passive-voice': ['hint', { ignore: ['scanned'] }] } })).toHaveLength(0);
  });

  it('tense: extra phrases', () => {
    const text = release('Tidepool is coming soon to Europe.');
    expect(ofRule(text, 'tense')).toHaveLength(0);
    expect(ofRule(text, 'tense', { rules: { tense: ['info', { phrases: ['coming soon'] }] } }).map((f) => covered(text, f))).toEqual(['coming soon']);
  });
});
