import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { buildConfigSchema, configSchemaText } from '../../server/src/core/configSchema';
import { resolveConfig } from '../../server/src/core/config';
import { allRules } from '../../server/src/core/rules';

const schemaFile = path.resolve(__dirname, '../../schemas/prfaqrc.schema.json');

describe('schemas/prfaqrc.schema.json', () => {
  it('is up to date with the rules (run `npm run gen:schema` when this fails)', () => {
    expect(fs.readFileSync(schemaFile, 'utf8')).toBe(configSchemaText());
  });

  /** The parts of a JSON schema node these checks read. */
  interface SchemaNode { description?: string; enum?: unknown[]; properties?: Record<string, SchemaNode>; oneOf?: SchemaNode[] }
  it('lists every rule with its severities and describes every key', () => {
    const schema = buildConfigSchema() as SchemaNode;
    const rules = schema.properties!.rules!.properties!;
    expect(Object.keys(rules)).toEqual(allRules.map((r) => r.id));
    for (const rule of allRules) {
      const entry = rules[rule.id]!;
      expect(entry.oneOf![0]!.enum).toEqual(['off', 'hint', 'info', 'warning', 'error']);
      expect(Object.keys(entry.oneOf![2]!.properties!.options!.properties ?? {})).toEqual(Object.keys(rule.defaultOptions ?? {}));
    }
    const undescribed: string[] = [];
    const walk = (node: SchemaNode | undefined, at: string) => {
      if (!node || typeof node !== 'object') return;
      if (node.properties) {
        for (const [k, v] of Object.entries(node.properties)) {
          if (!v.description) undescribed.push(`${at}.${k}`);
          walk(v, `${at}.${k}`);
        }
      }
      for (const alt of node.oneOf ?? []) walk(alt, at);
    };
    walk(schema, '');
    expect(undescribed).toEqual([]);
  });

  it('agrees with resolveConfig on what is valid', () => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(buildConfigSchema());
    const ruleId = allRules[0]?.id ?? 'missing-section';
    const samples: unknown[] = [
      {},
      { wordsPerPage: 400, budgets: { pressRelease: 1.5, faq: 4, total: 6 } },
      { requiredSections: ['headline', 'summary'], placeholders: ['\\bWIP\\b'] },
      { rules: { [ruleId]: 'off' } },
      { rules: { [ruleId]: ['error'] } },
      { rules: { [ruleId]: { severity: 'hint' } } },
      { wordsPerPage: 10 },
      { wordsPerPage: '500' },
      { budgets: { faq: 0 } },
      { budgets: { appendix: 1 } },
      { requiredSections: ['nope'] },
      { rules: { 'no-such-rule': 'error' } },
      { rules: { [ruleId]: 'warn' } },
      { rules: { [ruleId]: { level: 'error' } } },
      { colour: 'red' },
    ];
    for (const sample of samples) {
      const schemaValid = validate(sample) as boolean;
      const coreValid = resolveConfig([{ source: 'x', value: sample }]).problems.length === 0;
      expect({ sample, schemaValid }).toEqual({ sample, schemaValid: coreValid });
    }
  });
});
