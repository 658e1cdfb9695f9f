// The Word writer: an ExportDocument (outline.ts) in, a .docx out, with the `docx` library. Real Word
// styles (Title, Subtitle, Heading 1–3, Quote) so the reviewer's navigation pane and outline work; page
// numbers in the footer; placeholders highlighted. Built on its own (dist/docx.js) and loaded only when a
// document is exported, so neither the CLI nor the extension pays for it at start-up.
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, HeadingLevel, ImageRun, LevelFormat, LineRuleType, Packer, PageNumber,
  Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions, type ParagraphChild,
} from 'docx';
import { imageSize } from 'image-size';
import type { Block, ExportDocument, ParagraphBlock, Run, TableBlock } from './outline';

export interface DocxOptions {
  paper?: 'letter' | 'a4';
  /** Image bytes by `src` (images.ts collects them); an image without bytes stays its alt text. */
  images?: Map<string, Uint8Array>;
}

interface Context {
  images: Map<string, Uint8Array>;
  /** Widest an image may be: the text width, in pixels at 96 per inch. */
  maxWidth: number;
}

const EMBEDDABLE = new Set(['png', 'jpg', 'gif', 'bmp']);

/** The image as Word draws it, scaled down to the text width; null when its bytes are not an image Word takes. */
function imageRun(run: Run, ctx: Context): ImageRun | null {
  const bytes = run.image ? ctx.images.get(run.image.src) : undefined;
  if (!bytes) return null;
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return null;
  }
  const type = size.type === 'jpeg' ? 'jpg' : size.type;
  if (!type || !EMBEDDABLE.has(type) || !size.width || !size.height) return null;
  const scale = Math.min(1, ctx.maxWidth / size.width);
  return new ImageRun({
    type: type as 'png' | 'jpg' | 'gif' | 'bmp',
    data: bytes,
    transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
    altText: { name: run.image!.alt || 'image', description: run.image!.alt, title: run.image!.alt },
  });
}

const FONT = 'Calibri';
const MONO = 'Courier New';
/** Twips (1/1440 in). */
const PAPER = {
  letter: { width: 12240, height: 15840, margin: 1440 },
  a4: { width: 11906, height: 16838, margin: 1417 },
};
const INDENT = 360;

function textRun(run: Run): TextRun {
  const options: IRunOptions = {
    text: run.text,
    ...(run.break ? { break: 1 } : {}),
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italics: true } : {}),
    ...(run.strike ? { strike: true } : {}),
    ...(run.superscript ? { superScript: true } : {}),
    ...(run.subscript ? { subScript: true } : {}),
    ...(run.code ? { font: MONO } : {}),
    ...(run.placeholder ? { highlight: 'yellow' as const } : {}),
    ...(run.link ? { style: 'Hyperlink' } : {}),
  };
  return new TextRun(options);
}

function children(runs: Run[], ctx: Context): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const image = run.image ? imageRun(run, ctx) : null;
    if (image) {
      out.push(image);
      continue;
    }
    if (!run.link) {
      out.push(textRun(run));
      continue;
    }
    // Neighbouring runs of one link make one hyperlink.
    const group: Run[] = [run];
    while (runs[i + 1]?.link === run.link) group.push(runs[++i]!);
    out.push(new ExternalHyperlink({ link: run.link, children: group.map((r) => imageRun(r, ctx) ?? textRun(r)) }));
  }
  return out;
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function paragraph(block: ParagraphBlock, ctx: Context): Paragraph {
  const indent = block.indent ? { indent: { left: INDENT * 2 * block.indent } } : {};
  const kids = children(block.runs, ctx);
  if (block.list) {
    const { ordered, level, list, start } = block.list;
    return new Paragraph({
      children: kids,
      numbering: ordered ? { reference: numberingReference(start), level, instance: list } : { reference: 'prfaq-bullets', level },
      ...(block.role === 'quote' ? { style: 'Quote' } : {}),
    });
  }
  switch (block.role) {
    case 'release-line':
      return new Paragraph({ children: kids, style: 'ReleaseLine' });
    case 'headline':
      return new Paragraph({ children: kids, heading: HeadingLevel.TITLE });
    case 'subheadline':
      return new Paragraph({ children: kids, style: 'Subtitle' });
    case 'heading':
      return new Paragraph({ children: kids, heading: HEADINGS[block.level ?? 2] });
    case 'question':
      return new Paragraph({ children: kids, heading: HeadingLevel.HEADING_3 });
    case 'quote':
      return new Paragraph({ children: kids, style: 'Quote', ...indent });
    case 'code':
      return new Paragraph({ children: kids, style: 'Code', ...indent });
    default:
      return new Paragraph({ children: kids, ...indent });
  }
}

function table(block: TableBlock, ctx: Context): Table {
  const columns = Math.max(1, ...block.rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: block.rows.map((cells, r) => new TableRow({
      tableHeader: block.header && r === 0,
      children: Array.from({ length: columns }, (_, c) => new TableCell({ children: [new Paragraph({ children: children(cells[c] ?? [], ctx) })] })),
    })),
  });
}

function body(blocks: Block[], ctx: Context): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') out.push(paragraph(block, ctx));
    else if (block.type === 'table') out.push(table(block, ctx), new Paragraph({ children: [] }));
    else out.push(new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } }));
  }
  return out;
}

function numberingReference(start: number): string {
  return `prfaq-numbers-${start}`;
}

const BULLETS = ['•', '◦', '▪'];

function numbering(blocks: Block[]) {
  const starts = new Set<number>([1]);
  for (const b of blocks) if (b.type === 'paragraph' && b.list?.ordered) starts.add(b.list.start);
  const levels = (ordered: boolean, start: number) =>
    Array.from({ length: 9 }, (_, level) => ({
      level,
      format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
      text: ordered ? `%${level + 1}.` : BULLETS[level % BULLETS.length]!,
      alignment: AlignmentType.LEFT,
      ...(ordered && level === 0 ? { start } : {}),
      style: { paragraph: { indent: { left: INDENT * 2 * (level + 1), hanging: INDENT } } },
    }));
  return {
    config: [
      { reference: 'prfaq-bullets', levels: levels(false, 1) },
      ...[...starts].map((start) => ({ reference: numberingReference(start), levels: levels(true, start) })),
    ],
  };
}

function footer(doc: ExportDocument): Footer {
  const label = [doc.title, doc.date].filter(Boolean).join(' · ');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        style: 'FooterText',
        children: [new TextRun({ children: [`${label ? `${label} · ` : ''}Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

function styles(lang: string) {
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: '1B1B1B' },
    paragraph: { spacing: { before, after: 80 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      // The document's language (front matter `lang`, or detected), so Word checks its spelling in that language.
      document: { run: { font: FONT, size: 22, language: { value: lang, eastAsia: lang } }, paragraph: { spacing: { after: 140, line: 264, lineRule: LineRuleType.AUTO } } },
      title: { run: { font: FONT, size: 38, bold: true, color: '1B1B1B' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 80 } } },
      heading1: heading(28, 360),
      heading2: heading(24, 240),
      heading3: heading(22, 200),
      hyperlink: { run: { color: '1F5FBF', underline: {} } },
    },
    paragraphStyles: [
      { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { italics: true, size: 25, color: '555555' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
      { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { italics: true, color: '333333' }, paragraph: { indent: { left: 720, right: 720 } } },
      { id: 'ReleaseLine', name: 'Release Line', basedOn: 'Normal', next: 'Normal',
        run: { bold: true, allCaps: true, size: 18, color: '666666' },
        paragraph: { spacing: { after: 240 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '1B1B1B', space: 2 } } } },
      { id: 'Code', name: 'Code', basedOn: 'Normal', next: 'Normal', run: { font: MONO, size: 19 }, paragraph: { spacing: { after: 140, line: 240, lineRule: LineRuleType.AUTO } } },
      { id: 'FooterText', name: 'Footer Text', basedOn: 'Normal', run: { size: 18, color: '666666' } },
    ],
  };
}

/** The .docx bytes of an exported PR/FAQ. */
export async function writeDocx(doc: ExportDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const paper = PAPER[options.paper ?? 'letter'];
  const ctx: Context = { images: options.images ?? new Map(), maxWidth: Math.floor(((paper.width - 2 * paper.margin) / 1440) * 96) };
  const document = new Document({
    title: doc.title,
    ...(doc.date ? { customProperties: [{ name: 'Date', value: doc.date }] } : {}),
    creator: 'prfaq',
    styles: styles(doc.lang),
    numbering: numbering(doc.blocks),
    sections: [
      {
        properties: {
          page: {
            size: { width: paper.width, height: paper.height },
            margin: { top: paper.margin, bottom: paper.margin, left: paper.margin, right: paper.margin, footer: 708 },
          },
        },
        footers: { default: footer(doc) },
        children: body(doc.blocks, ctx),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
