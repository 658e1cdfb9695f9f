// The preview's style sheet: page boxes of real paper size, news-release typography, three themes.

export type Paper = 'letter' | 'a4';

const PAPER: Record<Paper, { width: string; height: string; margin: string; size: string }> = {
  letter: { width: '8.5in', height: '11in', margin: '1in', size: 'letter' },
  a4: { width: '210mm', height: '297mm', margin: '25mm', size: 'A4' },
};

// Chinese, Japanese and Korean text needs a font that has it (Latin fonts come first, so Latin text keeps
// its look): the system's own on macOS and Windows, Noto CJK (Debian fonts-noto-cjk) or Source Han elsewhere.
// The language picks the glyph forms of shared Han characters.
const CJK_FONTS = `
:root {
  --cjk: "Hiragino Sans", "Yu Gothic", "Meiryo", "PingFang SC", "Microsoft YaHei", "Apple SD Gothic Neo", "Malgun Gothic",
    "Noto Sans CJK JP", "Source Han Sans JP", "Noto Sans CJK SC", "Noto Sans CJK KR";
  --cjk-serif: "Hiragino Mincho ProN", "Yu Mincho", "Songti SC", "SimSun", "Noto Serif CJK JP", "Source Han Serif JP", "Noto Serif CJK SC",
    "Noto Serif CJK KR";
}
:root:lang(zh) {
  --cjk: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Hiragino Sans", "Noto Sans CJK JP";
  --cjk-serif: "Songti SC", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif CJK JP";
}
:root:lang(zh-TW), :root:lang(zh-HK), :root:lang(zh-Hant) {
  --cjk: "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "Source Han Sans TC", "Noto Sans CJK SC";
  --cjk-serif: "Songti TC", "PMingLiU", "Noto Serif CJK TC", "Source Han Serif TC", "Noto Serif CJK SC";
}
:root:lang(ko) {
  --cjk: "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", "Source Han Sans KR", "Noto Sans CJK JP";
  --cjk-serif: "AppleMyungjo", "Batang", "Noto Serif CJK KR", "Source Han Serif KR", "Noto Serif CJK JP";
}`;

const THEMES = `
:root, [data-theme=light] {
  --desk: #e6e6e6; --page: #ffffff; --ink: #1b1b1b; --muted: #666; --accent: #1f5fbf; --rule: #c9c9c9;
  --mark: #ffe26a; --missing: #c0392b; --missing-bg: #fff6f5; --external: #1f7a4d; --internal: #8a4baf;
  --limit: #c0392b; --shadow: 0 1px 4px rgba(0,0,0,.25);
  --font: -apple-system, "Segoe UI", "Helvetica Neue", Arial, var(--cjk), sans-serif;
}
[data-theme=dark] {
  --desk: #1e1e1e; --page: #2b2b2b; --ink: #e3e3e3; --muted: #a0a0a0; --accent: #6cb6ff; --rule: #4a4a4a;
  --mark: #8a6d00; --missing: #ff8a80; --missing-bg: #3a2626; --external: #6fd3a0; --internal: #d2a8ff;
  --limit: #ff8a80; --shadow: 0 1px 4px rgba(0,0,0,.6);
}
[data-theme=paper] {
  --desk: #d8d5cc; --page: #fffffe; --ink: #000; --muted: #555; --accent: #000; --rule: #999;
  --mark: #fff0a0; --missing: #8b0000; --missing-bg: #fff; --external: #000; --internal: #000;
  --limit: #8b0000; --font: Georgia, "Times New Roman", "DejaVu Serif", var(--cjk-serif), serif;
}
[data-theme=auto] body.vscode-dark, [data-theme=auto] body.vscode-high-contrast:not(.vscode-high-contrast-light) {
  --desk: #1e1e1e; --page: #2b2b2b; --ink: #e3e3e3; --muted: #a0a0a0; --accent: #6cb6ff; --rule: #4a4a4a;
  --mark: #8a6d00; --missing: #ff8a80; --missing-bg: #3a2626; --external: #6fd3a0; --internal: #d2a8ff; --limit: #ff8a80;
}
@media (prefers-color-scheme: dark) {
  [data-theme=auto] body:not(.vscode-light):not(.vscode-dark):not(.vscode-high-contrast) {
    --desk: #1e1e1e; --page: #2b2b2b; --ink: #e3e3e3; --muted: #a0a0a0; --accent: #6cb6ff; --rule: #4a4a4a;
    --mark: #8a6d00; --missing: #ff8a80; --missing-bg: #3a2626; --external: #6fd3a0; --internal: #d2a8ff; --limit: #ff8a80;
  }
}`;

const TYPOGRAPHY = `
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { background: var(--desk); color: var(--ink); font-family: var(--font); }
.prfaq-stats { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .3em 1.2em; padding: .45em 1em;
  background: var(--desk); border-bottom: 1px solid var(--rule); font: 12px/1.4 var(--font); color: var(--ink); }
.prfaq-stats .over { color: var(--limit); font-weight: 600; }
.doc { font-size: 11pt; line-height: 1.22; color: var(--ink); }
.doc p, .doc ul, .doc ol, .doc blockquote, .doc pre, .doc table, .doc dl { margin: 0 0 .7em; }
.doc h1, .doc h2, .doc h3, .doc h4, .doc h5, .doc h6 { margin: 1em 0 .45em; line-height: 1.2; }
.doc h1 { font-size: 17pt; } .doc h2 { font-size: 14pt; } .doc h3 { font-size: 12pt; } .doc h4, .doc h5, .doc h6 { font-size: 11pt; }
.doc a { color: var(--accent); }
.doc img { max-width: 100%; }
.doc pre { white-space: pre-wrap; word-break: break-word; font-size: 9.5pt; padding: .5em; border: 1px solid var(--rule); }
.doc code { font-size: 9.5pt; }
.doc table { border-collapse: collapse; } .doc td, .doc th { border: 1px solid var(--rule); padding: .2em .45em; }
.doc blockquote { padding-left: .9em; border-left: 3px solid var(--rule); color: var(--muted); }
.doc hr { border: 0; border-top: 1px solid var(--rule); }
.doc li.continued { list-style: none; }
.doc .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.pr-release-line { font-size: 9pt; font-weight: 700; letter-spacing: .14em; text-transform: uppercase; color: var(--muted);
  border-bottom: 2px solid var(--ink); padding-bottom: .25em; margin-bottom: 1em; }
.doc .pr-headline { font-size: 19pt; font-weight: 700; text-align: center; margin: .2em 0 .3em; }
.doc .pr-subheadline { font-size: 12.5pt; font-style: italic; font-weight: 400; text-align: center; color: var(--muted); margin: 0 0 1.1em; }
.pr-dateline { font-weight: 700; }
.doc .section-label { font-size: 8.5pt; font-weight: 600; text-transform: uppercase; letter-spacing: .1em; color: var(--muted); margin: 1.1em 0 .3em; }
.doc .pr-quote { margin-left: 1.4em; margin-right: 1.4em; font-style: italic; border-left: 3px solid var(--accent); padding-left: .8em; color: var(--ink); }
.pr-attribution { font-style: normal; font-weight: 600; }
.doc .faq-heading { border-bottom: 1px solid var(--rule); padding-bottom: .2em; }
.faq-badge { margin-left: .6em; font-size: 8pt; font-weight: 600; text-transform: uppercase; letter-spacing: .08em; padding: .1em .4em;
  border-radius: 3px; border: 1px solid currentColor; vertical-align: middle; }
.faq-badge-external { color: var(--external); } .faq-badge-internal { color: var(--internal); }
.doc .faq-q, .doc .faq-a { border-left: 3px solid var(--external); padding-left: .7em; }
.doc .faq-q { font-weight: 700; margin-bottom: .25em; }
.doc .faq-q.faq-internal, .doc .faq-a.faq-internal { border-left-color: var(--internal); }
.doc .faq-unanswered::after { content: "unanswered"; margin-left: .6em; font-size: 8pt; font-weight: 600; color: var(--limit);
  text-transform: uppercase; letter-spacing: .06em; }
mark.placeholder { background: var(--mark); color: inherit; outline: 1px dashed var(--missing); }
/* Compact: the boxes take room on screen that the printed page (where they are hidden) will not have. */
.pr-missing { border: 1.5px dashed var(--missing); background: var(--missing-bg); color: var(--missing); padding: .2em .6em; margin: 0 0 .6em;
  font: 9pt/1.3 var(--font); }
.pr-missing-title { font-weight: 700; margin-right: .5em; }
.doc [data-line] { cursor: default; }`;

function pageCss(paper: Paper): string {
  const p = PAPER[paper];
  return `
:root { --page-width: ${p.width}; --page-height: ${p.height}; --page-margin: ${p.margin}; }
#prfaq-source { width: var(--page-width); margin: 1em auto; padding: var(--page-margin); background: var(--page); box-shadow: var(--shadow); }
html.paginated #prfaq-source { display: none; }
#prfaq-pages { padding: 1em 0 3em; }
.page { position: relative; width: var(--page-width); height: var(--page-height); padding: var(--page-margin); margin: 0 auto 1.2em;
  background: var(--page); box-shadow: var(--shadow); }
.page-content { height: calc(var(--page-height) - 2 * var(--page-margin)); overflow: hidden; }
.page-content > :first-child { margin-top: 0; }
.page-number { position: absolute; bottom: calc(var(--page-margin) / 2.6); left: 0; right: 0; text-align: center; font: 9pt var(--font); color: var(--muted); }
.page-limit { position: absolute; left: 0; right: 0; bottom: -.95em; text-align: center; font: 600 9pt/1 var(--font); color: var(--limit); }
.page-limit::before { content: ""; position: absolute; left: 0; right: 0; top: -.15em; border-top: 2px dashed var(--limit); }
.page-limit span { background: var(--desk); padding: 0 .6em; position: relative; }
.page.over-limit { outline: 2px solid var(--limit); }
.page .overflowing { outline: 1px dotted var(--limit); }
html.printing .pr-missing, html.printing .page-limit { display: none; }
@page { size: ${p.size}; margin: 0; }
@media print {
  body { background: none; }
  .prfaq-stats, .page-limit, .pr-missing, .pr-decoration.screen-only { display: none !important; }
  #prfaq-pages { padding: 0; zoom: 1 !important; }
  .page { margin: 0; box-shadow: none; outline: none; break-after: page; }
  .page:last-child { break-after: auto; }
  mark.placeholder { outline: none; }
  html:not(.paginated) #prfaq-source { width: auto; margin: 0; box-shadow: none; }
}`;
}

export function previewCss(paper: Paper): string {
  return `${CJK_FONTS}\n${THEMES}\n${TYPOGRAPHY}\n${pageCss(paper)}`;
}
