// The preview's page script, bundled from server/src/preview/page by scripts/pageScript.mjs at build time.
declare module 'virtual:prfaq-page-script' {
  /** The bundled script, ready to inline in a <script> element. */
  export const PAGE_SCRIPT: string;
  /** Its SHA-256, base64, for `script-src 'sha256-…'`. */
  export const PAGE_SCRIPT_SHA256: string;
}
