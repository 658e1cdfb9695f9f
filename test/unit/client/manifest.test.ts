// The extension manifest (package.json `contributes`) must agree with the code it describes: settings defaults with
// the core's defaults, file names with core/detect, commands with what the client registers, files with .vscodeignore.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARS_PER_PAGE_BY_LANGUAGE, CHARS_PER_PAGE_RANGE, DEFAULT_CHARS_PER_PAGE, DEFAULT_REQUIRED_SECTIONS, DEFAULT_WORDS_PER_PAGE, SEVERITY_SETTINGS, defaultConfig } from '../../../server/src/core/config';
import { isPrfaqFileName } from '../../../server/src/core/detect';
import { SECTION_IDS } from '../../../server/src/core/types';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const settings: Record<string, Record<string, unknown>> = contributes.configuration.properties;

function clientSources(dir = path.join(ROOT, 'client/src')): string {
  return fs.readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? clientSources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? fs.readFileSync(path.join(dir, e.name), 'utf8') : ''))
    .join('\n');
}

describe('extension manifest', () => {
  it('activates only for PR/FAQ and Markdown documents, or to restore a preview after a reload (never at start-up)', () => {
    expect(manifest.activationEvents).toEqual(['onLanguage:prfaq', 'onLanguage:markdown', 'onWebviewPanel:prfaq.preview']);
    expect(manifest.main).toBe('./dist/client.js');
  });

  it('settings defaults are the core defaults', () => {
    const core = defaultConfig();
    expect(settings['prfaq.wordsPerPage'].default).toBe(DEFAULT_WORDS_PER_PAGE);
    // Unset (null) so that the core picks the default by the document's language.
    expect(settings['prfaq.charsPerPage']).toMatchObject({ default: null, minimum: CHARS_PER_PAGE_RANGE.min, maximum: CHARS_PER_PAGE_RANGE.max });
    expect(settings['prfaq.charsPerPage'].markdownDescription).toContain(`${CHARS_PER_PAGE_BY_LANGUAGE.ja.toLocaleString('en-US')} for Japanese, ${CHARS_PER_PAGE_BY_LANGUAGE.zh.toLocaleString('en-US')} for Chinese, ${DEFAULT_CHARS_PER_PAGE.toLocaleString('en-US')} otherwise`);
    expect(settings['prfaq.budgets.pressRelease'].default).toBe(core.budgets.pressRelease);
    expect(settings['prfaq.budgets.faq'].default).toBe(core.budgets.faq);
    expect(settings['prfaq.budgets.total'].default).toBe(core.budgets.total);
    expect(settings['prfaq.requiredSections'].default).toEqual(DEFAULT_REQUIRED_SECTIONS);
    expect((settings['prfaq.requiredSections'].items as { enum: string[] }).enum).toEqual([...SECTION_IDS]);
    expect((settings['prfaq.rules'].additionalProperties as { enum: string[] }).enum).toEqual(SEVERITY_SETTINGS);
  });

  it('documents every setting and scopes it to the resource', () => {
    for (const [key, setting] of Object.entries(settings)) {
      expect(typeof setting.markdownDescription, key).toBe('string');
      expect(setting.scope, key).toBe(key === 'prfaq.trace.server' ? 'window' : 'resource');
    }
  });

  it('language file names and extensions are the ones core/detect recognises', () => {
    const [language] = contributes.languages;
    for (const name of language.filenames) expect(isPrfaqFileName(`/w/${name}`), name).toBe(true);
    for (const ext of language.extensions) expect(isPrfaqFileName(`/w/launch${ext}`), ext).toBe(true);
  });

  it('every contributed command is registered by the client', () => {
    const sources = clientSources();
    const registered = new Set([...sources.matchAll(/registerCommand\(\s*['"]([\w.]+)['"]/g)].map((m) => m[1]));
    for (const { command } of contributes.commands) expect(registered.has(command), command).toBe(true);
  });

  it('the grammar and snippet files exist and match their declarations', () => {
    const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, contributes.grammars[0].path), 'utf8'));
    expect(grammar.scopeName).toBe(contributes.grammars[0].scopeName);
    for (const { path: file } of contributes.snippets) {
      const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
      for (const [name, snippet] of Object.entries<{ prefix: unknown; body: unknown; description: unknown }>(snippets)) {
        expect(snippet.prefix, name).toBeTruthy();
        expect(Array.isArray(snippet.body), name).toBe(true);
        expect(typeof snippet.description, name).toBe('string');
      }
    }
  });

  it('.vscodeignore is a whitelist whose non-generated entries exist', () => {
    const lines = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).toBe('**');
    for (const line of lines.slice(1)) {
      expect(line.startsWith('!'), line).toBe(true);
      if (!line.startsWith('!dist/')) expect(fs.existsSync(path.join(ROOT, line.slice(1))), line).toBe(true);
    }
    expect(lines).toContain(`!${manifest.icon}`);
  });

  it('every file the manifest points at is shipped by the .vscodeignore whitelist', () => {
    const shipped = new Set(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1)));
    const named = [manifest.main, manifest.browser, manifest.icon, ...contributes.grammars.map((g: { path: string }) => g.path),
      ...contributes.snippets.map((s: { path: string }) => s.path), ...contributes.jsonValidation.map((j: { url: string }) => j.url),
      ...contributes.languages.map((l: { configuration: string }) => l.configuration)].filter(Boolean);
    // The activation entry loads the real client from next to itself; the server checks large documents in a
    // worker and loads the preview renderer on the first render.
    named.push('dist/client-main.js', 'dist/server.js', 'dist/preview.js');
    if (manifest.browser) named.push('dist/web/server.js');
    for (const file of named) expect(shipped.has(file.replace(/^\.\//, '')), file).toBe(true);
  });
});
