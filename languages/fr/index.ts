import type { LanguagePack } from '../pack';

export const fr: LanguagePack = {
  lang: 'fr',
  bylines: {
    agents: ['par'],
    agentOpeners: ['publié', 'publiée', 'rédigé', 'rédigée', 'écrit', 'écrite', 'propos recueillis', 'un article'],
    creditOpeners: ['texte', 'texte et photo', 'texte et photos', 'une chronique', 'signé', 'signée'],
    editorOpeners: ['édité', 'relu'],
    editorLabels: ['édition', 'édité par', 'secrétariat de rédaction', 'rédacteur en chef', 'rédactrice en chef', 'relecture'],
    labels: ['auteur', 'auteure', 'auteurs', 'auteures', 'autrice', 'autrices', 'texte', 'texte et photo', 'texte et photos', 'rédaction', 'journaliste'],
    pictureCredits: [
      'photo', 'photos', 'photographie', 'illustration', 'illustrations', 'illustré', 'illustrée', 'illustrés', 'illustrées',
      'vidéo', 'vidéos', 'infographie', 'infographies', 'dessin', 'dessins', 'crédit', 'crédits', 'crédit photo', 'crédits photo', 'crédits photos',
    ],
    siteCredits: ['réalisé', 'conçu', 'développé', 'propulsé'],
    roles: [
      'correspondant', 'correspondante', 'envoyé spécial', 'envoyée spéciale', 'journaliste', 'rédacteur', 'rédactrice',
      'chroniqueur', 'chroniqueuse', 'éditeur', 'éditrice', 'pigiste', 'stagiaire', 'photographe', 'directeur', 'directrice',
      'fondateur', 'fondatrice', 'chef', 'cheffe', 'rubrique', 'service',
    ],
    roleOpeners: [],
    placeWords: ['à', 'au', 'aux', 'pour', 'depuis'],
    joiners: ['et'],
    ownReporters: ['de notre', 'par notre'],
    withWords: ['avec'],
    agencyLeads: ["l'", "l'agence", 'agence', 'agences'],
    notNames: [
      'commentaire', 'commentaires', 'accueil', 'plus', 'lire la suite', 'voir tout', "s'abonner", 'abonnez-vous', 'profil',
      'biographie', 'la', 'le', 'les', 'un', 'une',
    ],
    // « Jeanne Dupont, Le Courrier du Soir »: a part opening with an article is the outlet, not a second author.
    outletArticles: ['le', 'la', 'les'],
    lowerAgents: ['de'],
    honorifics: ['dr', 'dre', 'docteur', 'docteure', 'pr', 'professeur', 'professeure'],
    dateOpeners: ['le'],
    metaLabels: ['écrit par', 'par', 'auteur', 'autrice'],
  },
  authorKinds: {
    articles: ['la', 'le', "l'"],
    genericBylines: [
      'administrateur', 'rédaction', 'rédaction web', 'rédaction numérique', 'rédac', 'équipe', 'équipe éditoriale',
      'équipe de rédaction', 'invité', 'invitée', 'anonyme', 'utilisateur', 'inconnu', 'contributeur', 'contributeurs',
      'auteur', 'service presse', 'service communication', 'communiqué', 'partenaire',
    ],
    teamWords: ['rédaction', 'équipe'],
    teamJoiners: ['de', 'du', 'des', "d'"],
    organisationWords: [
      'médias', 'presse', 'sas', 'groupe', 'agence', 'télévision', 'fondation', 'institut', 'université', 'ministère',
      'gouvernement', 'conseil', 'éditions',
    ],
    legalForms: ['sa', 'sas', 'sasu', 'sarl', 'eurl', 'sca', 'scop'],
  },
  dates: {
    published: [
      'publié', 'publiée', 'publiés', 'publiées', 'publié le', 'publiée le', 'publiés le', 'publiées le',
      'date de publication', 'parution', 'mis en ligne', 'mis en ligne le', 'en ligne depuis le', 'créé', 'créé le',
    ],
    modified: [
      'mis à jour', 'mise à jour', 'mis à jour le', 'mise à jour le', 'màj', 'actualisé', 'actualisée', 'actualisé le',
      'actualisée le', 'modifié', 'modifiée', 'modifié le', 'modifiée le', 'dernière mise à jour',
    ],
    relative: ['il y a'],
    months: [
      ['janvier', 'janv'], ['février', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
      ['juillet', 'juil'], ['août', 'aoû'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc'],
    ],
    weekdays: [
      ['lundi', 'lun'], ['mardi', 'mar'], ['mercredi', 'mer'], ['jeudi', 'jeu'], ['vendredi', 'ven'], ['samedi', 'sam'], ['dimanche', 'dim'],
    ],
    timeZones: { hnr: '-05:00', hae: '-04:00' },
    clockOpeners: ['à'],
    clockClosers: [],
  },
  numbers: { decimal: ',', thousands: [' ', '\u00a0', '\u202f'] },
  credits: {
    embeddedPosts: ['publication partagée par'],
    sponsored: [
      'sponsorisé', 'sponsorisée', 'contenu sponsorisé', 'contenu partenaire', 'contenu de marque', 'contenu proposé par',
      'publi-rédactionnel', 'publirédactionnel', 'publireportage', 'en partenariat avec', 'présenté par', 'article sponsorisé',
    ],
    sponsorAgents: ['par', 'avec'],
    adModules: [],
    sponsoredTags: ['sponsorisé', 'publireportage'],
    correctionLabels: ['correction', 'corrigé', 'rectificatif', 'erratum', 'note de la rédaction'],
    correctionSentences: [
      'une précédente version de cet article', 'cet article a été modifi*', 'cet article a été corrig*',
    ],
    sourceLabels: ['source', 'sources'],
  },
  policies: {
    anywhere: {
      corrections: ['erratum', 'rectificatif'],
      'unnamed-sources': ['sources anonymes'],
      'fact-checking': ['vérification'],
      ethics: ['éthique', 'déontolog', 'charte de la rédaction', 'charte éditoriale', 'principes'],
      masthead: ['notre équipe', 'la rédaction'],
      ownership: ['propriétaire', 'actionna', 'financement', 'qui nous finance'],
      diversity: ['diversité'],
      'actionable-feedback': ['votre avis', 'médiateur'],
      about: ['à propos', 'qui sommes nous', 'mentions légales'],
    },
    whole: { masthead: ["l'ours", 'ours'] },
  },
  copyright: { marks: [], rightsReserved: ['tous droits'] },
  articleTypes: {
    sections: {
      opinion: ['opinion', 'opinions', 'tribune', 'tribunes', 'idees', 'debats', 'editorial', 'editoriaux', 'edito', 'chronique', 'chroniques', 'point de vue', 'points de vue'],
      analysis: ['analyse', 'analyses', 'decryptage', 'decryptages'],
      live: ['direct', 'en direct', 'live'],
      'press-release': ['communique', 'communiques', 'communique de presse', 'communiques de presse'],
      sponsored: ['contenu sponsorise', 'contenu partenaire', 'contenus partenaires', 'publi redactionnel', 'publireportage', 'brand content'],
    },
    headlineLabels: {
      opinion: ['tribune', 'editorial', 'edito', 'chronique', 'point de vue', 'opinion'],
      analysis: ['analyse', 'decryptage'],
      live: ['direct', 'en direct', 'live'],
      'press-release': ['communique', 'communique de presse'],
      sponsored: ['contenu sponsorise', 'publi redactionnel', 'publireportage'],
    },
    paywallNotices: [
      'de cet article a lire',
      'la suite est reservee aux abonnes',
      'cet article est reserve aux abonnes',
      'article reserve aux abonnes',
      'abonnez vous pour lire la suite',
      'pour lire la suite de cet article',
    ],
  },
  classHints: {
    byline: ['auteur', 'redacteur', 'rédacteur'],
    comments: ['commentaire', 'commentaires'],
    replies: ['reponse'],
    updated: ['mise a jour', 'mis a jour', 'maj'],
    places: ['localisation'],
  },
};
