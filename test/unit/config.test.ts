import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHARS_PER_PAGE_BY_LANGUAGE, DEFAULT_CHARS_PER_PAGE, DEFAULT_REQUIRED_SECTIONS, defaultCharsPerPage, defaultConfig, formatConfigProblem, frontMatterLayer, resolveConfig, type ConfigLayer } from '../../server/src/core/config';
import { check } from '../../server/src/core/check';
import { SECTION_IDS, type PrfaqModel } from '../../server/src/core/types';
import { loadRcForFile } from '../../server/src/node/rcfile';

const rc = (value: unknown, source = '/repo/.prfaqrc.json'): ConfigLayer => ({ source, value, text: JSON.stringify(value, null, 2) });

function problemsOf(value: unknown) {
  return resolveConfig([rc(value)]).problems;
}

describe('defaults', () => {
  it('requires all eleven sections', () => {
    expect(DEFAULT_REQUIRED_SECTIONS).toEqual([...SECTION_IDS]);
    expect(defaultConfig().requiredSections).toHaveLength(11);
  });

  it('has the book budgets and 500 words a page', () => {
    const c = defaultConfig();
    expect(c.wordsPerPage).toBe(500);
    expect(c.budgets).toEqual({ pressRelease: 1, faq: 5, total: 6 });
  });
});

describe('charsPerPage', () => {
  const japanese = '# ハーバー提供開始\n\n2027年3月3日、札幌 — 株式会社アクメは本日、小規模診療所向けの共有受信箱「ハーバー」を発表しました。\n';

  it('defaults by the document language: the measured page of the preview', () => {
    expect(defaultCharsPerPage('ja')).toBe(CHARS_PER_PAGE_BY_LANGUAGE.ja);
    expect(defaultCharsPerPage('zh-TW')).toBe(CHARS_PER_PAGE_BY_LANGUAGE.zh);
    expect(defaultCharsPerPage('ZH_hans')).toBe(CHARS_PER_PAGE_BY_LANGUAGE.zh);
    expect(defaultCharsPerPage('th')).toBe(DEFAULT_CHARS_PER_PAGE);
    expect(defaultCharsPerPage()).toBe(DEFAULT_CHARS_PER_PAGE);
    expect([CHARS_PER_PAGE_BY_LANGUAGE.ja, CHARS_PER_PAGE_BY_LANGUAGE.zh, DEFAULT_CHARS_PER_PAGE]).toEqual([1200, 1000, 1100]);
    expect(defaultConfig().charsPerPage).toBe(DEFAULT_CHARS_PER_PAGE);
    expect(resolveConfig([], 'ja').config.charsPerPage).toBe(1200);
    expect(check(japanese).pages.charsPerPage).toBe(1200);
    expect(check('---\nlang: zh\n---\n' + japanese).pages.charsPerPage).toBe(1000);
  });

  it('is set in the rc file, the front matter or the editor settings, in that order of precedence', () => {
    const withFrontMatter = `---\nprfaq:\n  charsPerPage: 900\n---\n\n${japanese}`;
    expect(check(withFrontMatter).pages.charsPerPage).toBe(900);
    expect(check(japanese, { settings: { source: 'settings', value: { charsPerPage: 800 } } }).pages.charsPerPage).toBe(800);
    expect(check(withFrontMatter, { settings: { source: 'settings', value: { charsPerPage: 800 } } }).pages.charsPerPage).toBe(900);
    const all = check(withFrontMatter, { settings: { source: 'settings', value: { charsPerPage: 800 } }, rcFile: rc({ charsPerPage: 1500 }) });
    expect(all.config.charsPerPage).toBe(1500);
    expect(all.pages.charsPerPage).toBe(1500);
    // A set value holds for every language, and the estimate follows it.
    const chars = all.model.characters.total;
    expect(all.pages.total).toBeCloseTo(chars / 1500 + (all.model.words.total - all.model.scriptWords.noSpace.total) / 500, 6);
  });

  it('a bad value is one problem naming the key and its line, and the default stays', () => {
    const text = `---\nprfaq:\n  charsPerPage: lots\n---\n\n${japanese}`;
    const result = check(text);
    expect(result.configProblems).toEqual([expect.objectContaining({ source: 'front matter', key: 'prfaq.charsPerPage', line: 3, message: 'expected a number of characters from 100 to 10000, got "lots"' })]);
    expect(result.pages.charsPerPage).toBe(1200);
    const [problem] = problemsOf({ charsPerPage: 50 });
    expect(problem).toMatchObject({ key: 'charsPerPage', line: 2, message: 'expected a number of characters from 100 to 10000, got number 50' });
  });
});

describe('precedence: defaults < settings < front matter < rc file', () => {
  const settings: ConfigLayer = { source: 'settings', value: { wordsPerPage: 300, budgets: { faq: 4 }, placeholders: ['SETTINGS'] } };
  const frontMatter: ConfigLayer = { source: 'front matter', value: { wordsPerPage: 400, budgets: { total: 7 } } };
  const rcFile = rc({ wordsPerPage: 450 });

  it('a later layer wins key by key, earlier keys survive', () => {
    const { config, problems } = resolveConfig([settings, frontMatter, rcFile]);
    expect(problems).toEqual([]);
    expect(config.wordsPerPage).toBe(450);
    expect(config.budgets).toEqual({ pressRelease: 1, faq: 4, total: 7 });
    expect(config.placeholders).toEqual(['SETTINGS']);
  });

  it('without the rc file the front matter wins over settings', () => {
    expect(resolveConfig([settings, frontMatter]).config.wordsPerPage).toBe(400);
    expect(resolveConfig([settings]).config.wordsPerPage).toBe(300);
    expect(resolveConfig([]).config.wordsPerPage).toBe(500);
  });

  it('check() layers settings, the document front matter and the rc file in that order', () => {
    const text = ['---', 'prfaq:', '  wordsPerPage: 400', '  budgets:', '    faq: 3', '---', '', '# Headline', ''].join('\n');
    const settingsOnly = check(text, { settings: { source: 'settings', value: { wordsPerPage: 300, budgets: { pressRelease: 2 } } } });
    expect(settingsOnly.config.wordsPerPage).toBe(400);
    expect(settingsOnly.config.budgets).toEqual({ pressRelease: 2, faq: 3, total: 6 });
    const withRc = check(text, { settings: { source: 'settings', value: { wordsPerPage: 300 } }, rcFile: rc({ wordsPerPage: 250 }) });
    expect(withRc.config.wordsPerPage).toBe(250);
    expect(withRc.pages.wordsPerPage).toBe(250);
  });
});

describe('bad values: one problem naming source, key, line and what was expected', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['top level not an object', [1, 2], '', /expected an object/],
    ['unknown key', { wordsPerPage: 400, colour: 'red' }, 'colour', /unknown key "colour".*expected one of/],
    ['wordsPerPage a string', { wordsPerPage: '500' }, 'wordsPerPage', /expected a number of words from 50 to 5000, got "500"/],
    ['wordsPerPage out of range', { wordsPerPage: 10 }, 'wordsPerPage', /from 50 to 5000, got number 10/],
    ['budgets not an object', { budgets: 5 }, 'budgets', /expected an object with pressRelease, faq and total/],
    ['budget negative', { budgets: { faq: -1 } }, 'budgets.faq', /greater than 0/],
    ['unknown budget', { budgets: { appendix: 2 } }, 'budgets.appendix', /unknown budget "appendix"/],
    ['requiredSections not a list', { requiredSections: 'headline' }, 'requiredSections', /expected a list of section ids/],
    ['unknown section id', { requiredSections: ['headline', 'headlines'] }, 'requiredSections[1]', /expected a section id .*got "headlines" \(did you mean "headline"\?\)/],
    ['placeholders not a list', { placeholders: 'TBD' }, 'placeholders', /expected a list of regular expressions/],
    ['placeholder not a regex', { placeholders: ['ok', '(unclosed'] }, 'placeholders[1]', /expected a valid regular expression, got "\(unclosed"/],
    ['placeholder empty', { placeholders: [''] }, 'placeholders[0]', /non-empty string/],
    ['rules not an object', { rules: ['missing-section'] }, 'rules', /expected an object of rule ids/],
    ['unknown rule', { rules: { 'no-such-rule': 'error' } }, 'rules.no-such-rule', /unknown rule "no-such-rule"/],
  ];
  for (const [name, value, key, message] of cases) {
    it(name, () => {
      const problems = problemsOf(value);
      expect(problems).toHaveLength(1);
      expect(problems[0].source).toBe('/repo/.prfaqrc.json');
      expect(problems[0].key).toBe(key);
      expect(problems[0].message).toMatch(message);
      if (key) expect(problems[0].line).toBeGreaterThan(1);
    });
  }

  it('names the exact line and column of the bad key', () => {
    const text = '{\n  "wordsPerPage": 500,\n  "budgets": {\n    "pressRelease": 1,\n    "faq": "five"\n  }\n}\n';
    const { problems } = resolveConfig([{ source: 'x.json', value: JSON.parse(text), text }]);
    expect(problems).toEqual([{ source: 'x.json', key: 'budgets.faq', message: expect.stringContaining('got "five"'), line: 5, column: 5 }]);
    expect(formatConfigProblem(problems[0])).toBe('x.json:5:5: budgets.faq: expected a number of pages greater than 0 and at most 1000, got "five"');
  });

  it('with a repeated key, names the occurrence that counts (the last, as in JSON.parse)', () => {
    const text = '{\n  "wordsPerPage": 400,\n  "wordsPerPage": 7\n}';
    const { problems } = resolveConfig([{ source: 'x.json', value: JSON.parse(text), text }]);
    expect(problems).toMatchObject([{ key: 'wordsPerPage', line: 3, column: 3 }]);
  });

  it('a bad value is skipped, the good ones around it still apply', () => {
    const { config, problems } = resolveConfig([rc({ wordsPerPage: 'x', budgets: { faq: 2, total: 0 }, requiredSections: ['summary', 'nope'] })]);
    expect(problems.map((p) => p.key)).toEqual(['wordsPerPage', 'budgets.total', 'requiredSections[1]']);
    expect(config.wordsPerPage).toBe(500);
    expect(config.budgets).toEqual({ pressRelease: 1, faq: 2, total: 6 });
    expect(config.requiredSections).toEqual(['summary']);
  });

  it('front matter problems carry the document line of the key', () => {
    const raw = 'title: Launch\nprfaq:\n  wordsPerPage: lots\n';
    const model = { frontMatter: { raw, data: { title: 'Launch', prfaq: { wordsPerPage: 'lots' } }, error: null, range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 5, column: 4, offset: 0 } } } } as unknown as PrfaqModel;
    const layer = frontMatterLayer(model)!;
    const { problems } = resolveConfig([layer]);
    expect(problems).toEqual([{ source: 'front matter', key: 'prfaq.wordsPerPage', message: expect.stringContaining('got "lots"'), line: 4, column: 3 }]);
  });

  it('front matter YAML that does not parse, with prfaq settings in it, is one problem with the document line', () => {
    const raw = 'prfaq:\n  rules: [a\n  b: c';
    const model = { frontMatter: { raw, data: null, error: 'Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 3:', range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 5, column: 4, offset: 0 } } } } as unknown as PrfaqModel;
    const { problems } = resolveConfig([frontMatterLayer(model)!]);
    expect(problems).toEqual([{ source: 'front matter', key: '', line: 4, column: 3, message: 'front matter is not valid YAML, so its prfaq settings are ignored: Flow sequence in block collection must be sufficiently indented and end with a ]' }]);
    const unrelated = { frontMatter: { ...model.frontMatter!, raw: 'title: [x' } } as unknown as PrfaqModel;
    expect(frontMatterLayer(unrelated)).toBeNull();
  });

  it('a bare `prfaq: true` marks the file and is not a configuration', () => {
    const model = { frontMatter: { raw: 'prfaq: true', data: { prfaq: true }, error: null, range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 3, column: 4, offset: 0 } } } } as unknown as PrfaqModel;
    expect(frontMatterLayer(model)).toBeNull();
  });

  it('unknown rules list the known ones', () => {
    const [problem] = problemsOf({ rules: { 'missing-sectoin': 'warning' } });
    expect(problem.message).toMatch(/known rules: /);
  });
});

describe('rule settings', () => {
  it('accepts the three forms and rejects bad severities with a suggestion', () => {
    const ids = Object.keys(defaultConfig().rules);
    expect(ids.length).toBeGreaterThan(0);
    const [a, b, c] = [ids[0], ids[1 % ids.length], ids[2 % ids.length]];
    const { config, problems } = resolveConfig([rc({ rules: { [a]: 'off' } }), rc({ rules: { [b]: ['hint'] } }), rc({ rules: { [c]: { severity: 'info' } } })]);
    expect(problems).toEqual([]);
    expect(config.rules[c].severity).toBe('info');
    const bad = problemsOf({ rules: { [a]: 'warn' } });
    expect(bad).toHaveLength(1);
    expect(bad[0].key).toBe(`rules.${a}`);
    expect(bad[0].message).toMatch(/expected a severity \(off\|hint\|info\|warning\|error\), got "warn" \(did you mean "warning"\?\)/);
    expect(problemsOf({ rules: { [a]: 2 } })[0].message).toMatch(/expected a severity .*\[severity, options\]/);
    expect(problemsOf({ rules: { [a]: { level: 'error' } } })).toHaveLength(1);
  });

  it('checks options against the rule defaults', () => {
    const rule = Object.entries(defaultConfig().rules).find(([, s]) => Object.keys(s.options).length > 0);
    expect(rule, 'at least one rule declares options').toBeDefined();
    const [id, setting] = rule!;
    const [name, value] = Object.entries(setting.options)[0];
    const wrong = typeof value === 'number' ? 'a string' : 12345;
    const problems = problemsOf({ rules: { [id]: ['warning', { [name]: wrong, notAnOption: 1 }] } });
    expect(problems.map((p) => p.key)).toEqual([`rules.${id}[1].${name}`, `rules.${id}[1].notAnOption`]);
    expect(problems[1].message).toMatch(/unknown option "notAnOption"/);
    expect(problemsOf({ rules: { [id]: { options: [] } } })[0].message).toMatch(/expected an object of options/);
    const ok = resolveConfig([rc({ rules: { [id]: { options: { [name]: value } } } })]);
    const listOption = Object.entries(defaultConfig().rules).flatMap(([ruleId, s]) => Object.entries(s.options).filter(([, v]) => Array.isArray(v) && typeof v[0] === 'string').map(([opt]) => [ruleId, opt]))[0];
    expect(listOption, 'a rule with a list-of-strings option').toBeDefined();
    const [listRule, listName] = listOption!;
    expect(problemsOf({ rules: { [listRule]: ['warning', { [listName]: ['fine', 7] }] } })).toMatchObject([{ key: `rules.${listRule}[1].${listName}[1]`, message: 'expected a string, got number 7' }]);
    expect(ok.problems).toEqual([]);
  });
});

describe('loadRcForFile', () => {
  function tempTree(files: Record<string, string>): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-rc-'));
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    return root;
  }

  it('finds the nearest rc file walking up', () => {
    const root = tempTree({ '.prfaqrc.json': '{"wordsPerPage": 300}', 'a/.prfaqrc.json': '{"wordsPerPage": 350}', 'a/b/doc.prfaq.md': '# x' });
    const near = loadRcForFile(path.join(root, 'a/b/doc.prfaq.md'));
    expect(near.path).toBe(path.join(root, 'a/.prfaqrc.json'));
    expect(near.problems).toEqual([]);
    expect(near.layer?.value).toEqual({ wordsPerPage: 350 });
    expect(loadRcForFile(path.join(root, 'c/doc.prfaq.md')).path).toBe(path.join(root, '.prfaqrc.json'));
  });

  it('stops at stopAt and reads configPath when given', () => {
    const root = tempTree({ '.prfaqrc.json': '{}', 'a/doc.prfaq.md': '', 'other.json': '{"budgets": {"faq": 2}}' });
    expect(loadRcForFile(path.join(root, 'a/doc.prfaq.md'), { stopAt: path.join(root, 'a') })).toEqual({ layer: null, path: null, problems: [] });
    const explicit = loadRcForFile(path.join(root, 'a/doc.prfaq.md'), { configPath: path.join(root, 'other.json') });
    expect(explicit.layer?.value).toEqual({ budgets: { faq: 2 } });
  });

  it('invalid JSON names file, line, column and what was expected', () => {
    const root = tempTree({ '.prfaqrc.json': '{\n  "wordsPerPage": 400\n  "budgets": {}\n}\n', 'doc.prfaq.md': '' });
    const result = loadRcForFile(path.join(root, 'doc.prfaq.md'));
    expect(result.layer).toBeNull();
    expect(result.problems).toEqual([{ source: path.join(root, '.prfaqrc.json'), key: '', line: 3, column: 3, message: 'invalid JSON: expected \',\' or \'}\' after the property value, found "budgets"' }]);
  });

  it('says what is wrong with trailing commas, comments, empty files and a missing --config', () => {
    const root = tempTree({ 'trailing.json': '{"a": 1,\n}', 'comment.json': '{\n // note\n}', 'empty.json': '  \n' });
    const messageOf = (name: string) => loadRcForFile('x.md', { configPath: path.join(root, name) }).problems[0];
    expect(messageOf('trailing.json')).toMatchObject({ line: 2, column: 1, message: 'invalid JSON: trailing comma before "}" is not allowed in JSON' });
    expect(messageOf('comment.json')).toMatchObject({ line: 2, column: 2, message: 'invalid JSON: comments are not allowed in JSON' });
    expect(messageOf('empty.json').message).toMatch(/the file is empty/);
    expect(messageOf('missing.json').message).toBe('cannot read the configuration file: no such file or directory');
  });

  it('re-reads a changed file (cache keyed by path and mtime)', () => {
    const root = tempTree({ '.prfaqrc.json': '{"wordsPerPage": 300}' });
    const file = path.join(root, 'doc.prfaq.md');
    expect(loadRcForFile(file).layer?.value).toEqual({ wordsPerPage: 300 });
    fs.writeFileSync(path.join(root, '.prfaqrc.json'), '{"wordsPerPage": 3000}');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(root, '.prfaqrc.json'), later, later);
    expect(loadRcForFile(file).layer?.value).toEqual({ wordsPerPage: 3000 });
  });

  it('an rc value problem names the rc file and its line', () => {
    const root = tempTree({ '.prfaqrc.json': '{\n  "rules": {\n    "no-such-rule": "error"\n  }\n}\n' });
    const { layer } = loadRcForFile(path.join(root, 'doc.prfaq.md'));
    const { problems } = resolveConfig([layer!]);
    expect(problems).toMatchObject([{ source: path.join(root, '.prfaqrc.json'), key: 'rules.no-such-rule', line: 3, column: 5 }]);
  });
});
