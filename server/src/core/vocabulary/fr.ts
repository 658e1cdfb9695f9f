import type { LanguageVocabulary } from './types';

export const fr: LanguageVocabulary = {
  lang: 'fr',
  names: {
    pressRelease: ['communiqué de presse', 'communiqué', 'communique de presse', 'annonce'],
    faq: ['foire aux questions', 'questions fréquentes', 'questions frequentes', 'questions réponses', 'questions et réponses', 'faq', 'questions'],
    internal: ['interne', 'internes', 'parties prenantes', 'direction', 'équipe dirigeante'],
    external: ['externe', 'externes', 'client', 'clients', 'public', 'utilisateurs'],
    other: ['annexe', 'annexes', 'glossaire', 'références', 'conception technique', 'spécification', 'spécifications', 'questions ouvertes', 'le verdict', 'verdict', 'historique', 'contact'],
    body: ['corps', 'texte', 'corps du communiqué'],
    title: ['vision', 'brouillon', 'proposition'],
    parts: {
      headline: ['titre', 'gros titre', 'nom du produit'],
      subheadline: ['sous titre', 'sous-titre', 'chapeau', 'accroche'],
      summary: ['résumé', 'introduction', 'aperçu', 'paragraphe d ouverture', 'synthèse', 'en bref'],
      problem: ['problème', 'le problème', 'défi', 'contexte', 'enjeu', 'problématique'],
      solution: ['solution', 'la solution', 'approche', 'fonctionnalités', 'fonctionnalités clés'],
      'leader-quote': ['citation du fondateur', 'citation de la direction', 'citation du dirigeant', 'citation fondateur', 'mot du fondateur', 'citation interne', 'porte parole'],
      'how-it-works': ['comment ça marche', 'comment ca marche', 'comment cela fonctionne', 'comment ça fonctionne', 'fonctionnement', 'premiers pas', 'commencer', 'pour commencer', 'expérience client', 'expérience utilisateur', 'démarrer'],
      'customer-quote': ['citation client', 'citations clients', 'citation d un client', 'témoignage', 'témoignages', 'témoignage client', 'témoignages clients', 'avis clients'],
      'call-to-action': ['disponibilité', 'prix et disponibilité', 'prochaines étapes', 'appel à l action', 'conclusion', 'en savoir plus'],
    },
    dateline: ['date et lieu', 'lieu et date', 'date', 'lieu'],
  },
  decoration: ['pour diffusion immédiate', 'pour publication immédiate', 'diffusion immédiate', 'sous embargo', 'brouillon', 'confidentiel'],
  questions: {
    markers: ['q', 'question'],
    answerMarkers: ['r', 'réponse', 'reponse'],
    starts: ['comment', 'pourquoi', 'quand', 'où', 'qui', 'quel', 'quelle', 'quels', 'quelles', 'est ce', 'est-ce', 'combien', 'peut on', 'puis je', 'dois je', 'que', 'qu est ce', 'y a t il', 'faut il', 'en quoi', 'à quoi', 'a quoi'],
    endings: [],
  },
  quotes: {
    verbs: ['a déclaré', 'déclare', 'a dit', 'dit', 'explique', 'a expliqué', 'affirme', 'a affirmé', 'souligne', 'a souligné', 'ajoute', 'a ajouté', 'selon', 'précise', 'raconte', 'confie', 'note', 'estime', 'résume'],
    leader: ['fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'co fondateur', 'directeur', 'directrice', 'pdg', 'président', 'présidente', 'porte parole', 'responsable', 'dirigeant', 'dirigeante', 'porteur du projet', 'ceo', 'cto', 'chef de produit', 'gérant', 'gérante', 'maire', 'ministre', 'adjoint', 'adjointe', 'préfet', 'préfète'],
    customer: ['client', 'cliente', 'utilisateur', 'utilisatrice', 'abonné', 'abonnée', 'bêta testeur', 'membre', 'participant', 'participante'],
    companyVoice: ['nous', 'notre', 'nos', 'on a'],
    personalVoice: ['je', 'j', 'mon', 'ma', 'mes', 'moi'],
    someone: ['un', 'une'],
  },
  cues: {
    announce: ['annonc*', 'annonce aujourd hui', 'lance', 'lançons', 'lancement', 'dévoile', 'présente', 'présente aujourd hui', 'est désormais disponible', 'est disponible dès aujourd hui', 'met à disposition', 'inaugure'],
    today: ['aujourd hui'],
    now: ['désormais', 'dès maintenant', 'dès aujourd hui'],
    problem: ['problème', 'problèmes', 'difficile', 'perdent', 'perdre', 'manque', 'manquent', 'frustr*', 'aujourd hui', 'jusqu ici', 'jusqu à présent', 'passent plus de temps', 'fastidieux', 'complexe', 'coûteux', 'doivent', 'éparpill*', 'abandonnent', 'souffrent', 'peinent'],
    solution: ['permet', 'permettent', 'offre', 'propose', 'automatiquement', 'aide', 'remplace', 'simplifie', 'renverse', 'grâce à', 'désormais', 'contrairement'],
    resolution: ['résout ce', 'résout cela', 'règle ce', 'c est pourquoi', 'c est là que', 'désormais', 'voilà pourquoi', 'pour y remédier'],
    how: ['concrètement', 'pour commencer', 'installer', 'étape', 'étapes', 's inscrire', 'inscrivez vous', 'configurer', 'en quelques minutes', 'en quelques clics', 'il suffit'],
    cta: ['disponible', 'disponibles', 'rendez vous sur', 'en savoir plus', 'inscrivez vous', 'visitez', 'essayez', 'tarif', 'tarification', 'gratuit', 'gratuitement', 'à partir de'],
  },
  dates: {
    months: [
      ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fev'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août', 'aout'],
      ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'decembre', 'déc', 'dec'],
    ],
    forms: ['{d}(er)? {month} {yyyy}', '{d}(er)? {month}', '{month} {yyyy}'],
  },
  placeholders: {
    bracketWords: ['date', 'date de lancement', 'nom', 'entreprise', 'ville', 'lancement', 'à valider*', 'a valider*', 'à définir', 'à compléter', 'à confirmer', 'prix', 'titre', 'insérer*'],
    tokens: ['à valider', 'à définir', 'à compléter', 'à confirmer'],
  },
  guidance: ['décrivez', 'expliquez', 'résumez', 'incluez', 'rédigez', 'indiquez', 'précisez', 'listez', 'insérez', 'remplacez'],
  stopwords: ['le', 'la', 'les', 'et', 'est', 'des', 'une', 'pour', 'dans', 'que', 'pas', 'nous', 'vous', 'sur', 'avec'],
};
