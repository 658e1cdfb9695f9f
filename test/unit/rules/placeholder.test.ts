import { describe, expect, it } from 'vitest';
import { findings } from './helpers';

const texts = (text: string, config = {}) => findings(text, 'placeholder', config).map((f) => text.slice(f.range.start.offset, f.range.end.offset));

describe('placeholder', () => {
  it('covers exactly the placeholder text', () => {
    const text = '# Lantern\n\nA ride costs $XXX, said [NAME, TITLE] at {COMPANY}.\n';
    expect(texts(text)).toEqual(['$XXX', '[NAME, TITLE]', '{COMPANY}']);
    const [f] = findings(text, 'placeholder');
    expect(f.range.start).toEqual({ line: 3, column: 14, offset: 24 });
    expect(f.message).toBe('Placeholder "$XXX" left in the text: put in the real amount.');
    expect(f.severity).toBe('warning');
  });

  it('finds template syntax in fenced code but not prose markers there', () => {
    const text = '# Lantern\n\n```\n[ ] Signed-off by @xxxxx\n# TODO: TBD XXX [DEFAULT] ${HOME}\n```\n\nInline `{RFC_TITLE}` and `TODO`.\n';
    expect(texts(text)).toEqual(['[ ]', '@xxxxx', '{RFC_TITLE}']);
  });

  it('ignores comments, links, images, definitions, autolinks, amounts and x-words', () => {
    const text = [
      '<!-- TODO: TBD XXX [NAME] -->',
      '# Lantern',
      '',
      'See [NAME](https://x.example/TODO), [docs][REF], ![XXX](img/XXX.png) and https://x.example/TBD.',
      'It costs $25 in sizes S to XXL; the Xxx river is not a placeholder. \\[ESC] is escaped.',
      '',
      '- [x] done',
      '',
      '[REF]: https://x.example/TODO',
    ].join('\n');
    expect(texts(text)).toEqual([]);
  });

  it('adds patterns from the configuration and the rule options, case-insensitive', () => {
    const text = '# Lantern\n\nOwner: jira-000 and PENDING-REVIEW.\n';
    expect(texts(text, { placeholders: ['\\bJIRA-0+\\b'] })).toEqual(['jira-000']);
    expect(texts(text, { rules: { placeholder: ['warning', { patterns: ['pending-review'] }] } })).toEqual(['PENDING-REVIEW']);
  });

  it('allow keeps a text that is really meant', () => {
    expect(texts('# Lantern\n\nShips in TBA and TBD.\n', { rules: { placeholder: ['warning', { allow: ['tba'] }] } })).toEqual(['TBD']);
  });

  it('an invalid option pattern is one error finding, not a crash', () => {
    const found = findings('# Lantern\n\nText.\n', 'placeholder', { rules: { placeholder: ['warning', { patterns: ['(unclosed'] }] } });
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].message).toContain('"(unclosed" is not a valid regular expression');
  });

  it('names the section the placeholder is in', () => {
    const text = '# Lantern\n\n## Problem\n\nRiders wait XXX minutes.\n';
    expect(findings(text, 'placeholder')[0].section).toBe('problem');
  });
});
