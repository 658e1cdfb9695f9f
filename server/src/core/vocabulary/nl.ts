import type { LanguageVocabulary } from './types';

export const nl: LanguageVocabulary = {
  lang: 'nl',
  names: {
    pressRelease: ['persbericht', 'aankondiging'],
    faq: ['veelgestelde vragen', 'vragen en antwoorden', 'faq', 'vragen'],
    internal: ['intern', 'interne', 'belanghebbenden', 'stakeholders'],
    external: ['extern', 'externe', 'klanten', 'klant', 'gebruikers'],
    other: ['bijlage', 'bijlagen', 'appendix', 'woordenlijst', 'referenties', 'specificatie'],
    body: ['tekst', 'hoofdtekst'],
    title: ['visie', 'concept', 'voorstel'],
    parts: {
      headline: ['kop', 'kopregel', 'titel', 'productnaam'],
      subheadline: ['subkop', 'ondertitel', 'tagline'],
      summary: ['samenvatting', 'inleiding', 'overzicht', 'intro'],
      problem: ['probleem', 'het probleem', 'uitdaging'],
      solution: ['oplossing', 'de oplossing', 'aanpak', 'functies'],
      'leader-quote': ['citaat van de oprichter', 'citaat directie', 'citaat van de ceo', 'woordvoerder'],
      'how-it-works': ['hoe het werkt', 'zo werkt het', 'aan de slag', 'eerste stappen', 'klantervaring', 'gebruikerservaring'],
      'customer-quote': ['klantcitaat', 'citaat van een klant', 'klantverhalen', 'getuigenissen', 'testimonials', 'ervaringen van klanten'],
      'call-to-action': ['beschikbaarheid', 'prijs en beschikbaarheid', 'volgende stappen', 'afsluiting'],
    },
    dateline: ['datum en plaats', 'plaats en datum', 'datum', 'plaats'],
  },
  decoration: ['voor onmiddellijke publicatie', 'embargo', 'concept', 'vertrouwelijk'],
  questions: {
    markers: ['v', 'vraag'],
    answerMarkers: ['a', 'antwoord'],
    starts: ['hoe', 'wat', 'waarom', 'wanneer', 'waar', 'wie', 'welke', 'welk', 'kan', 'kunnen', 'is', 'zijn', 'moet', 'heb', 'hebben'],
    endings: [],
  },
  quotes: {
    verbs: ['zegt', 'zei', 'aldus', 'legt uit', 'vertelt', 'vertelde', 'volgens', 'voegt toe', 'stelt'],
    leader: ['oprichter', 'medeoprichter', 'directeur', 'ceo', 'voorzitter', 'woordvoerder', 'manager', 'eigenaar'],
    customer: ['klant', 'gebruiker', 'abonnee', 'lid', 'deelnemer'],
    companyVoice: ['wij', 'we', 'ons', 'onze'],
    personalVoice: ['ik', 'mijn', 'mij'],
    someone: ['een'],
  },
  cues: {
    announce: ['kondigt aan', 'kondigde aan', 'lanceert', 'introduceert', 'presenteert', 'is nu beschikbaar', 'brengt uit'],
    today: ['vandaag'],
    now: ['nu', 'vanaf nu', 'vanaf vandaag'],
    problem: ['probleem', 'problemen', 'moeilijk', 'verliezen', 'ontbreekt', 'frustr*', 'tot nu toe', 'momenteel', 'tijdrovend', 'duur'],
    solution: ['maakt het mogelijk', 'biedt', 'automatisch', 'helpt', 'vervangt', 'vereenvoudigt', 'dankzij'],
    resolution: ['lost dit op', 'daarom', 'nu'],
    how: ['aan de slag', 'installeren', 'stap', 'stappen', 'aanmelden', 'instellen', 'in enkele minuten'],
    cta: ['beschikbaar', 'bezoek', 'meer informatie', 'probeer', 'prijs', 'gratis', 'vanaf'],
  },
  dates: {
    months: [
      ['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['mei'], ['juni', 'jun'], ['juli', 'jul'], ['augustus', 'aug'],
      ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec'],
    ],
    forms: ['{d} {month} {yyyy}', '{d} {month}', '{month} {yyyy}'],
  },
  placeholders: {
    bracketWords: ['datum', 'naam', 'bedrijf', 'stad', 'nog te bepalen', 'prijs', 'titel', 'invoegen'],
    tokens: ['nog te bepalen'],
  },
  guidance: ['beschrijf', 'leg uit', 'vat samen', 'noem', 'schrijf', 'geef aan', 'vul in'],
  stopwords: ['de', 'het', 'een', 'en', 'is', 'van', 'niet', 'met', 'voor', 'dat', 'wij', 'zijn', 'ook', 'op', 'aan'],
};
