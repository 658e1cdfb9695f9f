import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../server/src/core/recognise';
import { styleFindings } from './helpers';

// Written to trip every style rule if it ran: English hype and hedges quoted in the text, a sentence of
// 40+ words, an undefined acronym, an internal FAQ with none of the English topic words.
const GERMAN = `# Tidepool findet jede Laborprobe in Sekunden

## Zusammenfassung

PORTLAND, OR – 3. März 2027 – Harbor Labs hat heute Tidepool vorgestellt, ein revolutionary Werkzeug, das ein echter Game-Changer ist und die Killer Feature für jedes Labor mitbringt, damit die Mitarbeiterinnen und Mitarbeiter ihre Proben nicht mehr stundenlang in den Gefriertruhen suchen müssen, sondern sie sofort auf der Karte sehen. Es ist INSANE und very schnell.

## Problem

Die Proben wurden verloren, und das LIMS wird nie aktualisiert. Wir will be able to helfen.

## Externe FAQ

### Was kostet Tidepool?

Zwölf Euro pro Person und Monat.

## Interne FAQ

### Wer arbeitet im Team?

Vier Entwicklerinnen und ein Designer.
`;

describe('English-only style rules on other languages', () => {
  it('detects the German document as German', () => {
    expect(buildModel(GERMAN).lang).toBe('de');
  });

  it('nothing fires on a German PR/FAQ (detected language)', () => {
    expect(styleFindings(GERMAN)).toEqual([]);
  });

  it('nothing fires when front matter says lang: de', () => {
    const text = `---\nlang: de\n---\n\n# Tidepool\n\n## Summary\n\nThis revolutionary, very powerful tool will be able to help. The TLA is INSANE.\n`;
    expect(styleFindings(text)).toEqual([]);
  });

  it('the same text with lang: en does fire (so the tests above can fail)', () => {
    const text = `---\nlang: en-GB\n---\n\n# Tidepool\n\n## Summary\n\nThis revolutionary, very powerful tool will be able to help. The TLA is INSANE.\n`;
    const ids = new Set(styleFindings(text).map((f) => f.ruleId));
    expect([...ids].sort()).toEqual(['acronym', 'hype-word', 'tense', 'weasel-word']);
  });
});
