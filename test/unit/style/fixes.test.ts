import { describe, expect, it } from 'vitest';
import { applyFix, ofRule, release } from './helpers';

function fixed(body: string, ruleId: string): string[] {
  const text = release(body);
  return ofRule(text, ruleId).map((f) => (f.fix ? applyFix(text, f).split('\n')[8] : '(no fix)'));
}

describe('quick fixes', () => {
  it('weasel-word drops an intensifier and nothing else', () => {
    expect(fixed('Scans are very fast.', 'weasel-word')).toEqual(['Scans are fast.']);
    expect(fixed('Scans are really quick.', 'weasel-word')).toEqual(['Scans are quick.']);
    // At the start of a sentence the next word would be left in lower case.
    expect(fixed('Very few labs scan.', 'weasel-word')).toEqual(['(no fix)']);
    expect(fixed('Really quick scans.', 'weasel-word')).toEqual(['(no fix)']);
  });

  it('weasel-word offers no fix where dropping the word changes the phrase or there is nothing to keep', () => {
    expect(fixed('Thanks very much.', 'weasel-word')).toEqual(['(no fix)']);
    expect(fixed('It saves a lot of time.', 'weasel-word')).toEqual(['(no fix)']);
    expect(fixed('It is fast, very.', 'weasel-word')).toEqual(['(no fix)']);
  });

  it('hype-word drops an adjective in front of a noun and mends the article', () => {
    expect(fixed('It is a revolutionary workflow.', 'hype-word')).toEqual(['It is a workflow.']);
    expect(fixed('It is a world-class experience.', 'hype-word')).toEqual(['It is an experience.']);
    expect(fixed('An unparalleled tracker.', 'hype-word')).toEqual(['A tracker.']);
    expect(fixed('It has powerful search.', 'hype-word')).toEqual(['It has search.']);
  });

  it('hype-word offers no fix where the result is unsure', () => {
    expect(fixed('It is a game-changer.', 'hype-word')).toEqual(['(no fix)']);
    expect(fixed('It is powerful.', 'hype-word')).toEqual(['(no fix)']);
    expect(fixed('It is a powerful and fast tool.', 'hype-word')).toEqual(['(no fix)']);
    expect(fixed('A world-class user experience.', 'hype-word')).toEqual(['(no fix)']);
    expect(fixed('Revolutionary workflows arrive.', 'hype-word')).toEqual(['(no fix)']);
  });

  it('tense turns "will be able to" into "can", keeping the capital', () => {
    expect(fixed('Staff will be able to scan a tube.', 'tense')).toEqual(['Staff can scan a tube.']);
    expect(fixed('Will be able to scan.', 'tense')).toEqual(['Can scan.']);
    expect(fixed('Tidepool will launch in May.', 'tense')).toEqual(['(no fix)']);
  });

  it('the finding covers exactly the words it names', () => {
    const text = release('It is **very** fast and a [game changer](https://example.com).');
    const [weasel] = ofRule(text, 'weasel-word');
    const [hype] = ofRule(text, 'hype-word');
    expect(text.slice(weasel.range.start.offset, weasel.range.end.offset)).toBe('very');
    expect(text.slice(hype.range.start.offset, hype.range.end.offset)).toBe('game changer');
    expect(weasel.range.start.line).toBe(9);
  });
});

describe('ranges and directives', () => {
  it('CRLF line ends keep ranges exact', () => {
    const text = release('Scans are\r\nvery fast and a game-changer.').replace(/\n/g, '\r\n').replace(/\r\r\n/g, '\r\n');
    const [weasel] = ofRule(text, 'weasel-word');
    const [hype] = ofRule(text, 'hype-word');
    expect(text.slice(weasel.range.start.offset, weasel.range.end.offset)).toBe('very');
    expect(weasel.range.start).toMatchObject({ line: 10, column: 1 });
    expect(text.slice(hype.range.start.offset, hype.range.end.offset)).toBe('game-changer');
    expect(applyFix(text, weasel)).toContain('Scans are\r\nfast and');
  });

  it('inline disable comments silence style rules', () => {
    const text = release('<!-- prfaq-disable-next-line hype-word -->\nIt is revolutionary.\n\nIt is revolutionary again.');
    expect(ofRule(text, 'hype-word').map((f) => f.range.start.line)).toEqual([12]);
  });
});
