// The one message the web client and web server add to ../protocol.ts: rc file texts, since a web worker
// cannot read the workspace itself. Also sent at start as `initializationOptions.rcFiles`.

/** Client → server: the text of each `.prfaqrc.json` by URI; `null` when the file was deleted. */
export const RC_FILES_NOTIFICATION = 'prfaq/rcFiles';
export interface RcFilesParams {
  files: Record<string, string | null>;
}
