import { describe, expect, it } from 'vitest';
import { check } from '../../../server/src/core/check';
import { documentStage, stageSeverity } from '../../../server/src/core/stages';
import { buildModel } from '../../../server/src/core/recognise';
import { configSchemaText } from '../../../server/src/core/configSchema';

function doc(status: string | null): string {
  const fm = status === null ? '' : `---\nstatus: ${status}\n---\n\n`;
  return `${fm}# Tidepool Tracks Every Lab Sample\n\n## Summary\n\nPORTLAND, OR – March 3, 2027 – Harbor Labs today launched Tidepool, a revolutionary tracker. Pricing is TBD.\n`;
}

function severities(text: string, rcValue?: unknown) {
  const { findings, configProblems } = check(text, rcValue ? { rcFile: { source: '.prfaqrc.json', value: rcValue } } : {});
  const of = (id: string) => [...new Set(findings.filter((f) => f.ruleId === id).map((f) => f.severity))];
  return { hype: of('hype-word'), placeholder: of('placeholder'), missing: of('missing-section'), configProblems };
}

describe('document stages', () => {
  it('without a status, severities are the configured ones', () => {
    const s = severities(doc(null));
    expect(s.hype).toEqual(['warning']);
    expect(s.placeholder.length).toBe(1);
    expect(s.placeholder).not.toEqual(['info']);
  });

  it('in a draft, style findings are hints and placeholders info', () => {
    const s = severities(doc('draft'));
    expect(s.hype).toEqual(['hint']);
    expect(s.placeholder).toEqual(['info']);
  });

  it('in review, nothing changes', () => {
    expect(severities(doc('review'))).toEqual(severities(doc(null)));
  });

  it('in a final document, placeholders and missing sections are errors', () => {
    const s = severities(doc('final'));
    expect(s.placeholder).toEqual(['error']);
    expect(s.missing).toEqual(['error']);
    expect(s.hype).toEqual(['warning']);
  });

  it('stage names are configurable with the `stages` key, case-insensitively', () => {
    const rc = { stages: { draft: ['Sketch'], final: ['shipped'] } };
    expect(severities(doc('sketch'), rc).hype).toEqual(['hint']);
    expect(severities(doc('Shipped'), rc).placeholder).toEqual(['error']);
    // The defaults of a stage that the config did not name still apply.
    expect(severities(doc('review'), rc).hype).toEqual(['warning']);
    // A replaced list no longer knows its old names.
    expect(severities(doc('draft'), rc).hype).toEqual(['warning']);
  });

  it('a bad `stages` value is a config problem naming the key, and is skipped', () => {
    const s = severities(doc('draft'), { stages: { drafty: ['x'], final: 'final' } });
    expect(s.configProblems.map((p) => p.key).sort()).toEqual(['stages.drafty', 'stages.final']);
    expect(s.configProblems[0].message).toMatch(/expected/);
    expect(s.hype).toEqual(['hint']);
  });

  it('an unknown status leaves severities alone', () => {
    expect(documentStage(buildModel(doc('someday')), {})).toBeNull();
    expect(severities(doc('someday')).hype).toEqual(['warning']);
  });

  it('stageSeverity touches only style, placeholder and missing-section findings', () => {
    expect(stageSeverity('length', 'press-release-length', 'draft', 'error')).toBe('error');
    expect(stageSeverity('structure', 'section-order', 'final', 'warning')).toBe('warning');
    expect(stageSeverity('style', 'readability', 'final', 'info')).toBe('info');
  });

  it('the JSON schema knows the `stages` key', () => {
    const schema = JSON.parse(configSchemaText());
    expect(Object.keys(schema.properties.stages.properties)).toEqual(['draft', 'review', 'final']);
  });
});
