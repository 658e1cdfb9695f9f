import type { LanguageVocabulary } from './types';

export const it: LanguageVocabulary = {
  lang: 'it',
  names: {
    pressRelease: ['comunicato stampa', 'comunicato'],
    faq: ['domande frequenti', 'domande e risposte', 'faq', 'domande'],
    internal: ['interno', 'interna', 'interne', 'interni', 'stakeholder'],
    external: ['esterno', 'esterna', 'esterne', 'clienti', 'cliente', 'utenti'],
    other: ['appendice', 'allegato', 'allegati', 'glossario', 'riferimenti', 'specifiche'],
    body: ['corpo', 'testo'],
    title: ['visione', 'bozza', 'proposta'],
    parts: {
      headline: ['titolo', 'nome del prodotto'],
      subheadline: ['sottotitolo', 'occhiello'],
      summary: ['sommario', 'riepilogo', 'introduzione', 'panoramica', 'attacco'],
      problem: ['problema', 'il problema', 'sfida', 'contesto'],
      solution: ['soluzione', 'la soluzione', 'approccio', 'funzionalità'],
      'leader-quote': ['citazione del fondatore', 'citazione della direzione', 'citazione del ceo', 'portavoce'],
      'how-it-works': ['come funziona', 'come iniziare', 'primi passi', 'esperienza cliente', 'esperienza utente'],
      'customer-quote': ['citazione del cliente', 'citazioni dei clienti', 'testimonianza', 'testimonianze'],
      'call-to-action': ['disponibilità', 'prezzi e disponibilità', 'prossimi passi', 'invito all azione', 'chiusura'],
    },
    dateline: ['data e luogo', 'luogo e data', 'data', 'luogo'],
  },
  decoration: ['per pubblicazione immediata', 'per diffusione immediata', 'bozza', 'riservato'],
  questions: {
    markers: ['d', 'domanda'],
    answerMarkers: ['r', 'risposta'],
    starts: ['come', 'cosa', 'che cosa', 'perché', 'quando', 'dove', 'chi', 'quale', 'quali', 'quanto', 'posso', 'può', 'è', 'esiste', 'serve'],
    endings: [],
  },
  quotes: {
    verbs: ['ha detto', 'dice', 'ha dichiarato', 'dichiara', 'spiega', 'ha spiegato', 'afferma', 'ha affermato', 'secondo', 'aggiunge', 'commenta', 'sottolinea'],
    leader: ['fondatore', 'fondatrice', 'cofondatore', 'direttore', 'direttrice', 'ceo', 'presidente', 'amministratore delegato', 'portavoce', 'responsabile'],
    customer: ['cliente', 'utente', 'abbonato', 'abbonata', 'partecipante'],
    companyVoice: ['noi', 'nostro', 'nostra', 'nostri', 'nostre', 'abbiamo'],
    personalVoice: ['io', 'mio', 'mia', 'miei', 'mie'],
    someone: ['un', 'uno', 'una'],
  },
  cues: {
    announce: ['annunci*', 'annuncia oggi', 'lancia', 'lanciamo', 'lancio', 'presenta', 'presenta oggi', 'è ora disponibile', 'rilascia'],
    today: ['oggi'],
    now: ['ora', 'da oggi', 'adesso'],
    problem: ['problema', 'problemi', 'difficile', 'perdono', 'manca', 'mancano', 'frustr*', 'finora', 'attualmente', 'oggi', 'costoso', 'faticoso'],
    solution: ['permette', 'consente', 'offre', 'automaticamente', 'aiuta', 'sostituisce', 'semplifica', 'grazie a'],
    resolution: ['risolve questo', 'per questo', 'ecco perché', 'ora'],
    how: ['per iniziare', 'installare', 'passo', 'passaggi', 'registrarsi', 'configurare', 'in pochi minuti', 'basta'],
    cta: ['disponibile', 'visita', 'visitate', 'scopri di più', 'prova', 'prezzo', 'gratuito', 'a partire da'],
  },
  dates: {
    months: [
      ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'], ['agosto', 'ago'],
      ['settembre', 'set'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic'],
    ],
    forms: ['{d} {month} {yyyy}', '{d} {month}', '{month} {yyyy}'],
  },
  placeholders: {
    bracketWords: ['data', 'nome', 'azienda', 'città', 'da definire', 'da confermare', 'prezzo', 'titolo', 'inserire*'],
    tokens: ['da definire', 'da confermare'],
  },
  guidance: ['descrivi', 'descrivete', 'spiega', 'spiegate', 'riassumi', 'includi', 'scrivi', 'elenca', 'indica', 'inserisci'],
  stopwords: ['il', 'lo', 'la', 'gli', 'le', 'e', 'è', 'di', 'che', 'per', 'con', 'non', 'una', 'sono', 'della'],
};
