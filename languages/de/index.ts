import type { LanguagePack } from '../pack';

export const de: LanguagePack = {
  lang: 'de',
  capitalisedNouns: true,
  stopWords: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'von', 'mit', 'sich', 'des', 'auf', 'für', 'im', 'dem', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass', 'sie', 'nach', 'wird', 'bei', 'einer', 'um', 'noch', 'wie', 'einem', 'über', 'einen', 'so', 'zum', 'war', 'haben', 'nur', 'oder', 'aber', 'vor', 'zur', 'bis', 'mehr', 'durch', 'man'],
  bylines: {
    agents: ['von'],
    agentOpeners: ['geschrieben', 'verfasst', 'artikel', 'ein artikel', 'ein beitrag', 'ein kommentar', 'ein gastbeitrag'],
    creditOpeners: ['veröffentlicht', 'text und fotos'],
    editorOpeners: ['bearbeitet', 'redigiert'],
    editorLabels: ['redigiert von', 'bearbeitet von', 'bearbeitung', 'lektorat', 'schlussredaktion'],
    labels: ['artikel von', 'autor', 'autorin', 'autoren', 'autorinnen', 'text', 'redakteur', 'redakteurin', 'verfasser', 'verfasserin'],
    pictureCredits: ['foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'bildnachweis', 'grafik', 'grafiken', 'illustration', 'video', 'videos'],
    siteCredits: ['entwickelt', 'gestaltet', 'realisiert', 'umgesetzt'],
    roles: [
      'korrespondent', 'korrespondentin', 'redakteur', 'redakteurin', 'chefredakteur', 'chefredakteurin', 'journalist',
      'journalistin', 'reporter', 'reporterin', 'kolumnist', 'kolumnistin', 'volontär', 'volontärin', 'praktikant',
      'praktikantin', 'fotograf', 'fotografin', 'ressortleiter', 'ressortleiterin', 'leiter', 'leiterin', 'ressort',
    ],
    roleOpeners: ['leitender', 'leitende', 'stellvertretender', 'stellvertretende', 'freier', 'freie'],
    placeWords: ['in', 'aus', 'für'],
    joiners: ['und'],
    withWords: ['mit'],
    notNames: [
      'teilen', 'folgen', 'kontakt', 'kommentare', 'kommentieren', 'mehr', 'weiterlesen', 'mehr lesen', 'alle artikel',
      'profil', 'abonnieren', 'newsletter', 'der', 'die', 'das', 'ein', 'eine',
    ],
    dateOpeners: ['am'],
    metaLabels: ['geschrieben von', 'von', 'autor', 'autorin'],
  },
  authorKinds: {
    articles: ['die', 'der', 'das'],
    genericBylines: [
      'redaktion', 'onlineredaktion', 'online-redaktion', 'nachrichtenredaktion', 'autor', 'autorin', 'gastautor', 'gastautorin',
      'gastbeitrag', 'pressestelle',
    ],
    teamWords: ['redaktion', 'onlineredaktion', 'online-redaktion'],
    teamJoiners: ['der', 'des', 'von'],
    organisationWords: [
      'verlag', 'gmbh', 'zeitung', 'nachrichten', 'rundfunk', 'nachrichtenagentur', 'agentur', 'stiftung', 'institut',
      'universität', 'ministerium', 'bundesregierung', 'regierung', 'verband', 'verein',
    ],
    legalForms: ['gmbh', 'ag', 'kg', 'gmbh & co. kg', 'ug', 'e.v.', 'se'],
  },
  dates: {
    published: [
      'veröffentlicht', 'veröffentlicht am', 'erschienen', 'erschienen am', 'publiziert', 'publiziert am',
      'erstellt', 'erstellt am', 'online seit',
    ],
    modified: [
      'aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert', 'zuletzt aktualisiert am', 'geändert', 'geändert am',
      'zuletzt geändert', 'zuletzt geändert am', 'stand:',
    ],
    relative: ['vor'],
    months: [
      ['januar', 'jan', 'jänner', 'jaenner', 'jän'], ['februar', 'feb', 'feber'], ['märz', 'maerz', 'mär', 'mrz'],
      ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'],
      ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
    ],
    weekdays: [
      ['montag', 'mo'], ['dienstag', 'di'], ['mittwoch', 'mi'], ['donnerstag', 'do'], ['freitag', 'fr'],
      ['samstag', 'sonnabend', 'sa'], ['sonntag', 'so'],
    ],
    timeZones: { mez: '+01:00', mesz: '+02:00' },
    clockOpeners: ['um', 'gegen'],
    clockClosers: ['uhr'],
  },
  numbers: { decimal: ',', thousands: ['.'] },
  credits: {
    sponsored: [
      'anzeige', 'gesponsert', 'gesponserter beitrag', 'gesponserter inhalt', 'in kooperation mit',
      'in zusammenarbeit mit', 'präsentiert von', 'bezahlte partnerschaft',
    ],
    sponsorAgents: ['von', 'mit'],
    sponsoredTags: ['anzeige', 'gesponsert'],
    correctionLabels: ['korrektur', 'berichtigung', 'richtigstellung', 'anmerkung der redaktion', 'hinweis der redaktion'],
    correctionSentences: [
      'in einer früheren version dieses artikels', 'dieser artikel wurde aktualisiert', 'dieser artikel wurde korrigiert',
      'dieser beitrag wurde aktualisiert', 'dieser beitrag wurde korrigiert',
    ],
    sourceLabels: ['quelle', 'quellen'],
  },
  policies: {
    anywhere: {
      corrections: ['korrektur', 'berichtigung'],
      'fact-checking': ['faktencheck'],
      ethics: ['ethik', 'leitlinien', 'grundsätze', 'pressekodex'],
      masthead: ['unser team'],
      ownership: ['eigentümer', 'finanzierung'],
      about: ['impressum', 'über uns'],
      contact: ['kontakt'],
    },
    whole: { masthead: ['redaktion'] },
  },
  copyright: { rightsReserved: ['alle rechte'] },
  articleTypes: {
    sections: {
      opinion: ['meinung', 'kommentar', 'kommentare', 'kolumne', 'kolumnen', 'gastbeitrag', 'leitartikel', 'debatte'],
      analysis: ['analyse', 'analysen', 'hintergrund'],
      live: ['live', 'liveblog', 'liveticker', 'newsticker'],
      'press-release': ['pressemitteilung', 'pressemitteilungen'],
      sponsored: ['anzeige', 'gesponsert'],
    },
    headlineLabels: {
      opinion: ['kommentar', 'meinung', 'gastbeitrag', 'leitartikel', 'kolumne'],
      analysis: ['analyse'],
      live: ['liveticker', 'liveblog', 'live'],
      'press-release': ['pressemitteilung'],
      sponsored: ['anzeige'],
    },
    paywallNotices: [
      'dieser artikel ist nur für abonnenten',
      'exklusiv für abonnenten',
      'um den artikel weiterzulesen',
      'lesen sie den artikel weiter mit',
    ],
  },
  classHints: {
    places: ['standort'],
  },
};
