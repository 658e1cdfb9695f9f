// What renders a checked document for people: the preview's HTML and the export's document. One module, so
// the language server and the CLI can leave it (rehype, hast-util-raw, parse5: a third of their code) in
// dist/preview.js and load it on the first render (esbuild.mjs, previewApart).
export { renderHtml } from '../preview/render';
export { exportDocument } from './outline';
