// What a link clicked in the preview may open. Pure, so it is tested without VS Code.

export type LinkTarget =
  | { kind: 'external'; href: string }
  | { kind: 'file'; path: string; fragment: string | null }
  | { kind: 'refused'; reason: string };

/** Handed to the system browser or mail client. */
const EXTERNAL = /^(https?|mailto):/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * http, https and mailto links open outside; relative links open the file next to the document;
 * anything else (command:, vscode:, file:, javascript:, data:, protocol-relative //host) is refused:
 * the document is untrusted and a click must not run a command or reach outside its folder's links.
 */
export function linkTarget(href: string): LinkTarget {
  const trimmed = href.trim();
  if (EXTERNAL.test(trimmed)) return { kind: 'external', href: trimmed };
  if (HAS_SCHEME.test(trimmed) || trimmed.startsWith('//') || trimmed.startsWith('\\\\')) {
    return { kind: 'refused', reason: `only http, https, mailto and relative links open` };
  }
  const hash = trimmed.indexOf('#');
  const rawPath = hash >= 0 ? trimmed.slice(0, hash) : trimmed;
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : null;
  let path: string;
  try {
    path = decodeURIComponent(rawPath.split('?')[0] ?? '');
  } catch {
    return { kind: 'refused', reason: 'the link is not a valid address' };
  }
  return { kind: 'file', path, fragment };
}
