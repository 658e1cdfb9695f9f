// The images a Word export embeds: `data:` images and files under the document's folder. Remote images are
// never fetched (as for the PDF), and a path that leaves the folder is refused: a hostile document must not
// smuggle a file from elsewhere on the writer's disk into a document they then send around.
import path from 'node:path';
import type { ExportDocument } from './outline';

/** Largest image embedded; a bigger one is left as its alt text. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** The folder-relative path an image source names, or null (remote, absolute, outside the folder, not a path). */
export function localImagePath(src: string): string | null {
  const trimmed = src.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//') || trimmed.startsWith('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(trimmed.split(/[?#]/)[0] ?? '');
  } catch {
    return null;
  }
  if (!decoded || decoded.includes('\0') || path.posix.isAbsolute(decoded) || path.win32.isAbsolute(decoded)) return null;
  const normal = path.posix.normalize(decoded.replace(/\\/g, '/'));
  return normal === '..' || normal.startsWith('../') ? null : normal;
}

function dataImage(src: string): Uint8Array | null {
  const match = /^data:image\/[a-z0-9.+-]+;base64,([a-z0-9+/=\s]+)$/i.exec(src.trim());
  return match ? new Uint8Array(Buffer.from(match[1]!, 'base64')) : null;
}

/**
 * The bytes of every image the document shows that may be embedded, by `src`. `read` gets a folder-relative
 * path (already checked) and answers its bytes, or null when it cannot be read.
 */
export async function collectImages(doc: ExportDocument, read: (relative: string) => Promise<Uint8Array | null>): Promise<Map<string, Uint8Array>> {
  const sources = new Set<string>();
  for (const block of doc.blocks) {
    const runs = block.type === 'paragraph' ? block.runs : block.type === 'table' ? block.rows.flat(2) : [];
    for (const run of runs) if (run.image) sources.add(run.image.src);
  }
  const images = new Map<string, Uint8Array>();
  for (const src of sources) {
    const relative = localImagePath(src);
    const bytes = src.trim().startsWith('data:') ? dataImage(src) : relative ? await read(relative).catch(() => null) : null;
    if (bytes && bytes.length <= MAX_IMAGE_BYTES) images.set(src, bytes);
  }
  return images;
}
