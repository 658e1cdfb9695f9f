// `prfaq init [DIR]`: a new PR/FAQ (PRFAQ.md, from the same templates as the editor's snippets and its
// "New PR/FAQ" command) and a `.prfaqrc.json` that names its schema. Never overwrites a file.
import fs from 'node:fs';
import path from 'node:path';
import { ioReason } from '../node/ioReason';
import { templateText, TEMPLATES, type TemplateId } from '../templates/templates';
import { parseCommandArgs } from './args';
import { EXIT_OK, EXIT_TROUBLE, UsageError, type Command } from './io';

export const DOCUMENT_NAME = 'PRFAQ.md';
export const RC_NAME = '.prfaqrc.json';
const SCHEMA = './node_modules/prfaq/schemas/prfaqrc.schema.json';

const HELP = `Usage: prfaq init [DIR] [--template ${TEMPLATES.map((t) => t.id).join('|')}] [--product NAME]

Writes DIR/${DOCUMENT_NAME} (DIR defaults to the current folder) from a template, and DIR/${RC_NAME}
with its "$schema" line so editors complete and validate it. Refuses to overwrite either file.
The template's instructions are reported as an unfilled template until you replace them.

Templates:
${TEMPLATES.map((t) => `  ${t.id.padEnd(18)} ${t.label}`).join('\n')}

Options:
  -t, --template <id>     the skeleton (default: classic)
  -p, --product <name>    the product's name (default: "[Product name]", a placeholder)
  -h, --help              show this help`;

export function rcFileText(): string {
  return `${JSON.stringify({ $schema: SCHEMA }, null, 2)}\n`;
}

export const initCommand: Command = {
  name: 'init',
  summary: `start a PR/FAQ: write ${DOCUMENT_NAME} from a template and a ${RC_NAME}`,
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      template: { type: 'string', short: 't' },
      product: { type: 'string', short: 'p' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(HELP + '\n');
      return EXIT_OK;
    }
    if (positionals.length > 1) throw new UsageError(`init: expected at most one DIR, got ${positionals.length}`);
    const template = (values.template ?? 'classic') as TemplateId;
    if (!TEMPLATES.some((t) => t.id === template)) {
      throw new UsageError(`--template: expected ${TEMPLATES.map((t) => t.id).join(' or ')}, got "${String(values.template)}"`);
    }
    const dir = path.resolve(io.cwd, positionals[0] ?? '.');
    const shown = (file: string) => path.relative(io.cwd, file) || file;
    const files = [
      { file: path.join(dir, DOCUMENT_NAME), text: templateText(template, typeof values.product === 'string' ? values.product : '') },
      { file: path.join(dir, RC_NAME), text: rcFileText() },
    ];
    // Both or neither: nothing is written when either file is there already.
    const existing = files.find((f) => fs.existsSync(f.file));
    if (existing) {
      io.stderr(`${shown(existing.file)}: already exists; prfaq init never overwrites a file (remove it, or init another folder)\n`);
      return EXIT_TROUBLE;
    }
    try {
      fs.mkdirSync(dir, { recursive: true });
      for (const f of files) fs.writeFileSync(f.file, f.text, { flag: 'wx' });
    } catch (e) {
      io.stderr(`${shown(dir)}: cannot write: ${ioReason(e)}\n`);
      return EXIT_TROUBLE;
    }
    io.stdout(`wrote ${files.map((f) => shown(f.file)).join(' and ')}; check it with: prfaq check ${shown(files[0]!.file)}\n`);
    return EXIT_OK;
  },
};
