// Browser stand-in for lsp/rcLookup.ts (esbuild swaps it in for the web worker bundle): rc files come
// from the client (see rcStore.ts), and an rc file is named by its URI where the desktop uses a path.
import type { RcResult } from '../node/rcfile';
import { nearestRcFile } from './rcStore';

export function rcForDocument(uri: string): RcResult {
  return nearestRcFile(uri);
}

/** In the browser an rc file's "path" is its URI. */
export function filePathOf(uri: string): string | null {
  return uri;
}

/** The web client only sends rc files found inside the workspace, so there is nothing to bound here. */
export function setWorkspaceRoots(uris: string[]): void {
  void uris;
}
