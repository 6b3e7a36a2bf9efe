import { describe, expect, test } from 'vitest';
import { articleText, type ArticleSnapshot, type BodyBlock } from '../../snapshot/article-snapshot';
import { makeSnapshot } from '../../tests/helpers/make-snapshot';
import { WarningSchema } from '../../report/schema';
import * as v from 'valibot';
import { analyzeSourcing } from './analyze-sourcing';
import type { SourcingCode } from './finding-codes';

interface LinkSpec {
  text: string;
  href: string;
}
type BlockSpec = string | { text: string; kind?: BodyBlock['kind']; links?: LinkSpec[] };

function snapshotOf(blocks: BlockSpec[]): ArticleSnapshot {
  return makeSnapshot({
    url: 'https://www.journal-exemple.fr/article',
    blocks: blocks.map((spec): BodyBlock => {
      const { text, kind = 'paragraph', links = [] } = typeof spec === 'string' ? { text: spec } : spec;
      return {
        kind,
        text,
        links: links.map((link) => {
          const start = text.indexOf(link.text);
          if (start === -1) throw new Error(`link text "${link.text}" not in block`);
          return { href: link.href, text: link.text, start, end: start + link.text.length, rel: '' };
        }),
      };
    }),
  });
}

interface Case {
  lang: 'fr' | 'en';
  blocks: BlockSpec[];
  /** Each expected finding: its code and a phrase its anchored passage must contain. */
  expected: [SourcingCode, string][];
}

function run({ lang, blocks }: Case) {
  const snapshot = snapshotOf(blocks);
  return { snapshot, result: analyzeSourcing(snapshot, { lang, pageDomain: 'journal-exemple.fr' }) };
}

function check(testCase: Case): void {
  const { snapshot, result } = run(testCase);
  const found = result.warnings.map((warning) => [warning.code, warning.anchor?.exact ?? '']);
  expect(found.map(([code]) => code)).toEqual(testCase.expected.map(([code]) => code));
  testCase.expected.forEach(([, phrase], index) => expect(found[index]?.[1]).toContain(phrase));
  const text = articleText(snapshot);
  for (const warning of result.warnings) {
    expect(v.safeParse(WarningSchema, warning).success).toBe(true);
    expect(warning.category).toBe('sourcing');
    const anchor = warning.anchor;
    expect(anchor).not.toBeNull();
    if (anchor !== null) expect(text.includes(anchor.prefix + anchor.exact + anchor.suffix)).toBe(true);
  }
}

describe('vague-attribution', () => {
  test.each<Case>([
    { lang: 'fr', blocks: ['Des rapports indiquent que les promesses sont séduisantes.'], expected: [['vague-attribution', 'Des rapports indiquent']] },
    { lang: 'fr', blocks: ['Selon plusieurs sources, le ministre pourrait démissionner.'], expected: [['vague-attribution', 'Selon plusieurs sources']] },
    { lang: 'fr', blocks: ["D'après des informations, la réunion a été annulée."], expected: [['vague-attribution', "D'après des informations"]] },
    { lang: 'fr', blocks: ['Des experts estiment que la réforme échouera.'], expected: [['vague-attribution', 'Des experts estiment']] },
    { lang: 'fr', blocks: ['Il semblerait que le projet soit abandonné.'], expected: [['vague-attribution', 'Il semblerait']] },
    // An unnamed group is people: things after a cue or a pronoun are no source.
    { lang: 'en', blocks: ['It could also strengthen them, according to tech recruiters.'], expected: [['vague-attribution', 'according to tech recruiters']] },
    { lang: 'en', blocks: ['QGIS makes importing data from databases, web-mapping services and flat files painless.'], expected: [] },
    { lang: 'en', blocks: ['Would he examine a law document of, say five hundred pages, closely written?'], expected: [] },
    { lang: 'en', blocks: ['(Some peninsulas just fear commitment.)'], expected: [] },
    // A plural auxiliary after the verb makes it a noun: fears are had, nobody fears.
    { lang: 'en', blocks: ['Clients are leaving the offices; some fears are entertained of a mob.'], expected: [] },
    { lang: 'en', blocks: ['Some fear the mob will come back.'], expected: [['vague-attribution', 'Some fear']] },
    { lang: 'fr', blocks: ['Le projet est fragile, selon les chiffres.'], expected: [] },
    { lang: 'fr', blocks: ["Selon les experts de l'OMS, le produit est sûr."], expected: [] },
    { lang: 'fr', blocks: ['Certains affirment que la ville a menti.'], expected: [['vague-attribution', 'Certains affirment']] },
    { lang: 'fr', blocks: ['Le produit est sans danger, selon la communauté scientifique.'], expected: [['vague-attribution', 'selon la communauté scientifique']] },
    { lang: 'fr', blocks: ["Beaucoup d'analystes tablent sur une baisse des taux."], expected: [['vague-attribution', "Beaucoup d'analystes tablent sur"]] },
    { lang: 'fr', blocks: ["Des économistes s'attendent à une récession."], expected: [['vague-attribution', "Des économistes s'attendent"]] },
    { lang: 'fr', blocks: ['Selon les observateurs, le scrutin sera serré.'], expected: [['vague-attribution', 'Selon les observateurs']] },
    { lang: 'en', blocks: ['The vaccine is safe, according to the medical community.'], expected: [['vague-attribution', 'according to the medical community']] },
    { lang: 'fr', blocks: ["On estime que la crise durera."], expected: [['vague-attribution', 'On estime']] },
    { lang: 'fr', blocks: ['Ces travaux sont unanimement rejetés par la communauté scientifique.'], expected: [['vague-attribution', 'rejetés par la communauté scientifique']] },
    // The writer's description of the speaker is the writer's claim; the speaker's quotation is theirs.
    { lang: 'fr', blocks: ['« Ces études sont à jeter », assène Antony Fastier, qui a expertisé les travaux de Séralini, aujourd’hui unanimement rejetés par la communauté scientifique.'], expected: [['vague-attribution', 'rejetés par la communauté scientifique']] },
    { lang: 'en', blocks: ['“The studies are worthless,” said Antony Fastier, who reviewed the papers, now widely rejected by scientists.'], expected: [['vague-attribution', 'rejected by scientists']] },
    { lang: 'en', blocks: ['“The studies are worthless,” said Antony Fastier, who has argued that the papers were rejected by scientists.'], expected: [] },
    { lang: 'fr', blocks: ['« Des experts estiment que ces études sont à jeter », assène Antony Fastier.'], expected: [] },
    { lang: 'fr', blocks: ['Le traitement, qualifié de « miracle » par certains spécialistes, reste discuté.'], expected: [['vague-attribution', 'qualifié de « miracle » par certains spécialistes']] },
    { lang: 'en', blocks: ['The theory has been widely rejected by scientists.'], expected: [['vague-attribution', 'rejected by scientists']] },
    { lang: 'fr', blocks: ["Voire même pour d'autres professionnels de santé, l'intestin est le « siège des émotions »."], expected: [['vague-attribution', "pour d'autres professionnels de santé,"]] },
    { lang: 'en', blocks: ['In the eyes of many critics, his greatest achievement was the trilogy of albums.'], expected: [['vague-attribution', 'In the eyes of many critics,']] },
    { lang: 'en', blocks: ['The claim was dismissed by many as a hoax.'], expected: [['vague-attribution', 'dismissed by many']] },
    { lang: 'en', blocks: ['Experts say the bridge is unsafe.'], expected: [['vague-attribution', 'Experts say']] },
    { lang: 'en', blocks: ['Studies show that the drug works.'], expected: [['vague-attribution', 'Studies show']] },
    { lang: 'en', blocks: ['According to reports, the talks collapsed.'], expected: [['vague-attribution', 'According to reports']] },
    { lang: 'en', blocks: ['It is widely believed that the deal is dead.'], expected: [['vague-attribution', 'widely believed']] },
    { lang: 'en', blocks: ['Many people believe the election was stolen.'], expected: [['vague-attribution', 'Many people believe']] },
    { lang: 'en', blocks: ['Analysts believe the merger will fail.'], expected: [['vague-attribution', 'Analysts believe']] },
    { lang: 'en', blocks: ['It is understood that the minister will resign.'], expected: [['vague-attribution', 'It is understood']] },
    { lang: 'en', blocks: ['It’s been reported that the mayor will resign.'], expected: [['vague-attribution', 'been reported']] },
    { lang: 'en', blocks: ['The deal is off, according to some analysts.'], expected: [['vague-attribution', 'according to some analysts']] },
    { lang: 'fr', blocks: ['D’après plusieurs témoins, des explosions ont été entendues.'], expected: [['vague-attribution', 'plusieurs témoins']] },
    { lang: 'fr', blocks: ['Ce serait le troisième incendie, selon des habitants du quartier.'], expected: [['vague-attribution', 'selon des habitants']] },
    { lang: 'fr', blocks: ['Beaucoup de Français estiment que la réforme est injuste.'], expected: [['vague-attribution', 'Beaucoup de Français estiment']] },
    { lang: 'fr', blocks: ['Beaucoup d’économistes, de tendance plutôt libérale, en sont persuadés.'], expected: [['vague-attribution', 'Beaucoup d’économistes']] },
    { lang: 'en', blocks: ['The midfielder had been linked with a move to Sevilla but Ceballos ruled that out.'], expected: [['vague-attribution', 'had been linked with']] },
    { lang: 'en', blocks: ['Amazon is rumored to be planning a new grocery chain of its own.'], expected: [['vague-attribution', 'is rumored to']] },
    { lang: 'fr', blocks: ['Le texte est jugé inconstitutionnel par de nombreux juristes.'], expected: [['vague-attribution', 'jugé inconstitutionnel par de nombreux juristes']] },
    { lang: 'fr', blocks: ['Il se murmure que le ministre va partir.'], expected: [['vague-attribution', 'Il se murmure que']] },
    // Unnamed camps and untitled press.
    { lang: 'en', blocks: ['Opponents argue the law is unconstitutional.'], expected: [['vague-attribution', 'Opponents argue']] },
    { lang: 'en', blocks: ['State media said the leader had arrived in Beijing.'], expected: [['vague-attribution', 'State media said']] },
    { lang: 'en', blocks: ['It has emerged that the minister knew for months.'], expected: [['vague-attribution', 'It has emerged that']] },
    { lang: 'fr', blocks: ['Selon les médias locaux, douze personnes sont mortes.'], expected: [['vague-attribution', 'Selon les médias locaux']] },
    { lang: 'fr', blocks: ['Ses opposants jugent la loi inconstitutionnelle.'], expected: [['vague-attribution', 'Ses opposants jugent']] },
    // Advice credited to no one.
    { lang: 'en', blocks: ['Experts recommend drinking eight glasses of water a day.'], expected: [['vague-attribution', 'Experts recommend']] },
    { lang: 'fr', blocks: ["Les experts recommandent de boire deux litres d'eau par jour."], expected: [['vague-attribution', 'Les experts recommandent']] },
    // Doubt credited to no one; a noun ("some questions") or an act (a ruling challenged in court) is no attribution.
    { lang: 'en', blocks: ['A number of experts have challenged the idea that the attack was terrorism.'], expected: [['vague-attribution', 'A number of experts have challenged']] },
    { lang: 'en', blocks: ['Some scientists dispute the findings.'], expected: [['vague-attribution', 'Some scientists dispute']] },
    { lang: 'en', blocks: ['Some questions remain about the timing of the vote.'], expected: [] },
    { lang: 'en', blocks: ['Some challenged the ruling in court.'], expected: [] },
    { lang: 'fr', blocks: ['Certains chercheurs contestent ces résultats.'], expected: [['vague-attribution', 'Certains chercheurs contestent']] },
    { lang: 'fr', blocks: ['Des économistes remettent en cause ce calcul.'], expected: [['vague-attribution', 'Des économistes remettent en cause']] },
    // Proof appealed to with no study named; a denial of proof claims none.
    { lang: 'en', blocks: ['It has been scientifically proven that fasting cures cancer.'], expected: [['vague-attribution', 'has been scientifically proven']] },
    { lang: 'en', blocks: ['It has not been scientifically proven that fasting cures cancer.'], expected: [] },
    { lang: 'fr', blocks: ['Il est scientifiquement prouvé que le jeûne guérit le cancer.'], expected: [['vague-attribution', 'est scientifiquement prouvé']] },
    { lang: 'fr', blocks: ["Il n'est pas scientifiquement prouvé que le jeûne guérisse."], expected: [] },
    { lang: 'en', blocks: ['The club is understood to have agreed a fee of £40m with Real.'], expected: [['vague-attribution', 'is understood to have']] },
    { lang: 'en', blocks: ['Aubameyang is not expected to sign a new deal.'], expected: [['vague-attribution', 'is not expected to']] },
    { lang: 'fr', blocks: ['L’Élysée aurait mis à pied son conseiller pendant quinze jours.'], expected: [['vague-attribution', 'aurait mis']] },
    { lang: 'fr', blocks: ['Les experts de l’OMS préviennent. Elle aurait dû attendre, si elle avait su.'], expected: [] },
    { lang: 'fr', blocks: ['Ce régime est connu pour favoriser la réinsertion.'], expected: [['vague-attribution', 'est connu pour']] },
    { lang: 'en', blocks: ['It could also strengthen the hand of the big tech firms, according to tech recruiters.'], expected: [['vague-attribution', 'according to tech recruiters']] },
    { lang: 'en', blocks: ['The president is expected to meet relatives in Nairobi.'], expected: [] },
    { lang: 'fr', blocks: ['De nombreux parents craignent une nouvelle fermeture des classes.'], expected: [['vague-attribution', 'De nombreux parents craignent']] },
    { lang: 'en', blocks: ['Many Americans believe the economy is in recession.'], expected: [['vague-attribution', 'Many Americans believe']] },
    { lang: 'en', blocks: ['Some voters say they will stay home.'], expected: [['vague-attribution', 'Some voters say']] },
    { lang: 'fr', blocks: ['Le produit incarne le mal, bien que la science démente ses supposés méfaits.'], expected: [['vague-attribution', 'la science démente']] },
    { lang: 'en', blocks: ['Science says coffee is good for you.'], expected: [['vague-attribution', 'Science says']] },
    // Evidence appealed to as a whole, as the subject of its verb or of a relative clause.
    { lang: 'en', blocks: ['Scientific evidence shows the remedy does not work.'], expected: [['vague-attribution', 'Scientific evidence shows']] },
    { lang: 'en', blocks: ['Despite the scientific evidence that shows it does not work, he still sells it.'], expected: [['vague-attribution', 'the scientific evidence that shows']] },
    { lang: 'fr', blocks: ["Malgré la quantité considérable d'évidence scientifique qui démontre son inefficacité, il continue."], expected: [['vague-attribution', 'évidence scientifique qui démontre']] },
    { lang: 'fr', blocks: ['Les preuves scientifiques démontrent son inefficacité.'], expected: [['vague-attribution', 'Les preuves scientifiques démontrent']] },
    { lang: 'en', blocks: ['Scientific evidence from the Cochrane review shows the remedy does not work.'], expected: [] },
    { lang: 'en', blocks: ['According to a Facebook post, the singer was given the flag by a fan.'], expected: [['vague-attribution', 'According to a Facebook post']] },
    { lang: 'en', blocks: ['The project was estimated to cost twice as much.'], expected: [['vague-attribution', 'was estimated to']] },
    { lang: 'fr', blocks: ['Le 18 décembre, le conseiller com du président lâche « qu’Emmanuel Macron est disposé à améliorer le projet ». Ce que l’intéressé n’aurait guère apprécié.'], expected: [['anonymous-source', 'le conseiller com du président lâche'], ['vague-attribution', 'aurait guère apprécié']] },
    // negatives: a name qualifies the source, or a link backs it
    { lang: 'fr', blocks: ["Des experts de l'OMS estiment que la vaccination a progressé."], expected: [] },
    { lang: 'fr', blocks: [{ text: 'Des études montrent que le sommeil protège la mémoire.', links: [{ text: 'Des études', href: 'https://doi.org/10.1000/sleep' }] }], expected: [] },
    { lang: 'fr', blocks: ["Selon des informations du Monde, la réunion a été annulée."], expected: [] },
    { lang: 'en', blocks: ['Experts at the Brookings Institution say the plan is sound.'], expected: [] },
    { lang: 'en', blocks: ['According to reports by Human Rights Watch, the camps were closed.'], expected: [] },
    { lang: 'en', blocks: ['The researchers said their sample was small.'], expected: [] },
    { lang: 'en', blocks: ['Many of them said they learned the news from television.'], expected: [] },
    { lang: 'en', blocks: ['“People just can’t believe the garden when they see it,” Mr Rance said.'], expected: [] },
    { lang: 'en', blocks: ['You do not need to look to some other country that we think of as more mobile.'], expected: [] },
    { lang: 'en', blocks: ['Statistics back up some of his claims about crime.'], expected: [] },
    { lang: 'en', blocks: ['Economists who contend that savings are too low are mostly confused.'], expected: [] },
    { lang: 'en', blocks: ['Despite experts who say it does not work, he continues.'], expected: [] },
    { lang: 'en', blocks: ['Studies that show it works are rare.'], expected: [] },
    { lang: 'en', blocks: ['But the Babson College researchers argue that diversity matters most.'], expected: [] },
    // A group one names a member or the pollster of is no vague one.
    { lang: 'en', blocks: ['Some economists, including Jane Smith of Harvard, say growth will slow.'], expected: [] },
    { lang: 'en', blocks: ['Analysts polled by Reuters expect the bank to hold rates.'], expected: [] },
    { lang: 'fr', blocks: ['Des économistes, dont Jean Dupont, estiment que la croissance ralentira.'], expected: [] },
    { lang: 'en', blocks: ['Some economists say growth will slow.'], expected: [['vague-attribution', 'Some economists say']] },
    { lang: 'en', blocks: ['The deal is off, according to sources.'], expected: [['vague-attribution', 'according to sources']] },
    { lang: 'fr', blocks: ['Selon un sondage Ifop, beaucoup de Français estiment que la réforme est injuste.'], expected: [] },
    { lang: 'en', blocks: [{ text: 'Many Americans believe the economy is in recession, a Gallup poll found.', links: [{ text: 'a Gallup poll', href: 'https://news.gallup.com/poll/1' }] }], expected: [] },
    { lang: 'en', blocks: ['Some voters stood in line for hours on Tuesday.'], expected: [] },
    { lang: 'en', blocks: ['He studied science at Oxford and says it changed him.'], expected: [] },
    { lang: 'en', blocks: ['Feinstein and other Democrats said Wilson has shown hostility to voting rights.'], expected: [] },
    { lang: 'en', blocks: ['According to a Facebook post by Mayor John Smith, the road is closed.'], expected: [] },
    { lang: 'fr', blocks: ["Le texte a été rejeté par l'Assemblée nationale mardi."], expected: [] },
    { lang: 'en', blocks: ['The bill was rejected by the Senate Finance Committee.'], expected: [] },
    { lang: 'fr', blocks: ['La mairie publie un guide pour des parents, des enseignants et des élèves.'], expected: [] },
    { lang: 'en', blocks: ['Once Facebook shows your posts to a lot of people, you can take the next step.'], expected: [] },
    { lang: 'en', blocks: ['If you are around people who can change your life, for many kids, that is school.'], expected: [] },
    { lang: 'en', blocks: ['Instead of doing lucrative work for other people, he was going to retire.'], expected: [] },
    { lang: 'fr', blocks: ["Le plan donne plus d'accès pour des chercheurs, et moins de frais."], expected: [] },
    // A reaction claimed for experts no one names; not for residents, nor for experts the sentence places.
    { lang: 'fr', blocks: ['Voilà qui hérisse les scientifiques.'], expected: [['vague-attribution', 'hérisse les scientifiques']] },
    { lang: 'fr', blocks: ['Cette décision inquiète de nombreux experts.'], expected: [['vague-attribution', 'inquiète de nombreux experts']] },
    { lang: 'en', blocks: ['The move has alarmed economists.'], expected: [['vague-attribution', 'has alarmed economists']] },
    { lang: 'fr', blocks: ['La fermeture de l’usine inquiète les habitants.'], expected: [] },
    { lang: 'fr', blocks: ["Ce résultat inquiète les chercheurs de l'Inserm."], expected: [] },
    { lang: 'en', blocks: ['The decision alarmed scientists at NASA.'], expected: [] },
  ])('$lang: $blocks.0', check);
});

describe('anonymous-source and anonymous-source-justified', () => {
  test.each<Case>([
    { lang: 'fr', blocks: ['« Rien ne va plus », confie un haut fonctionnaire.'], expected: [['anonymous-source', 'confie un haut fonctionnaire']] },
    { lang: 'fr', blocks: ["Un chiraquien s'est souvenu du surnom peu flatteur."], expected: [['anonymous-source', "Un chiraquien s'est souvenu"]] },
    { lang: 'fr', blocks: ['« Il était redoutable », se souvient un ancien ministre.'], expected: [['anonymous-source', 'se souvient un ancien ministre']] },
    { lang: 'fr', blocks: ['Un député LR a confié que le texte passerait.'], expected: [['anonymous-source', 'Un député LR a confié']] },
    { lang: 'en', blocks: ['A Tory MP said the plan was dead.'], expected: [['anonymous-source', 'A Tory MP said']] },
    { lang: 'en', blocks: ['A senator, John Smith, said the plan was dead.'], expected: [] },
    { lang: 'fr', blocks: ['Un proche du dossier a affirmé que la vente était conclue.'], expected: [['anonymous-source', 'Un proche du dossier']] },
    { lang: 'en', blocks: ['“We are not ready,” a senior official said.'], expected: [['anonymous-source', 'a senior official said']] },
    { lang: 'en', blocks: ['One diplomat told reporters the summit was a failure.'], expected: [['anonymous-source', 'One diplomat told']] },
    { lang: 'en', blocks: ['“It is a band-aid,” one resident told the council.'], expected: [['anonymous-source', 'one resident told']] },
    { lang: 'fr', blocks: ['« On a eu peur », raconte une riveraine.'], expected: [['anonymous-source', 'raconte une riveraine']] },
    { lang: 'fr', blocks: ["« Nous partons », assure-t-on dans l'entourage du ministre."], expected: [['anonymous-source', "assure-t-on dans l'entourage du ministre"]] },
    { lang: 'fr', blocks: ['« Nous partons », assure-t-on à Matignon.'], expected: [] },
    // A question claims nothing, whoever asks it.
    { lang: 'fr', blocks: ['« Est-ce dangereux ? », demande une habitante.'], expected: [] },
    { lang: 'en', blocks: ['“Is it safe to go back?” one resident asked.'], expected: [] },
    { lang: 'fr', blocks: ['« On ne nous a rien demandé. On a appris le projet par une affiche », confie une habitante.'], expected: [['anonymous-source', '« On ne nous a rien demandé. On a appris']] },
    { lang: 'en', blocks: ['“Nobody asked us. We read it on a poster,” one resident told the council.'], expected: [['anonymous-source', '“Nobody asked us. We read it']] },
    { lang: 'en', blocks: ['A senior official said the plan was dead, speaking on condition of anonymity because he was not authorised to speak publicly.'], expected: [['anonymous-source-justified', 'condition of anonymity']] },
    { lang: 'en', blocks: ['“It is over,” a senior official said. The official spoke on condition of anonymity because the talks are confidential.'], expected: [['anonymous-source-justified', 'a senior official said']] },
    { lang: 'en', blocks: ['A source who insisted on anonymity said the talks had failed.'], expected: [['anonymous-source-justified', 'A source who insisted on anonymity said']] },
    { lang: 'en', blocks: ['A source who was close to the talks said they had failed.'], expected: [['anonymous-source', 'A source who was close to the talks said']] },
    { lang: 'en', blocks: ['Two officials said the talks had failed, speaking on the condition that they not be named.'], expected: [['anonymous-source-justified', 'Two officials said']] },
    { lang: 'fr', blocks: ["Un diplomate, sous le sceau de l'anonymat, affirme que les discussions ont échoué."], expected: [['anonymous-source-justified', 'Un diplomate']] },
    { lang: 'fr', blocks: ['Un diplomate qui souhaite rester anonyme affirme que les discussions ont échoué.'], expected: [['anonymous-source-justified', 'Un diplomate qui souhaite rester anonyme affirme']] },
    { lang: 'fr', blocks: ['Selon nos informations, le directeur quittera ses fonctions en juin.'], expected: [['anonymous-source-justified', 'Selon nos informations']] },
    { lang: 'fr', blocks: ["Un enquêteur, qui a requis l'anonymat, décrit une scène chaotique."], expected: [['anonymous-source-justified', "requis l'anonymat"]] },
    { lang: 'fr', blocks: ['Qualifié de « gourou de la majorité » par un dirigeant de LREM, il sait entretenir ses réseaux.'], expected: [['anonymous-source', 'par un dirigeant de LREM']] },
    { lang: 'en', blocks: ['Zimbabwean intelligence reports seen by Reuters suggest the army is divided.'], expected: [['anonymous-source', 'reports seen by Reuters']] },
    { lang: 'en', blocks: ['Woody Allen’s memoir has found a new home, The Associated Press has learned.'], expected: [['anonymous-source', 'has learned']] },
    { lang: 'en', blocks: ['I have learned the value of hard work.'], expected: [] },
    { lang: 'en', blocks: ['The deal is off, according to people familiar with the matter.'], expected: [['anonymous-source', 'people familiar with the matter']] },
    { lang: 'en', blocks: ['The deal is off, Bloomberg reported, citing unnamed sources.'], expected: [['anonymous-source', 'citing unnamed sources']] },
    // What was learned from someone named is on the record; learning a skill or a piece of news is no outlet's hearsay.
    { lang: 'fr', blocks: ['Le suspect a été interpellé, a-t-on appris auprès du parquet de Nanterre.'], expected: [] },
    { lang: 'fr', blocks: ['Le suspect a été interpellé, a-t-on appris dimanche auprès de la préfecture.'], expected: [] },
    { lang: 'fr', blocks: ["Le suspect a été interpellé, a-t-on appris auprès d'une source proche de l'enquête."], expected: [['anonymous-source', "une source proche de l'enquête"]] },
    { lang: 'fr', blocks: ["Le suspect a fui, a appris l'AFP de source policière."], expected: [['anonymous-source', 'a appris']] },
    { lang: 'fr', blocks: ['Marie a appris la nouvelle par la radio, un matin de juin.'], expected: [] },
    { lang: 'en', blocks: ['Smith has learned to live with the pain since the accident.'], expected: [] },
    { lang: 'en', blocks: ['The suspect fled, NBC News has learned.'], expected: [['anonymous-source', 'News has learned']] },
    { lang: 'en', blocks: ['The incident is regrettable, although the Kobe Red Cross Hospital has enough masks, an official said.'], expected: [] },
    // negatives: the speaker is named, or the noun is not a person
    { lang: 'fr', blocks: ['« Rien ne va plus », confie un haut fonctionnaire, Jean Martin, directeur du budget.'], expected: [] },
    { lang: 'fr', blocks: ['Le tourisme reste une source de revenus essentielle, explique la maire, Anne Leroy.'], expected: [] },
    { lang: 'en', blocks: ['“We are not ready,” said Jane Okafor, the health minister.'], expected: [] },
    { lang: 'en', blocks: ['In an official statement, the ministry said the site would reopen.'], expected: [] },
  ])('$lang: $blocks.0', check);
});

describe('placeholder-attribution and citation-needed-marker', () => {
  test.each<Case>([
    { lang: 'fr', blocks: [{ kind: 'quote', text: '« Les promesses ne sont pas tenues. » [Source officielle]' }], expected: [['placeholder-attribution', '« Les promesses ne sont pas tenues. » [Source officielle]']] },
    { lang: 'fr', blocks: ['Le taux de chômage aurait doublé (source : internet).'], expected: [['placeholder-attribution', '(source : internet)']] },
    { lang: 'en', blocks: ['“The vaccine is dangerous,” [source] warned last week.'], expected: [['placeholder-attribution', '“The vaccine is dangerous,” [source]']] },
    { lang: 'en', blocks: ['The tower is the oldest in Europe.[citation needed]'], expected: [['citation-needed-marker', 'oldest in Europe.[citation needed]']] },
    { lang: 'fr', blocks: ['Le château serait le plus ancien de France [réf. nécessaire].'], expected: [['citation-needed-marker', 'le plus ancien de France [réf. nécessaire]']] },
    // negatives: a placeholder that is a link, a real source in parentheses
    { lang: 'en', blocks: [{ text: 'The tower was finished in 1889 [source].', links: [{ text: '[source]', href: 'https://www.britannica.com/topic/tower' }] }], expected: [] },
    { lang: 'fr', blocks: ['Le nombre de demandeurs a baissé (source : Insee).'], expected: [] },
    { lang: 'en', blocks: ['Both departments must be on the same (web) page.'], expected: [] },
  ])('$lang: $blocks.0', check);
});

describe('unnamed-official-statement', () => {
  test.each<Case>([
    { lang: 'fr', blocks: ['Des mesures, telles que des déclarations officielles, ont été prises.'], expected: [['unnamed-official-statement', 'déclarations officielles']] },
    {
      lang: 'fr',
      blocks: ['Les gouvernements de la région ont exprimé leurs préoccupations. Des déclarations officielles ont suivi.'],
      expected: [['unnamed-official-statement', 'Les gouvernements de la région ont exprimé leurs préoccupations. Des déclarations officielles ont suivi.']],
    },
    { lang: 'en', blocks: ['Officials have said the border will stay closed.'], expected: [['anonymous-source', 'Officials have said']] },
    { lang: 'en', blocks: ['Government sources insist the policy is working.'], expected: [['anonymous-source', 'Government sources insist']] },
    { lang: 'en', blocks: ['City officials say work will begin in the spring.'], expected: [['anonymous-source', 'City officials say']] },
    { lang: 'fr', blocks: ['De source policière, on évoque la piste accidentelle.'], expected: [['unnamed-official-statement', 'De source policière']] },
    // negatives: the statement is named or linked
    { lang: 'fr', blocks: ['Des déclarations officielles du Kremlin ont suivi.'], expected: [] },
    { lang: 'en', blocks: [{ text: 'An official statement released on Monday confirmed the closure.', links: [{ text: 'official statement', href: 'https://www.gov.uk/government/news/closure' }] }], expected: [] },
    { lang: 'en', blocks: ['US officials said the talks would resume.'], expected: [['anonymous-source', 'US officials said']] },
  ])('$lang: $blocks.0', check);
});

describe('unsourced-verification-claim', () => {
  test.each<Case>([
    { lang: 'fr', blocks: ['Cet article a été vérifié, recoupé, reformulé et enrichi selon notre ligne éditoriale.'], expected: [['unsourced-verification-claim', 'vérifié, recoupé']] },
    { lang: 'en', blocks: ['This article has been fact-checked by our team.'], expected: [['unsourced-verification-claim', 'fact-checked']] },
    // negatives: a credit line, a check against a named source
    { lang: 'fr', blocks: ['Article rédigé, reformulé et vérifié par Jeanne Morel.'], expected: [] },
    { lang: 'fr', blocks: ["Ces chiffres ont été vérifiés auprès de l'Insee."], expected: [] },
    { lang: 'en', blocks: ['The figures were verified against Eurostat data.'], expected: [] },
  ])('$lang: $blocks.0', check);
});

describe('unsourced-figure', () => {
  test.each<Case>([
    { lang: 'fr', blocks: ['Des millions de travailleurs sont concernés.'], expected: [['unsourced-figure', 'Des millions de travailleurs']] },
    { lang: 'fr', blocks: ['Le chômage a atteint 12,4 % cette année.'], expected: [['unsourced-figure', '12,4 %']] },
    { lang: 'fr', blocks: ['Le site emploie 12 000 salariés.'], expected: [['unsourced-figure', '12 000 salariés']] },
    { lang: 'fr', blocks: ['Le projet coûtera 3 milliards d’euros.'], expected: [] },
    { lang: 'en', blocks: ['Unemployment rose to 7.2 per cent.'], expected: [['unsourced-figure', '7.2 per cent']] },
    { lang: 'en', blocks: ['The scheme cost taxpayers $4.5bn.'], expected: [] },
    { lang: 'en', blocks: ['One in three children now lives in poverty.'], expected: [['unsourced-figure', 'One in three']] },
    { lang: 'en', blocks: ['Thousands of jobs will go.'], expected: [['unsourced-figure', 'Thousands of jobs']] },
    // negatives: dates, years, times, ages, ordinals, small counts, sourced figures, headings
    { lang: 'fr', blocks: ['Selon un sondage Ifop, 62 % des Français soutiennent la réforme.'], expected: [] },
    { lang: 'fr', blocks: ['« Nous avons perdu 300 emplois en un an », déplore la maire.'], expected: [] },
    { lang: 'en', blocks: ['“A $2 trillion tax cut at the end of a cycle won’t end well,” the senator said.'], expected: [] },
    { lang: 'en', blocks: ['According to a Gallup survey, 62% of voters back the plan.'], expected: [] },
    { lang: 'fr', blocks: ['Le 14 novembre 2025 à 06:10, la séance a repris.'], expected: [] },
    { lang: 'fr', blocks: ['Âgé de 45 ans, il vit ici depuis 1998 et fête son 3e mandat.'], expected: [] },
    { lang: 'fr', blocks: ['Trois ministres et 27 pays étaient représentés.'], expected: [] },
    { lang: 'fr', blocks: ["Le chômage a atteint 7,4 %, selon l'Insee."], expected: [] },
    { lang: 'fr', blocks: ['Le chômage a atteint 7,4 %. C’est ce que montre la dernière note de l’Insee, a précisé Marc Durand.'], expected: [] },
    { lang: 'en', blocks: [{ text: 'Unemployment rose to 7.2 per cent in May.', links: [{ text: 'rose', href: 'https://www.ons.gov.uk/bulletin' }] }], expected: [] },
    { lang: 'en', blocks: ['The 2024 budget was passed on March 3 at 10:30 pm by 21st-century standards.'], expected: [] },
    { lang: 'en', blocks: [{ kind: 'heading', text: 'Inflation hits 9 per cent' }], expected: [] },
    { lang: 'en', blocks: ['Unemployment rose to 7.2 per cent, the Office for National Statistics said.'], expected: [] },
    { lang: 'en', blocks: ['According to whale rescue group Project Jonah, 140 pilot whales died.'], expected: [] },
    { lang: 'en', blocks: ['The plan covers 140 miles of road, the public works department said.'], expected: [] },
    { lang: 'en', blocks: ['The song is quoted in Shelton, p. 313, and in the ISBN 9780864733283 edition.'], expected: [] },
    { lang: 'en', blocks: ['The region has more than 40 million square kilometres of ocean.[12]'], expected: [] },
    { lang: 'en', blocks: ['16.6%'], expected: [] },
    { lang: 'en', blocks: ['For billions of years the planet was covered in ice.'], expected: [] },
    { lang: 'fr', blocks: ['Le club est à 3 points du leader avec deux matches en moins.'], expected: [] },
    { lang: 'en', blocks: ['Configure the destination in the same half of the device.'], expected: [] },
    { lang: 'fr', blocks: ['Nous avons recensé 1 200 cas depuis janvier dans nos archives.'], expected: [] },
    { lang: 'en', blocks: ['The works will widen the culvert at 8777 Frederick Road next spring.'], expected: [] },
    { lang: 'fr', blocks: ['Selon la ligne éditoriale de Journal-Exemple, 12 000 lecteurs suivent le site.'], expected: [] },
    { lang: 'fr', blocks: ['Selon la chambre régionale des comptes, 1 200 postes sont vacants.'], expected: [] },
    { lang: 'fr', blocks: ['Selon un sondage en ligne réalisé par l’organisation, 5500 élèves ne prendront pas le bus.'], expected: [] },
    { lang: 'en', blocks: ['A survey conducted by the union found that 62% of nurses plan to leave.'], expected: [] },
    { lang: 'en', blocks: ['One of your bigger findings is around wealth. 50% of kids don’t earn as much as their parents did.'], expected: [] },
    { lang: 'en', blocks: ['Simple eBay security flaw exposed millions of users to phishing.'], expected: [] },
  ])('$lang: $blocks.0', check);
});

describe('provenance lines are not findings', () => {
  test.each<Case>([
    { lang: 'fr', blocks: ['Date de publication : 2025-07-10 06:10:00'], expected: [] },
    { lang: 'fr', blocks: ['Par Jeanne Morel, avec AFP'], expected: [] },
    { lang: 'en', blocks: ['Reporting by Tom Hale; editing by Ann Lee'], expected: [] },
    { lang: 'en', blocks: ['Updated 14 March 2026, 10:02 GMT'], expected: [] },
    { lang: 'fr', blocks: ['Auteur : Jeanne Morel. Cet article a été vérifié et recoupé.'], expected: [['unsourced-verification-claim', 'Cet article a été vérifié et recoupé.']] },
  ])('$lang: $blocks.0', check);
});

describe('language choice', () => {
  test.each([
    { lang: null, text: 'Des experts estiment que la réforme échouera, et les syndicats sont inquiets pour la suite du mouvement.', count: 1 },
    { lang: 'fr-CA', text: 'Des experts estiment que la réforme échouera.', count: 1 },
    { lang: 'de', text: 'Experts say the bridge is unsafe and that the city has not acted on the warnings of the inspectors.', count: 1 },
    { lang: 'de', text: 'Experten sagen, dass die Brücke unsicher ist und die Stadt nicht auf die Warnungen der Prüfer reagiert hat.', count: 1 },
    { lang: 'es', text: 'El gobierno dice que expertos estiman que la economía crecerá un 3 % el año que viene, según los informes.', count: 0 },
    { lang: 'en', text: 'El gobierno dice que expertos estiman que la economía crecerá un 3 % el año que viene, según los informes.', count: 0 },
    { lang: 'fr', text: 'Experts say the bridge is unsafe and that the city has not acted on the warnings of the inspectors.', count: 1 },
    { lang: null, text: 'Kurz.', count: 0 },
  ])('$lang', ({ lang, text, count }) => {
    const result = analyzeSourcing(snapshotOf([text]), { lang, pageDomain: null });
    expect(result.warnings.length).toBe(count);
  });
});

describe('sources named by a back-reference', () => {
  const named = (lang: 'fr' | 'en', blocks: BlockSpec[]): string[] =>
    analyzeSourcing(snapshotOf(blocks), { lang, pageDomain: null }).sources.map((source) => `${source.kind}:${source.name ?? source.description ?? ''} ×${source.passages.length}`);

  test.each<['fr' | 'en', BlockSpec[], string[]]>([
    // "he", "she" go to the person the sentence before introduces, not to a speaker further back; "He added" after others stays with the speaker.
    ['en', ['Michael Fitton, defending, said the plumber had a clean record.', 'Mr Anderson, who founded the company, had taken the witness box.', 'He proudly told the jury how his daughter had been days away from a placement.'], ['person:Michael Fitton ×1', 'person:Anderson ×1']],
    ['en', ['Noah Wall said the rally would go ahead.', 'Carol Hefner, an Oklahoma co-chair of the campaign, helped organise a protest last week.', '“The wind has helped us here,” she said.'], ['person:Noah Wall ×1', 'person:Carol Hefner ×1']],
    ['en', ['Noah Wall said the rally would go ahead.', 'Like Carol Hefner, many organisers helped with the protest.', '“The wind has helped us here,” he said.'], ['person:Noah Wall ×2']],
    ['en', ['Judge Ford said the plumber had shown remorse.', 'Mr Hartley stood in the dock.', 'He added that the sentence had to be served at once.'], ['person:Ford ×2']],
    ['en', ['Chris Wilder said the side had played well.', 'Goalkeeper Dean Henderson has impressed on loan.', 'He added that the club would decide in the summer.'], ['person:Chris Wilder ×2']],
    // "I" never stands for a body: the writer's "I wrote" after "Alibaba said" is nobody's source.
    ['en', ['Shares of Alibaba fell, but Alibaba said its profit rose sharply.', 'I wrote about the deal last year.'], ['organisation:Alibaba ×1']],
    // « selon lui », "according to her": the person named before.
    ['fr', ['Éric Chauvier souligne la concomitance de leur essor avec la crise.', "La hausse des abonnés illustrerait selon lui l'expression d'un malaise."], ['person:Éric Chauvier ×2']],
    // "his spokesman" speaks for a person, never for the last body named.
    ['en', ['Opposition leader Morgan Tsvangirai returned to Harare late on Wednesday, his spokesman said.'], ['person:Morgan Tsvangirai ×1']],
    ['en', ['The Acme Corporation said profits rose.', 'The founder is recovering well, his spokesman said.'], ['organisation:Acme Corporation ×1']],
    // "They" never stands for one person: after unnamed officials it is theirs, not the last person named.
    ['en', ['Eric Reeves said the sanctions would fail.', 'Obama administration officials said late Thursday that the talks went well.', 'They said that Sudan had a long way to go.'], ['person:Eric Reeves ×1', 'anonymous:Obama administration officials ×1']],
    // Whoever another speaker reports is no source of the article's ("South Africa said Mr Mugabe had told…"); a "he" right after may still be them.
    ['en', ['South Africa said Mr Mugabe had told President Jacob Zuma by telephone that he was fine.'], ['organisation:South Africa ×1']],
    ['en', ['Our sources say Lupita told cops the dress was taken from her room.'], ['anonymous:Our sources ×1']],
    ['en', ['The critic Jon Pareles reported that Bob Dylan says he follows no religion.', 'In 2004 he told Ed Bradley that lying to yourself is the worst.'], ['person:Jon Pareles ×1', 'person:Bob Dylan ×1']],
    ['en', ['Jane Smith said the plan failed, and Tom Jones said it would work.'], ['person:Jane Smith ×1', 'person:Tom Jones ×1']],
    ['en', ['Jane Smith said the IMF estimates growth at 2 percent.'], ['person:Jane Smith ×1', 'organisation:IMF ×1']],
    ['en', ['Reuters reported that sources said the talks had failed.'], ['media:Reuters ×1', 'anonymous:sources ×1']],
    // A family name alone is the person a heading names in full.
    ['en', [{ text: 'Snopes staff writer David Emery posted to Twitter', kind: 'heading' }, 'Emery retweeted the story, saying it was fake.'], ['person:David Emery ×1']],
    ['en', ['The masks were kept at the Japanese Red Cross Kobe Hospital.', 'The hospital reported the incident to the police.'], ['organisation:Japanese Red Cross Kobe Hospital ×1']],
    ['en', ["A report released on Monday by Stanford University's Center on Poverty and Inequality calls that into question.", 'The report concluded that the safety net was ineffective.'], ["document:report by Stanford University's Center on Poverty and Inequality ×1"]],
    ['fr', ["Le 11 janvier, l'agence Health Canada a fait de même.", '« Il n’est pas cancérogène », écrit l’agence.'], ['organisation:Health Canada ×1']],
    // An unnamed source the sentence credits is one entry, not also a vague group.
    ['en', ['Sources close to EMC said the deal was off.'], ['anonymous:Sources close to EMC ×1']],
    // With nothing of its kind named before, "the company" is no source called "company".
    ['en', ['Shares fell sharply on Tuesday.', 'The company said the quarter was difficult.'], []],
    // "the report" points at a document only through its author ("the report suggested the U.S." names no author).
    ['en', ['The report also suggested the U.S. might not be a jobs machine.', 'The report said the safety net was weak.'], []],
    // A work named by its title is a document, whether a cue credits it or it is only drawn on.
    ['fr', ["Selon le livre Le charme discret de l'intestin, le ventre pense.", "C'est grâce au livre Le charme discret de l'intestin, paru en 2014, que le public a découvert le microbiote."], ["document:Le charme discret de l'intestin ×2"]],
    ['en', ['In his book The Road to Serfdom, the economist warned against planning.'], ['document:The Road to Serfdom ×1']],
  ])('%s: %s', (lang, blocks, expected) => {
    expect(named(lang, blocks)).toEqual(expected);
  });

  test.each<[string | null, string[]]>([
    // The site itself, however short its name, is no source of its own page; elsewhere it is an outlet.
    ['bbc.com', ['person:Barack Obama', 'media:CNN']],
    ['cnn.com', ['person:Barack Obama', 'media:BBC']],
    [null, ['person:Barack Obama', 'media:BBC', 'media:CNN']],
  ])('on %s, the outlets told are %j', (pageDomain, expected) => {
    const snapshot = snapshotOf(['Barack Obama told the BBC that the law had failed.', 'Obama told CNN the same.']);
    const sources = analyzeSourcing(snapshot, { lang: 'en', pageDomain }).sources.map((source) => `${source.kind}:${source.name ?? ''}`);
    expect([...sources].sort()).toEqual([...expected].sort());
  });
});

describe('names that are not sources', () => {
  const named = (lang: 'fr' | 'en', blocks: string[]): string[] =>
    analyzeSourcing(snapshotOf(blocks), { lang, pageDomain: null }).sources.map((source) => `${source.kind}:${source.name ?? source.description ?? ''}`);

  test.each<['fr' | 'en', string[], string[]]>([
    // A headline of a link list, in Title Case, is no claim and credits no one.
    ['en', ['Biden Lead Grows 5 Points Amid Protests, Most Americans Think Trump Is Racist, Poll Finds (Forbes)'], []],
    ['en', ['"Steven Van Zandt Tells The Story Of Sun City And Fighting Apartheid In South Africa".'], []],
    // A quoted headline inside prose leaves the prose read.
    ['en', ['A Monday headline in the Wall Street Journal reads, "The Federal Reserve Is Changing What It Means to Be a Central Bank."'], ['media:Wall Street Journal']],
    // A word that opens a sentence is no name.
    ['en', ['Yeah, that is right, the mayor said.', 'Meanwhile Jane Doe said nothing at all.'], ['person:Jane Doe']],
    ['fr', ['Pourtant Martine Aubry a dit que tout allait bien.'], ['person:Martine Aubry']],
    // The name after a title is the person, the title is the role.
    ['en', ['Senate Majority Leader Mitch McConnell called Wilson an outstanding nominee.', 'McConnell said there will be no vacancies.'], ['person:Mitch McConnell']],
    ['en', ['Opposition Leader Bill Shorten said in a letter that the bill was flawed.'], ['person:Bill Shorten']],
  ])('%s: %s', (lang, blocks, expected) => {
    expect(named(lang, blocks)).toEqual(expected);
  });
});

describe('where a source is found', () => {
  const passages = (lang: 'fr' | 'en', blocks: string[]): string[] =>
    analyzeSourcing(snapshotOf(blocks), { lang, pageDomain: null }).sources.flatMap((source) => source.passages.map((passage) => `${source.name ?? ''}: ${passage.exact}`));

  test.each<['fr' | 'en', string[], string[]]>([
    // A publication's passage runs from the cue to the end of its name, whatever describes it first.
    ['en', ['The decree comes into force once it is published in the official Bulletin of the President of Ukraine.'], ['Bulletin of the President of Ukraine: published in the official Bulletin of the President of Ukraine']],
    ['en', ['The study, published in Nature, shows it.'], ['Nature: published in Nature']],
  ])('%s: %s', (lang, blocks, expected) => {
    expect(passages(lang, blocks)).toEqual(expected);
  });
});

describe('vague groups in the inventory', () => {
  const groups = (lang: 'fr' | 'en', blocks: string[]): string[] =>
    analyzeSourcing(snapshotOf(blocks), { lang, pageDomain: null }).sources.filter((source) => source.kind === 'vague').map((source) => `${source.description ?? ''} ×${source.passages.length}`);

  test.each<['fr' | 'en', string[], string[]]>([
    // The group's own words, without the verb or the cue, whatever the order.
    ['en', ['The economy will slow next year, say economists.'], ['economists ×1']],
    ['en', ['About 50 other people were wounded, according to local news reports.'], ['local news reports ×1']],
    ['en', ['Most restaurant owners say the rules are too strict.'], ['Most restaurant owners ×1']],
    ['en', ['Some might think the plan is bold.', 'Some observers might argue it is reckless.'], ['Some ×1', 'Some observers ×1']],
    ['fr', ['Selon plusieurs sources, le ministre pourrait démissionner.'], ['plusieurs sources ×1']],
    ["fr", ["Beaucoup d'analystes tablent sur une baisse des taux."], ["Beaucoup d'analystes ×1"]],
    ['fr', ['Beaucoup de salariés craignent de ne pas retrouver d’emploi.'], ['Beaucoup de salariés ×1']],
    // One group however its findings word it.
    ['en', ['Critics say the law is unfair.', 'Critics argue it will not pass.'], ['Critics ×2']],
  ])('%s: %s', (lang, blocks, expected) => {
    expect(groups(lang, blocks)).toEqual(expected);
  });
});
