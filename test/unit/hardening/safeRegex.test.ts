import { describe, expect, it } from 'vitest';
import { unsafeRegexReason } from '../../../server/src/core/safeRegex';
import { check } from '../../../server/src/core/check';

describe('placeholder patterns from the workspace (ReDoS guard)', () => {
  it('refuses nested repetition and backreferences', () => {
    for (const source of ['(a+)+$', '(\\w+\\s?)+$', '(.*a){20}', '(a|b+)*c', '(x+x+)+y', '((ab)*)+', '(a)\\1', '(?<n>a)\\k<n>', '(?:a*)*']) {
      expect(unsafeRegexReason(source), source).not.toBeNull();
    }
  });

  it('accepts the patterns people write for placeholders', () => {
    for (const source of ['TBD|TODO', '\\[[A-Z ]+\\]', '\\{\\{[^}]+\\}\\}', 'x{3,}', '(?:foo|bar)s?', '[(a+)+]', '\\(a+\\)+', '(ab)?c+', '<[^>]*>', '(?:lorem|ipsum)+']) {
      expect(unsafeRegexReason(source), source).toBeNull();
    }
  });

  it('a hostile pattern in front matter is reported and not run, so the check stays fast', () => {
    const text = `---\nprfaq:\n  placeholders: ["(a+)+$", "FIXME"]\n---\n# Title\n\n${'a'.repeat(40)}b FIXME\n`;
    const result = check(text);
    expect(result.configProblems.map((p) => p.message).join('\n')).toMatch(/linear time.*repeated group/);
    expect(result.config.placeholders).toContain('FIXME');
    expect(result.config.placeholders).not.toContain('(a+)+$');
  });
});
