// Hostile Markdown shared by the guard tests, the fuzz tests and `npm run fuzz` (scripts/fuzz.ts).
import type { Root } from 'mdast';
import { HAZARD_LIMITS } from '../../../server/src/core/hazards';

type AnyNode = { type: string; position?: Root['position']; children?: AnyNode[]; data?: unknown };

/**
 * Documents that hold no hazard for the parser but once made a rule's regex backtrack for minutes (long
 * runs of spaces inside a line): each is checked whole.
 */
export function backtrackingDocuments(scale: 'test' | 'fuzz'): Record<string, string> {
  const run = ' '.repeat(scale === 'fuzz' ? 60_000 : 20_000);
  return {
    'spaces inside a paragraph': `# T\n\ntext${run}x\n`,
    'spaces inside a FAQ question': `# T\n\n## FAQ\n\nQ: How${run}x\nA: yes`,
    'spaces inside a list item': `# T\n\n- ${run}x`,
    'no-break spaces inside a paragraph': `# T\n\nx${run.replace(/ /g, '\u00a0')}x`,
    'spaces inside a heading': `# T${run}x\n`,
    'spaces before a missing section': `# T\n\n${'  '.repeat(20)}- x${run}\n\n`,
  };
}

const WORDS = 'customers launch rockets from home today and nobody waits weeks any more ';

function words(length: number): string {
  return WORDS.repeat(Math.ceil(length / WORDS.length)).slice(0, length);
}

/** Hostile block bodies; `scale` 'test' keeps them small enough for `npm test`, 'fuzz' is the sizes. */
export function hostileBodies(scale: 'test' | 'fuzz'): Record<string, string> {
  const big = scale === 'fuzz';
  const depth = big ? 10_000 : 2_000;
  let nestedList = '';
  for (let i = 0; i < (big ? 2_000 : 150); i++) nestedList += `${'  '.repeat(i)}- item ${i}\n`;
  let nestedQuotes = '';
  for (let i = 0; i < (big ? 2_000 : 300); i++) nestedQuotes += `${'> '.repeat(i)}quote ${i}\n`;
  let table = '| Plan | Price |\n| --- | --- |\n';
  for (let i = 0; i < (big ? 100_000 : 1_000); i++) table += `| plan ${i} | $${i} |\n`;
  const pairs = big ? 20_000 : 1_000;
  return {
    'deep one-line blockquotes': '>'.repeat(depth) + ' hi',
    'deep one-line list': '- '.repeat(depth) + 'x',
    'a deeply nested list': nestedList.trimEnd(),
    'deeply nested quote lines': nestedQuotes.trimEnd(),
    'a huge table': table.trimEnd(),
    'a very long line': words(big ? 5_000_000 : HAZARD_LIMITS.lineLength + 1000),
    'nested emphasis': '*a '.repeat(pairs) + 'b' + ' a*'.repeat(pairs),
    'nested emphasis over lines': '*a\n'.repeat(pairs) + 'b' + '\na*'.repeat(pairs),
    'nested strikethrough': '~a '.repeat(pairs) + 'b' + ' a~'.repeat(pairs),
    'nested brackets': '['.repeat(pairs * 3) + 'a' + ']'.repeat(pairs * 3),
    'unclosed links': '[a]('.repeat(pairs * 2),
  };
}

export function* eachNode(tree: Root): Generator<AnyNode> {
  const stack: AnyNode[] = [tree as AnyNode];
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    if (node.children) for (const c of node.children) stack.push(c);
  }
}

export function treeDepth(tree: Root): number {
  let max = 0;
  const stack: Array<[AnyNode, number]> = [[tree as AnyNode, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (node.children) for (const c of node.children) stack.push([c, depth + 1]);
  }
  return max;
}
