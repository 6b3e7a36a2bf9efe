import type { CitationKind } from '../../report/schema';

/**
 * Sites whose links are of one kind, by registrable domain (`lemonde.fr`) or by
 * host and path prefix (`play.google.com`, `ec.europa.eu/eurostat`). Data, not code:
 * add a site by adding a line. A more specific entry (host, path) wins over its
 * registrable domain.
 */
export const DOMAIN_KINDS: Readonly<Partial<Record<CitationKind, readonly string[]>>> = {
  'wire-service': [
    'reuters.com', 'apnews.com', 'ap.org', 'afp.com', 'dpa.com', 'dpa-international.com', 'ansa.it', 'efe.com',
    'upi.com', 'aap.com.au', 'kyodonews.net', 'xinhuanet.com', 'news.cn', 'tass.com', 'tass.ru', 'belga.be',
    'keystone-sda.ch', 'pa.media', 'europapress.es', 'interfax.com', 'anadoluajansi.com.tr', 'aa.com.tr',
  ],
  'press-release': [
    'prnewswire.com', 'businesswire.com', 'globenewswire.com', 'newswire.ca', 'accesswire.com', 'einpresswire.com',
    'prweb.com', 'cision.com', 'actusnews.com', 'presswire.com', 'newsroom.fr',
  ],
  'social-media': [
    'twitter.com', 'x.com', 'facebook.com', 'fb.com', 'instagram.com', 'threads.net', 'threads.com', 'tiktok.com',
    'linkedin.com', 'reddit.com', 'bsky.app', 'mastodon.social', 't.me', 'telegram.org', 'truthsocial.com',
    'weibo.com', 'vk.com', 'snapchat.com', 'pinterest.com', 'tumblr.com', 'discord.com', 'whatsapp.com',
  ],
  video: ['youtube.com', 'youtu.be', 'vimeo.com', 'dailymotion.com', 'twitch.tv', 'rumble.com', 'ted.com', 'odysee.com'],
  archive: [
    'archive.org', 'archive.today', 'archive.ph', 'archive.is', 'archive.li', 'perma.cc', 'webcitation.org',
    'gallica.bnf.fr', 'ina.fr', 'retronews.fr', 'europeana.eu', 'nationalarchives.gov.uk', 'archives.gov',
  ],
  reference: [
    'wikipedia.org', 'wikimedia.org', 'wikidata.org', 'wiktionary.org', 'britannica.com', 'larousse.fr',
    'universalis.fr', 'merriam-webster.com', 'cnrtl.fr', 'dictionary.com', 'oed.com', 'dictionary.cambridge.org',
  ],
  study: [
    'doi.org', 'arxiv.org', 'biorxiv.org', 'medrxiv.org', 'ssrn.com', 'nature.com', 'science.org', 'sciencedirect.com',
    'springer.com', 'link.springer.com', 'wiley.com', 'thelancet.com', 'nejm.org', 'bmj.com', 'jamanetwork.com',
    'plos.org', 'pnas.org', 'cell.com', 'ncbi.nlm.nih.gov', 'pubmed.ncbi.nlm.nih.gov', 'researchgate.net',
    'hal.science', 'hal.archives-ouvertes.fr', 'theses.fr', 'cairn.info', 'persee.fr', 'openedition.org', 'jstor.org',
    'insee.fr', 'ined.fr', 'ons.gov.uk', 'census.gov', 'bls.gov', 'ec.europa.eu/eurostat', 'statista.com',
    'ourworldindata.org', 'semanticscholar.org', 'inserm.fr', 'cnrs.fr', 'pasteur.fr', 'ird.fr', 'inrae.fr',
    'drees.solidarites-sante.gouv.fr', 'dares.travail-emploi.gouv.fr', 'statcan.gc.ca', 'destatis.de', 'nber.org',
    'scholar.google.com', 'frontiersin.org', 'mdpi.com', 'tandfonline.com', 'oup.com', 'academic.oup.com',
  ],
  'primary-document': [
    'legifrance.gouv.fr', 'assemblee-nationale.fr', 'senat.fr', 'conseil-constitutionnel.fr', 'conseil-etat.fr',
    'courdecassation.fr', 'ccomptes.fr', 'europa.eu', 'un.org', 'who.int', 'imf.org', 'worldbank.org', 'oecd.org',
    'parliament.uk', 'congress.gov', 'supremecourt.gov', 'sec.gov', 'amf-france.org', 'autoritedelaconcurrence.fr',
    'cnil.fr', 'arcom.fr', 'legislation.gov.uk', 'coe.int', 'nato.int', 'icj-cij.org', 'icc-cpi.int', 'elysee.fr',
    'vie-publique.fr', 'banque-france.fr', 'ecb.europa.eu', 'federalreserve.gov', 'bankofengland.co.uk', 'ipcc.ch',
    'unhcr.org', 'unicef.org', 'wto.org', 'courtlistener.com', 'justice.fr', 'info-financiere.fr', 'hcsp.fr',
    'has-sante.fr', 'ansm.sante.fr', 'whitehouse.gov', 'europarl.europa.eu', 'consilium.europa.eu', 'bis.org',
  ],
  'news-outlet': [
    'lemonde.fr', 'lefigaro.fr', 'liberation.fr', 'francetvinfo.fr', 'radiofrance.fr', 'franceinter.fr', 'rfi.fr',
    'france24.com', 'leparisien.fr', 'lesechos.fr', 'latribune.fr', 'mediapart.fr', 'ouest-france.fr',
    '20minutes.fr', 'bfmtv.com', 'lci.fr', 'tf1info.fr', 'lexpress.fr', 'lepoint.fr', 'nouvelobs.com',
    'humanite.fr', 'la-croix.com', 'courrierinternational.com', 'lavoixdunord.fr', 'sudouest.fr', 'ledauphine.com',
    'letemps.ch', 'rts.ch', 'lesoir.be', 'rtbf.be', 'lalibre.be', 'ledevoir.com', 'lapresse.ca', 'radio-canada.ca',
    'jeuneafrique.com', 'huffingtonpost.fr', 'slate.fr', 'arte.tv', 'marianne.net', 'challenges.fr', 'lopinion.fr',
    'nytimes.com', 'washingtonpost.com', 'wsj.com', 'theguardian.com', 'bbc.co.uk', 'bbc.com', 'ft.com',
    'economist.com', 'cnn.com', 'nbcnews.com', 'cbsnews.com', 'abcnews.go.com', 'npr.org', 'politico.com',
    'politico.eu', 'axios.com', 'theatlantic.com', 'newyorker.com', 'bloomberg.com', 'latimes.com', 'usatoday.com',
    'independent.co.uk', 'telegraph.co.uk', 'thetimes.co.uk', 'thetimes.com', 'dailymail.co.uk', 'news.sky.com',
    'aljazeera.com', 'dw.com', 'euronews.com', 'cbc.ca', 'theglobeandmail.com', 'abc.net.au', 'smh.com.au',
    'propublica.org', 'vox.com', 'time.com', 'newsweek.com', 'foxnews.com', 'theverge.com', 'wired.com',
    'techcrunch.com', 'arstechnica.com', 'theintercept.com', 'spiegel.de', 'elpais.com', 'corriere.it',
  ],
  promotion: [
    'play.google.com', 'apps.apple.com', 'itunes.apple.com', 'chromewebstore.google.com', 'chrome.google.com/webstore',
    'addons.mozilla.org', 'apps.microsoft.com', 'mailchimp.com', 'list-manage.com', 'eepurl.com', 'patreon.com',
    'tipeee.com', 'ko-fi.com', 'buymeacoffee.com', 'paypal.com', 'paypal.me', 'gofundme.com', 'helloasso.com',
    'utip.io', 'amzn.to', 'wa.me', 'sendinblue.com', 'brevo.com', 'substack.com/subscribe', 'linktr.ee',
  ],
};
