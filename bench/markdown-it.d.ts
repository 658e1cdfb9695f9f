// markdown-it ships no types; the benchmark only calls parse().
declare module 'markdown-it' {
  export default class MarkdownIt {
    parse(src: string, env: object): unknown[];
  }
}
