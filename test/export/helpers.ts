// Tools the export tests read their output with: unzip (the .docx parts), LibreOffice (opens the .docx),
// poppler (pdftotext, pdfinfo). Tests that need one skip loudly without it, and fail under CI=true.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CheckResult } from '../../server/src/core/types';

export const inCi = process.env.CI === 'true';
export const INSTALL_HINT = 'apt-get install -y libreoffice-writer-nogui poppler-utils unzip';

export function have(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** One file of a .docx (a zip). */
export function docxPart(file: string, part: string): string {
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The names of the parts of a .docx. */
export function docxParts(file: string): string[] {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** Opens the .docx in LibreOffice and prints it to PDF, as a reviewer's Word would; returns the PDF's path. */
export function libreOfficePdf(docx: string): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-lo-'));
  // A profile of its own: a LibreOffice already running for the user would otherwise take the job.
  const profile = `file://${fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-lo-profile-'))}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'pipe', timeout: 120000 });
  const pdf = path.join(out, path.basename(docx).replace(/\.docx$/, '.pdf'));
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docx}`);
  return pdf;
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

export function pdfPages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** Whitespace and typographic differences a PDF's text extraction brings, folded away. */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, '');
}

/** What a reader must find, in order: each release part's opening words, then each FAQ question (external first). */
export function expectedParts(result: CheckResult): string[] {
  // The model's text leaves out URLs ("available today at , free"): stop before such a gap.
  const opening = (text: string) => text.replace(/\s+/g, ' ').trim().split(/ (?=[,.;:])/)[0]!.split(' ').slice(0, 8).join(' ');
  const release = result.model.sections
    .filter((s) => s.id !== 'external-faq' && s.id !== 'internal-faq' && s.text.trim())
    .sort((a, b) => a.range.start.line - b.range.start.line)
    .map((s) => opening(s.text.replace(/[*_`]/g, '')));
  const questions = [...result.model.faq.external, ...result.model.faq.internal].map((q) => q.question);
  return [...release, ...questions];
}

/** The parts in `parts` that are not found in `text` in this order (empty when all are). */
export function missingInOrder(text: string, parts: string[]): string[] {
  const flat = squash(text);
  let at = 0;
  const missing: string[] = [];
  for (const part of parts) {
    const i = flat.indexOf(squash(part), at);
    if (i < 0) missing.push(part);
    else at = i + squash(part).length;
  }
  return missing;
}
