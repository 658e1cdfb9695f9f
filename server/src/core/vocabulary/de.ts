import type { LanguageVocabulary } from './types';

export const de: LanguageVocabulary = {
  lang: 'de',
  names: {
    pressRelease: ['pressemitteilung', 'pressemeldung', 'presseinformation', 'presse mitteilung', 'pressetext', 'ankündigung'],
    faq: ['häufig gestellte fragen', 'häufige fragen', 'fragen und antworten', 'fragen antworten', 'fragen', 'kundenfragen'],
    internal: ['intern', 'interne', 'internes', 'interner', 'stakeholder', 'geschäftsleitung', 'management'],
    external: ['extern', 'externe', 'externes', 'kunden', 'kundenfragen', 'öffentlich', 'öffentliche', 'nutzer'],
    other: ['anhang', 'anlage', 'anlagen', 'glossar', 'referenzen', 'quellen', 'offene fragen', 'technisches design', 'spezifikation', 'umsetzung', 'implementierung'],
    body: ['text', 'haupttext', 'fließtext'],
    title: ['vision', 'entwurf', 'konzept'],
    parts: {
      headline: ['überschrift', 'schlagzeile', 'titel', 'produktname'],
      subheadline: ['unterzeile', 'untertitel', 'unterüberschrift', 'dachzeile', 'subline'],
      summary: ['zusammenfassung', 'einleitung', 'überblick', 'einführung', 'kurzfassung', 'vorspann', 'lead'],
      problem: ['problem', 'das problem', 'herausforderung', 'ausgangslage', 'problemstellung'],
      solution: ['lösung', 'die lösung', 'ansatz', 'funktionen', 'hauptfunktionen'],
      'leader-quote': ['zitat geschäftsführung', 'zitat der geschäftsführung', 'zitat des gründers', 'zitat vorstand', 'unternehmenszitat', 'sprecherzitat', 'zitat aus dem team'],
      'how-it-works': ['so funktioniert es', 'so funktioniert', 'wie es funktioniert', 'erste schritte', 'loslegen', 'kundenerlebnis', 'nutzererlebnis', 'anleitung'],
      'customer-quote': ['kundenzitat', 'kundenzitate', 'kundenstimme', 'kundenstimmen', 'zitat eines kunden', 'erfahrungsberichte', 'testimonial', 'testimonials'],
      'call-to-action': ['verfügbarkeit', 'preise und verfügbarkeit', 'nächste schritte', 'aufruf zum handeln', 'abschluss', 'mehr erfahren'],
    },
    dateline: ['ort und datum', 'datum', 'ort'],
  },
  decoration: ['zur sofortigen veröffentlichung', 'zur veröffentlichung', 'sperrfrist', 'entwurf', 'vertraulich'],
  questions: {
    markers: ['f', 'frage'],
    answerMarkers: ['a', 'antwort'],
    starts: ['wie', 'was', 'warum', 'wieso', 'weshalb', 'wann', 'wo', 'wer', 'wem', 'wen', 'welche', 'welcher', 'welches', 'kann', 'können', 'ist', 'sind', 'gibt', 'muss', 'müssen', 'darf', 'wird', 'werden', 'brauche', 'brauchen'],
    endings: [],
  },
  quotes: {
    verbs: ['sagt', 'sagte', 'erklärt', 'erklärte', 'betont', 'betonte', 'meint', 'meinte', 'ergänzt', 'ergänzte', 'so', 'berichtet', 'berichtete', 'fügt hinzu', 'fügte hinzu', 'laut', 'zufolge'],
    leader: ['geschäftsführer', 'geschäftsführerin', 'gründer', 'gründerin', 'mitgründer', 'vorstand', 'vorsitzende', 'vorsitzender', 'leiter', 'leiterin', 'sprecher', 'sprecherin', 'produktmanager', 'produktmanagerin', 'ceo', 'cto', 'direktor', 'direktorin', 'inhaber', 'inhaberin', 'präsident', 'staatssekretär*', 'senator*', 'bürgermeister*', 'minister*', 'amtsleiter*', 'dezernent*'],
    customer: ['kunde', 'kundin', 'nutzer', 'nutzerin', 'anwender', 'anwenderin', 'mitglied', 'teilnehmer', 'teilnehmerin', 'betatester'],
    companyVoice: ['wir', 'unser', 'unsere', 'unseren', 'uns'],
    personalVoice: ['ich', 'mein', 'meine', 'mir', 'mich'],
    someone: ['ein', 'eine', 'einer'],
  },
  cues: {
    announce: ['gibt heute bekannt', 'gab heute bekannt', 'kündigt an', 'kündigte an', 'kündigen an', 'stellen vor', 'starten', 'stellt vor', 'stellt heute', 'präsentiert', 'startet', 'veröffentlicht', 'führt ein', 'ist ab sofort', 'ab sofort verfügbar', 'bringt'],
    today: ['heute'],
    now: ['ab sofort', 'jetzt', 'ab heute'],
    problem: ['problem', 'probleme', 'schwierig', 'mühsam', 'aufwendig', 'aufwändig', 'bisher', 'bislang', 'leiden', 'fehlt', 'fehlen', 'verlieren', 'verschwenden', 'umständlich', 'papierbasiert', 'zeitaufwendig', 'frustr*', 'herausforderung'],
    solution: ['ermöglicht', 'bietet', 'ersetzt', 'automatisch', 'hilft', 'erlaubt', 'vereinfacht', 'macht es', 'können jetzt', 'kann jetzt', 'stattdessen'],
    resolution: ['löst dieses', 'löst das', 'damit ist schluss', 'genau hier', 'deshalb', 'darum', 'jetzt', 'ab sofort'],
    how: ['erste schritte', 'so funktioniert', 'installieren', 'anmelden', 'registrieren', 'schritt', 'schritten', 'einrichten', 'in wenigen minuten'],
    cta: ['verfügbar', 'erhältlich', 'erreichbar', 'zu finden unter', 'online unter', 'mehr unter', 'mehr informationen', 'besuchen sie', 'jetzt testen', 'jetzt anmelden', 'kostenlos', 'preis', 'ab sofort'],
  },
  dates: {
    months: [
      ['januar', 'jan', 'jänner'], ['februar', 'feb'], ['märz', 'mär', 'maerz'], ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'],
      ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
    ],
    forms: ['{d}. ?{month} {yyyy}', '{d}. ?{month}', '{month} {yyyy}'],
  },
  placeholders: {
    bracketWords: ['datum', 'name', 'firma', 'stadt', 'einfügen', 'ergänzen', 'noch offen', 'platzhalter', 'preis', 'titel'],
    tokens: ['tbd', 'offen'],
  },
  guidance: ['beschreiben sie', 'beschreibe', 'erklären sie', 'erkläre', 'fassen sie', 'nennen sie', 'nenne', 'fügen sie', 'schreiben sie', 'geben sie an'],
  stopwords: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'ein', 'eine', 'zu', 'den', 'für', 'sie', 'wir', 'auf'],
};
