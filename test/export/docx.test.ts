// Word export: `prfaq render FILE -o out.docx`, read back from its XML parts and opened in LibreOffice.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/core/check';
import { exportDocument, type ParagraphBlock } from '../../server/src/export/outline';
import { ROOT, runCli, tempTree } from '../cli/helpers';
import { sixPageDocument } from '../preview/documents';
import { docxPart, docxParts, expectedParts, have, inCi, INSTALL_HINT, libreOfficePdf, missingInOrder, pdfPages, pdfText } from './helpers';

const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples/complete.prfaq.md'), 'utf8');
const DRAFT = fs.readFileSync(path.join(ROOT, 'examples/draft.prfaq.md'), 'utf8');
const haveUnzip = have('unzip');
const haveLibreOffice = have('soffice') && have('pdftotext') && have('pdfinfo');

function paragraphs(text: string): ParagraphBlock[] {
  return exportDocument(check(text)).blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
}
const plain = (b: ParagraphBlock) => b.runs.map((r) => r.text).join('');

async function exportDocx(name: string, text: string): Promise<string> {
  const dir = tempTree({ [`${name}.prfaq.md`]: text });
  const r = await runCli(['render', `${name}.prfaq.md`, '-o', `${name}.docx`], { cwd: dir });
  expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  return path.join(dir, `${name}.docx`);
}

describe('the document for export (the preview\'s reading of the release)', () => {
  it('has the release in order, then the FAQ: external before internal, questions with their answers', () => {
    const blocks = paragraphs(EXAMPLE);
    const roles = blocks.map((b) => b.role);
    expect(roles.slice(0, 4)).toEqual(['release-line', 'headline', 'subheadline', 'body']);
    expect(plain(blocks[0]!)).toBe('FOR IMMEDIATE RELEASE');
    expect(plain(blocks[1]!)).toBe('Harbor Launches Shared Inbox So Small Support Teams Answer Every Customer Within an Hour');
    // The dateline is set in bold at the head of the summary.
    expect(blocks[3]!.runs[0]).toEqual({ text: 'SEATTLE, WA – March 3, 2027 – ', bold: true });
    const model = check(EXAMPLE).model;
    const questions = blocks.filter((b) => b.role === 'question');
    expect(questions.map(plain)).toEqual([...model.faq.external, ...model.faq.internal].map((q) => q.question));
    expect(questions.map((q) => q.faq)).toEqual([...model.faq.external.map(() => 'external'), ...model.faq.internal.map(() => 'internal')]);
    // Every question is followed by its answer.
    for (const q of questions) expect(blocks[blocks.indexOf(q) + 1]!.role).toBe('answer');
    const quotes = blocks.filter((b) => b.role === 'quote').map(plain);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatch(/^"Small teams told us/);
    expect(blocks.filter((b) => b.role === 'heading' && b.level === 1).map(plain)).toEqual(['External FAQ', 'Internal FAQ']);
    expect(blocks.filter((b) => b.role === 'heading' && b.level === 2).map(plain)).toContain('Problem');
  });

  it('keeps placeholders visible (marked) and leaves out the missing-section boxes and findings', () => {
    const blocks = paragraphs(DRAFT);
    const text = blocks.map(plain).join('\n');
    expect(text).not.toMatch(/Missing:|missing|unanswered/i);
    const marked = blocks.flatMap((b) => b.runs).filter((r) => r.placeholder).map((r) => r.text);
    expect(marked).toEqual(expect.arrayContaining(['[PRODUCT NAME]', 'TODO', 'TBD']));
    expect(text).toContain('[PRODUCT NAME]');
  });

  it('turns lists, code, tables and links into their Word counterparts, losing no text', () => {
    const text = [
      '# Acme launches Widgets', '', '## How it works', '',
      '1. Sign in', '2. Pick a sheet', '   - nested point', '', '```', 'npx widgets', '```', '',
      '| Plan | Price |', '|---|---|', '| Team | $9 |', '', 'See [the site](https://widgets.example) or `docs`.', '',
    ].join('\n');
    const doc = exportDocument(check(text));
    const items = doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph' && !!b.list);
    expect(items.map((b) => [plain(b), b.list!.ordered, b.list!.level])).toEqual([['Sign in', true, 0], ['Pick a sheet', true, 0], ['nested point', false, 1]]);
    expect(doc.blocks.find((b) => b.type === 'paragraph' && b.role === 'code')).toMatchObject({ runs: [{ text: 'npx widgets', code: true }] });
    expect(doc.blocks.find((b) => b.type === 'table')).toMatchObject({ header: true, rows: [[[{ text: 'Plan', bold: true }], [{ text: 'Price', bold: true }]], [[{ text: 'Team' }], [{ text: '$9' }]]] });
    const link = doc.blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs : [])).find((r) => r.link);
    expect(link).toEqual({ text: 'the site', link: 'https://widgets.example' });
  });

  it('sets questions apart from answers written on the same line or under them (bold and numbered formats)', () => {
    const text = '# Acme launches Widgets\n\n## FAQ\n\n**Q: Is it free?** Yes, for teams of five.\n\n**How do I start?**\n\nSign in with Google.\n\n## Internal FAQ\n\n1. **Why now?**\n   Because budgets moved.\n';
    const faq = paragraphs(text).filter((b) => b.role === 'question' || b.role === 'answer').map((b) => [b.role, b.faq, plain(b)]);
    expect(faq).toEqual([
      ['question', 'external', 'Q: Is it free?'], ['answer', 'external', 'Yes, for teams of five.'],
      ['question', 'external', 'How do I start?'], ['answer', 'external', 'Sign in with Google.'],
      ['question', 'internal', 'Why now?'], ['answer', 'internal', 'Because budgets moved.'],
    ]);
  });

  it('takes title and date from the front matter', () => {
    const doc = exportDocument(check('---\ntitle: Widgets launch\ndate: 2026-06-12\n---\n\n# Acme launches Widgets\n'));
    expect(doc).toMatchObject({ title: 'Widgets launch', date: '2026-06-12' });
  });
});

if (!haveUnzip && !inCi) console.warn(`\n*** SKIPPING the .docx part tests: unzip is missing. Install it: ${INSTALL_HINT} ***\n`);
if (!haveLibreOffice && !inCi) console.warn(`\n*** SKIPPING the LibreOffice test of the Word export: soffice or poppler is missing. Install it: ${INSTALL_HINT} ***\n`);

describe.runIf((!haveUnzip || !haveLibreOffice) && inCi)('Word export tools (CI)', () => {
  it('needs unzip, LibreOffice and poppler', () => {
    throw new Error(`unzip, soffice, pdftotext or pdfinfo is missing; the Word export cannot be tested. Install them: ${INSTALL_HINT}`);
  });
});

describe.runIf(haveUnzip)('prfaq render -o out.docx: the Word document', () => {
  it('uses real Word styles: Title, Subtitle, Heading 1–3, Quote', async () => {
    const file = await exportDocx('example', EXAMPLE);
    const styles = docxPart(file, 'word/styles.xml');
    const document = docxPart(file, 'word/document.xml');
    for (const [id, name] of [['Title', 'Title'], ['Subtitle', 'Subtitle'], ['Heading1', 'Heading 1'], ['Heading2', 'Heading 2'], ['Heading3', 'Heading 3'], ['Quote', 'Quote']]) {
      expect(styles).toMatch(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>\\s*<w:name w:val="${name}"`, 'i'));
      expect(document).toContain(`<w:pStyle w:val="${id}"/>`);
    }
    // The headline is the only Title; every FAQ question is a Heading 3.
    expect(document.match(/<w:pStyle w:val="Title"\/>/g)).toHaveLength(1);
    const model = check(EXAMPLE).model;
    const questions = model.faq.external.length + model.faq.internal.length;
    expect(document.match(/<w:pStyle w:val="Heading3"\/>/g)?.length).toBe(questions);
    expect(docxPart(file, 'docProps/core.xml')).toContain('<dc:title>Harbor Shared Inbox</dc:title>');
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="en" w:eastAsia="en"\/>/s);
  });

  it('numbers its pages in the footer and highlights placeholders', async () => {
    const file = await exportDocx('draft', DRAFT);
    const footer = docxPart(file, 'word/footer1.xml');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    const document = docxPart(file, 'word/document.xml');
    expect(document).toMatch(/<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*\[PRODUCT NAME\]/s);
    expect(document).not.toContain('Missing:');
  });
});

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('images in the Word export', () => {
  it('embeds data: images and files under the document\'s folder; remote, absolute and outside paths stay alt text', async () => {
    const { collectImages, localImagePath } = await import('../../server/src/export/images');
    expect(['shot.png', './img/a b.png', 'img/%20x.png', 'a/../b.png'].map(localImagePath)).toEqual(['shot.png', 'img/a b.png', 'img/ x.png', 'b.png']);
    expect(['../secret.png', '/etc/x.png', 'C:\\x.png', 'https://x.example/a.png', '//host/a.png', 'file:///a.png', 'a/../../b.png'].map(localImagePath)).toEqual(Array(7).fill(null));
    const doc = exportDocument(check(`# Acme\n\n![local](shot.png) ![data](data:image/png;base64,${PNG.toString('base64')}) ![remote](https://x.example/a.png) ![out](../secret.png)\n`));
    const asked: string[] = [];
    const images = await collectImages(doc, async (relative) => { asked.push(relative); return new Uint8Array(PNG); });
    expect(asked).toEqual(['shot.png']);
    expect([...images.keys()].map((k) => k.slice(0, 22))).toEqual(['shot.png', 'data:image/png;base64,']);
  });
});

describe.runIf(haveUnzip && haveLibreOffice)('prfaq render -o out.docx, opened in LibreOffice', () => {
  it('has every part of the example release and every FAQ question, in order, with page numbers', async () => {
    const file = await exportDocx('example', EXAMPLE);
    const pdf = libreOfficePdf(file);
    const text = pdfText(pdf);
    const parts = ['FOR IMMEDIATE RELEASE', ...expectedParts(check(EXAMPLE))];
    expect(parts.length).toBeGreaterThan(20);
    expect(missingInOrder(text, parts)).toEqual([]);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  }, 180000);

  it('shows the embedded images, and none from outside the document\'s folder', async () => {
    const dir = tempTree({ 'launch/launch.prfaq.md': '# Acme launches Widgets\n\n![A chart](chart.png)\n\n![Outside](../secret.png)\n\n![Remote](https://x.example/a.png)\n', 'launch/chart.png': PNG, 'secret.png': PNG });
    fs.symlinkSync(path.join(dir, 'secret.png'), path.join(dir, 'launch/link.png'));
    fs.appendFileSync(path.join(dir, 'launch/launch.prfaq.md'), '![Linked](link.png)\n');
    const r = await runCli(['render', 'launch/launch.prfaq.md', '-o', 'launch.docx'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const file = path.join(dir, 'launch.docx');
    expect(docxParts(file).filter((p) => p.startsWith('word/media/'))).toHaveLength(1);
    const document = docxPart(file, 'word/document.xml');
    expect(document.match(/<pic:pic\b/g)).toHaveLength(1);
    const pdf = libreOfficePdf(file);
    // LibreOffice draws the embedded picture (an image object in its PDF) instead of the alt text.
    expect(fs.readFileSync(pdf).toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    const text = pdfText(pdf);
    expect(text).toContain('[Image: Outside]');
    expect(text).toContain('[Image: Remote]');
    expect(text).toContain('[Image: Linked]');
    expect(text).not.toContain('[Image: A chart]');
  }, 180000);

  it('opens a six-page document with nothing lost', async () => {
    const text = sixPageDocument();
    const started = performance.now();
    const file = await exportDocx('six-pages', text);
    const ms = performance.now() - started;
    const pdf = libreOfficePdf(file);
    expect(missingInOrder(pdfText(pdf), expectedParts(check(text)))).toEqual([]);
    console.log(`six-page document: .docx written in ${ms.toFixed(0)} ms (CLI start included), ${pdfPages(pdf)} pages in LibreOffice`);
  }, 180000);
});
