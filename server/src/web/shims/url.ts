// `node:url` for the web worker. The only callers turn an rc file "path" back into a URI for its
// diagnostics; in the browser that path already is a URI (see ../rcLookup.ts).
export function pathToFileURL(path: string): URL {
  return /^[a-z][\w+.-]*:/i.test(path) ? new URL(path) : new URL(`file://${encodeURI(path)}`);
}

export function fileURLToPath(url: string | URL): string {
  return decodeURIComponent(new URL(String(url)).pathname);
}
