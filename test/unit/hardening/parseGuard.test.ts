import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { parseMarkdown } from '../../../server/src/core/parse';
import { findHazards, HAZARD_LIMITS } from '../../../server/src/core/hazards';
import { computeLineStarts, pointAt } from '../../../server/src/core/positions';
import { check } from '../../../server/src/core/check';
import { parseBlockwise } from '../../../server/src/core/blocks';
import { hostileBodies, treeDepth, eachNode } from './hostile';

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** Every node's offsets lie in the text and agree with its line and column. */
function expectExactPositions(tree: Root, text: string): void {
  const starts = computeLineStarts(text);
  for (const node of eachNode(tree)) {
    if (!node.position) continue;
    for (const point of [node.position.start, node.position.end]) {
      expect(point.offset).toBeGreaterThanOrEqual(0);
      expect(point.offset).toBeLessThanOrEqual(text.length);
      const expected = pointAt(starts, point.offset!);
      expect({ line: point.line, column: point.column }).toEqual({ line: expected.line, column: expected.column });
    }
  }
}

describe('parse guard (degrade mode)', () => {
  it('finds no hazard in ordinary documents: the project fixtures and, when present, the shared corpus', () => {
    const files = [...markdownFiles('test/fixtures').filter((f) => !f.includes('regressions')), ...markdownFiles('../shared/corpus')];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(findHazards(readFileSync(file, 'utf8')), file).toEqual([]);
  });

  for (const [name, body] of Object.entries(hostileBodies('test'))) {
    it(`keeps the blocks around ${name} and gives it a raw paragraph with exact positions`, () => {
      const text = `# Acme Rockets\n\nIntro paragraph.\n\n${body}\n\n## Problem\n\nToday it is hard.\n`;
      const tree = parseMarkdown(text);
      expectExactPositions(tree, text);
      const types = tree.children.map((c) => c.type);
      expect(types[0]).toBe('heading');
      expect(types.slice(-2)).toEqual(['heading', 'paragraph']);
      const degraded = tree.children.filter((c) => (c.data as { degraded?: string } | undefined)?.degraded);
      expect(degraded.length).toBe(1);
      const raw = degraded[0] as { children: Array<{ value: string }>; position?: { start: { offset?: number }; end: { offset?: number } } };
      expect(raw.children[0].value).toBe(text.slice(raw.position!.start.offset, raw.position!.end.offset));
      expect(raw.children[0].value).toContain(body.trim().slice(0, 50));
      // Recursive walkers in the rules and the preview rely on this bound.
      expect(treeDepth(tree)).toBeLessThan(HAZARD_LIMITS.depthInFence + HAZARD_LIMITS.delimiters + 16);
      const result = check(text);
      for (const f of result.findings) {
        expect(f.range.start.offset).toBeGreaterThanOrEqual(0);
        expect(f.range.end.offset).toBeLessThanOrEqual(text.length);
      }
    });
  }

  it('degrades a whole code fence holding a long line, so the text after it is not read as code', () => {
    const text = `# T\n\n\`\`\`\n${'x'.repeat(HAZARD_LIMITS.lineLength + 1)}\n\nmore code\n\`\`\`\n\n## Problem\n\nText.\n`;
    const tree = parseMarkdown(text);
    expectExactPositions(tree, text);
    expect(tree.children.map((c) => c.type)).toEqual(['heading', 'code', 'heading', 'paragraph']);
  });

  it('parses block-wise like whole when a long line sits in a fence with blank lines', () => {
    const text = `# T\n\nIntro.\n\n\`\`\`\n${'x'.repeat(HAZARD_LIMITS.lineLength + 1)}\n\nmore code\n\n\`\`\`\n\n## Problem\n\nText.\n`;
    const whole = parseMarkdown(text);
    expect(whole.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'code', 'heading', 'paragraph']);
    expect(JSON.stringify(parseBlockwise(text))).toBe(JSON.stringify(whole));
  });

  it('does not degrade deeply indented code in a fence (deep JSON or YAML)', () => {
    let yaml = '';
    for (let i = 0; i < 40; i++) yaml += `${'  '.repeat(i)}key${i}:\n`;
    const text = `# T\n\n\`\`\`yaml\n${yaml}\`\`\`\n`;
    expect(findHazards(text)).toEqual([]);
  });

  it('keeps CRLF and CR line ends exact around a degraded block', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = ['# T', '', '>'.repeat(200) + ' deep', 'lazy', '', '## Problem', '', 'Text.'].join(eol);
      const tree = parseMarkdown(text);
      expectExactPositions(tree, text);
      expect(tree.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
    }
  });
});
