import { describe, expect, test } from 'vitest';
import { deLexicon as de } from '../../languages/de/sourcing';
import { enLexicon as en } from '../../languages/en/sourcing';
import { frLexicon as fr } from '../../languages/fr/sourcing';
import { attributionsIn } from './attributions';
import { compileLexicon } from './compiled-lexicon';
import { sentenceWords } from './triggers';

const LEXICONS = { de, en, fr };

/** A speaker as the table writes it: `kind:name-or-description`, with ` [role]` when the article gives one. */
function speakersOf(lang: keyof typeof LEXICONS, sentence: string): string[] {
  const lex = compileLexicon(LEXICONS[lang]);
  return attributionsIn(sentence, sentenceWords(sentence), lex, 'journal').map(({ speaker }) => {
    const role = speaker.role === null ? '' : ` [${speaker.role}]`;
    return `${speaker.kind}:${speaker.name ?? speaker.description ?? ''}${role}`;
  });
}

describe('who a sentence credits', () => {
  test.each<[keyof typeof LEXICONS, string, string[]]>([
    // Subject before the verb, with titles and appositions.
    ['en', 'Georgetown University said in a statement Tuesday that Williams was suspended.', ['organisation:Georgetown University']],
    ['en', 'Kenosha County District Attorney Michael Graveley told reporters on Tuesday.', ['person:Michael Graveley [Kenosha County District Attorney]']],
    ['en', 'The talks would go on, Secretary of State Mike Pompeo said.', ['person:Mike Pompeo [Secretary of State]']],
    ['fr', 'Les discussions continueront, a déclaré la ministre des Sports Laura Flessel.', ['person:Laura Flessel [ministre des Sports]']],
    // A party's acronym after a titled person leaves them a person; a body's own acronym makes a body.
    ['fr', "Le vice-Premier ministre et ministre de l'Intérieur Jan Hamáček (ČSSD) avait estimé que le ministre avait perdu toute crédibilité.", ["person:Jan Hamáček (ČSSD) [vice-Premier ministre et ministre de l'Intérieur]"]],
    ['fr', "L'Ottawa School Transportation Authority (OSTA) dit qu'elle doit s'adapter.", ['organisation:Ottawa School Transportation Authority (OSTA)']],
    // A French body's name goes on in lower case after a body's word of one word or two, a title's adjective included.
    ['fr', 'Selon la Direction générale de la santé, le virus recule.', ['organisation:Direction générale de la santé']],
    ['fr', 'Selon le Haut Conseil de la santé publique, le masque reste utile.', ['organisation:Haut Conseil de la santé publique']],
    ['fr', 'Selon la Haute Autorité de santé, le vaccin est sûr.', ['organisation:Haute Autorité de santé']],
    // In English a lower-case word ends a body's name.
    ['en', 'According to the State Department diplomatic note, Beblawi was immune.', ['organisation:State Department']],
    // The role before a name: after the whole cue, behind an elided article.
    ['en', 'According to economist Jane Smith, the reform will fail.', ['person:Jane Smith [economist]']],
    ['fr', "Selon l'économiste Jean Dupont, la réforme échouera.", ['person:Jean Dupont [économiste]']],
    // A possessive opens the role: what comes before it is the sentence, not the title.
    ['en', 'He accepted the resignation of his defense minister Kim Yong-hyun, who said he took full responsibility.', ['person:Kim Yong-hyun [defense minister]']],
    ['fr', 'Il a accepté la démission de son ministre de la Défense Kim Yong-hyun, qui a dit assumer.', ['person:Kim Yong-hyun [ministre de la Défense]']],
    // After a named person, "from" and "with" give their workplace; after a title alone, the name is the body's.
    ['en', 'Agent Scott Rance from Rance Property said there has been no such problem.', ['person:Scott Rance [Agent]']],
    ['en', 'Jane Doe with the ACLU said the law was struck down.', ['person:Jane Doe [ACLU]']],
    ['en', 'A spokesman from Google said the plan failed.', ['organisation:Google']],
    // An apposition that a preposition opens on a body gives the body the person is with; on anything else, no role.
    ['en', '“Jump now,” said Rory O’Driscoll, of Scale Venture Partners.', ['person:Rory O’Driscoll [Scale Venture Partners]']],
    ['en', '“Jump now,” said Rory O’Driscoll, of course.', ['person:Rory O’Driscoll']],
    ['fr', "« Sautez », a dit Marie Dupont, de l'Insee.", ['person:Marie Dupont [Insee]']],
    // A relative clause closing an apposition says what the person did, not their role.
    ['fr', "« Nous voterons contre », a déclaré Pouria Amirshahi, député socialiste des Français de l'étranger qui a également voté contre.", ["person:Pouria Amirshahi [député socialiste des Français de l'étranger]"]],
    ['en', '“It failed,” said Bryan Koon, former director of the Florida Division of Emergency Management who is now a disaster consultant.', ['person:Bryan Koon [former director of the Florida Division of Emergency Management]']],
    // After the verb as before it, a body or a place written as an adjective leaves the official unnamed; a spokesperson is the body's voice.
    ['en', 'The talks failed, said a senior U.S. official.', ['anonymous:a senior U.S. official']],
    ['en', 'The talks failed, said a French official.', ['anonymous:a French official']],
    ['en', 'The talks failed, a Pentagon official said.', ['anonymous:a Pentagon official']],
    ['en', 'The talks failed, said a Google spokesman.', ['organisation:Google']],
    // A body's own website is the body's word; an outlet's name closed by a media word is the outlet.
    ['en', 'The rate was unchanged, according to the Social Security Administration website.', ['organisation:Social Security Administration']],
    ['en', 'Rolling Stone magazine said the tour was cancelled.', ['media:Rolling Stone']],
    ['en', 'As Mashable reports, the company announced a minimum fare.', ['media:Mashable', 'carried:company']],
    ['en', 'Commenter Paul Stoffregen said the code was fine.', ['person:Paul Stoffregen [Commenter]']],
    // Dotted initials go on in an apposition; a body is described only by what its article opens.
    ['en', '“It can’t be repaired,” said Martin Indyk, executive vice president of the Brookings Institution and a former U.S. ambassador to Israel.', ['person:Martin Indyk [executive vice president of the Brookings Institution and a former U.S. ambassador to Israel]']],
    ['en', 'First Round Capital, an early-stage venture firm, said it raised $100 million.', ['organisation:First Round Capital [early-stage venture firm]']],
    ['en', 'Amazon had more than 100 brands as of last July, according to Coresight Research, double the number in 2017.', ['organisation:Coresight Research']],
    // A lone word and a full name, both subjects of the verb: the lone word is a family name the article may give in full.
    ['en', 'Hamilton and Ellen Gille wrote the code for the landing.', ['organisation:Hamilton', 'person:Ellen Gille']],
    ['en', 'Marks and Spencer said sales fell.', ['organisation:Marks and Spencer']],
    // A relative clause says something of the speaker, it is no role; a role before the name loses the clause's opening words.
    ['en', 'Donald J. Trump, who seems kind of sensitive about the golfing, said he would play.', ['person:Donald J. Trump']],
    ['fr', "Jean Dupont, qui dirige l'usine, a déclaré que tout allait bien.", ['person:Jean Dupont']],
    ['en', 'But the leader of Ennahda, Rachid Ghannouchi, said the attack was cowardly.', ['person:Rachid Ghannouchi [leader of Ennahda]']],
    // A relative clause cut by its comma is no part of the role.
    ['fr', 'Le film relate l’enquête de l’activiste Victoria Cruz, membre de l’organisation Anti-Violence Project à New York qui, avant de partir, réclame justice.', ['person:Victoria Cruz [membre de l’organisation Anti-Violence Project à New York]']],
    // A body's noun right before a name says it names a body; a title before one, a person.
    ['en', 'The whales died, according to whale rescue group Project Jonah.', ['organisation:Project Jonah']],
    ['fr', "Les baleines sont mortes, selon l'association Robin des Bois.", ['organisation:Robin des Bois']],
    ['en', 'Company founder Jeff Bezos said the store would open.', ['person:Jeff Bezos [Company founder]']],
    // A company described by its trade is a body, not a person with a role.
    ['en', 'Zenefits, a San Francisco startup, said it would appeal.', ['organisation:Zenefits [San Francisco startup]']],
    ['fr', "Renault, le constructeur automobile, a indiqué qu'il ferait appel.", ['organisation:Renault [constructeur automobile]']],
    ['en', 'Raysean White, the bystander who recorded the video, said he heard police yelling.', ['person:Raysean White [bystander]']],
    ['en', "Blake's family attorney, Benjamin Crump, said the decision was wrong.", ["person:Benjamin Crump [Blake's family attorney]"]],
    ['en', 'In 2016, LVMH CFO Jean-Jacques Guiony said that there was no way.', ['person:Jean-Jacques Guiony [LVMH CFO]']],
    ["en", "USA TODAY's Jefferson Graham said the camera sold out.", ["person:Jefferson Graham [USA TODAY's]"]],
    ['en', "Apple's iTunes Store said sales grew.", ["organisation:Apple's iTunes Store"]],
    ['en', 'Commonwealth Secretary-General Patricia Scotland said the awards drew 40 countries.', ['person:Patricia Scotland [Commonwealth Secretary-General]']],
    ['en', 'Eric Reeves, one of the leading academic voices on Sudan, said he was appalled.', ['person:Eric Reeves [one of the leading academic voices on Sudan]']],
    ['fr', 'Muriel Pénicaud a déclaré qu’elle n’avait rien à se reprocher.', ['person:Muriel Pénicaud']],
    // A modal makes the verb a possibility, not words given ("May", capitalised, is a month).
    ['en', 'Whatever deity Jason may believe in, the rules stay.', []],
    ['fr', 'Paul Dupont pourrait annoncer des mesures.', []],
    // A possessive after the verb opens the reported clause; a title in the aside makes a one-word name a person.
    ['en', 'Lee, the Democratic Party leader, said Yoon’s declaration had caused chaos.', ['person:Lee [Democratic Party leader]']],
    // A name with an acronym of its own is a body's; a gallery is one.
    ['fr', "L'Ottawa School Transportation Authority (OSTA) dit qu'elle doit s'adapter.", ['organisation:Ottawa School Transportation Authority (OSTA)']],
    ['en', 'In July 2011, a leading contemporary art gallery, Gagosian Gallery, announced its representation of the paintings.', ['organisation:Gagosian Gallery']],
    // One body's name across "and" when the body word closes it; brands, interjections and abbreviated months name no one.
    ['en', 'Tourism accounts for 15 percent of GDP, according to the World Travel and Tourism Council, an industry body.', ['organisation:World Travel and Tourism Council [industry body]']],
    ['en', 'Engineers were citing JFrog Artifactory as core infrastructure.', ['organisation:JFrog Artifactory']],
    ['en', 'Our co-founder Ilya was like, "Well, what if we took this library, added ourselves as the fourth service?"', []],
    ['en', 'The offering, considered a final attempt at relief, was blocked by Democrats Sept. 10.', []],
    ['en', 'The New Yorker commented that Dylan had welded a pre-rock sound to his vocals.', ['media:New Yorker']],
    ['en', 'Engineers pull data from the Cloud services that they were using.', []],
    // A family name's particle where a clause opens on it; the name a title governs is not its holder's.
    ['en', 'Neon made them perfect for signs, de Miranda notes.', ['person:de Miranda']],
    ['fr', 'Pour les signes, de Villepin estime que tout va bien.', ['person:de Villepin']],
    ['en', 'The mayor of Paris said nothing would change.', ['carried:The mayor of Paris']],
    ['fr', 'Le ministre de la Santé a indiqué que rien ne changeait.', ['carried:Le ministre de la Santé']],
    ['fr', 'Le ministre de la Santé Roman Prymula a déclaré que tout allait bien.', ['person:Roman Prymula [ministre de la Santé]']],
    // A place after a preposition says where the speaker is, across an article and a hyphenated adjective.
    ['en', 'The Palestinian Authority in the Israeli-occupied West Bank has announced a partial lockdown.', ['organisation:Palestinian Authority']],
    ['en', 'Officials in the United States said the deal was off.', ['anonymous:Officials in the United States']],
    // A media word with a noun after it is a modifier ("the Apple TV app"), not an outlet's name.
    ['en', 'The report claims that the Apple TV app will feature the same bar.', ['carried:report']],
    ['en', 'Self-centered television weatherman Phil Connors said he was bored.', ['person:Phil Connors']],
    // Someone's post is no outlet; a capitalised media word is part of a name, even opening a sentence.
    ['en', 'It would result in another Slashdork post, he said.', ['carried:he']],
    ['en', 'Post Planner lets me add any page, she said.', ['carried:she']],
    ['en', 'It was reported in Vulture magazine, he said.', ['media:Vulture', 'carried:he']],
    // A reporting word with an auxiliary after it is a noun, unless a relative clause holds it.
    ['en', 'Since January, the yield on the 10-year Treasury note has risen to 3.1 percent.', []],
    ['en', 'It is a plan that the government says is working.', ['organisation:government']],
    // A name does not run back across a comma through a connector; an article before a body's name in capitals describes no one.
    ['en', 'While selections may be consulted at the Helmerich Center, the George Kaiser Family Foundation has announced a design competition.', ['organisation:George Kaiser Family Foundation']],
    ['en', 'Russia could not guarantee the safety of aircraft over Syria, and Damascus said it was closing its air space.', ['organisation:Damascus']],
    // "reads" with a quotation after it: the text quoted is its subject's words.
    ['en', 'The tweet from Vulture magazine reads, “#Hamilton Chicago show interrupted by angry Trump supporter.”', ['media:Vulture']],
    ['en', 'It showed a neon sign that reads “Glory to Communism,” visible on the roof.', []],
    // A document word heading a name in lower case makes it a document, whoever compiled it.
    ['en', 'Exports fell, according to data compiled by the Treasury Department.', ['document:data compiled by the Treasury Department', 'organisation:Treasury Department']],
    // A titled person "at" a place of work: the source is the body; a named person there is the source, the place their role.
    ['en', 'If tech is your weakness, Joshua Becker at Becoming Minimalist suggests you ask what problem it solves.', ['person:Joshua Becker [Becoming Minimalist]']],
    ['fr', 'Marie Durand chez Renault estime que les ventes baissent.', ['person:Marie Durand [Renault]']],
    ['en', 'A spokesman at Google said the deal was off.', ['organisation:Google']],
    ['fr', '« Tout va bien », résume la professeure de nutrition Francisca Joly-Gomez.', ['person:Francisca Joly-Gomez [professeure de nutrition]']],
    // A relative clause after a document word opens a new clause: its names are not the document's.
    ['en', 'The officer said there was a report in which former Temple University employee Andrea Constand was named.', ['carried:officer']],
    // A verb of address: the name after it is who is addressed, unless the clause ends on it.
    ['en', 'Han Dong-hoon, the leader of the PPP, urged Yoon to step down.', ['person:Han Dong-hoon [leader of the PPP]']],
    ['en', '“Act now,” urged the Sierra Club.', ['organisation:Sierra Club']],
    ['fr', 'Dans une lettre, la CGT exhorte Élisabeth Borne à retirer la réforme.', ['organisation:CGT']],
    ['fr', '« Retirez la réforme », exhorte la CGT.', ['organisation:CGT']],
    ['fr', "L'Insee a indiqué que le chômage baissait.", ['organisation:Insee']],
    ['fr', 'Paul Dupont a précisé que rien ne changeait.', ['person:Paul Dupont']],
    // A body whose name French opens in lower case is named whole, never by its capitalised tail alone.
    ['fr', 'Selon le ministère de la Santé, 300 cas ont été recensés.', ['organisation:ministère de la Santé']],
    ['fr', 'Le ministère des Affaires étrangères a indiqué que 300 Français ont été évacués.', ['organisation:ministère des Affaires étrangères']],
    ['fr', 'Selon la préfecture de police de Paris, la manifestation a réuni 3 000 personnes.', ['organisation:préfecture de police de Paris']],
    ['fr', 'Le ministère russe de la Défense a affirmé que les frappes avaient cessé.', ['organisation:ministère russe de la Défense']],
    ['fr', 'La mairie de Paris organise une fête, selon Jean Dupont.', ['person:Jean Dupont']],
    ['fr', 'Il est parti de Paris, a dit Jean Dupont.', ['person:Jean Dupont']],
    ['fr', 'Selon le cabinet de Jean Castex, rien ne change.', ['person:Jean Castex']],
    ['en', 'According to the city of Boston, 300 people came.', ['organisation:city of Boston']],
    ['fr', "Des chercheurs de l'Inserm ont montré que le produit était sûr.", ['organisation:Inserm']],
    // A title's dot, a party tag and a title of office are the role, never part of the name.
    ['en', '“The record is relevant,” said California Sen. Dianne Feinstein.', ['person:Dianne Feinstein [California Sen.]']],
    ['en', 'Sen. John Cornyn, R-Texas, said the court fight made the talks harder.', ['person:John Cornyn [R-Texas]']],
    // An honorific says how to address someone, not their role.
    ['en', 'Mr Veitch said the plan was good.', ['person:Veitch']],
    ['fr', 'Mme Martin a déclaré que le plan était bon.', ['person:Martin']],
    ['en', 'The bill will pass, Jane Smith, D-Calif., said Tuesday.', ['person:Jane Smith [D-Calif]']],
    // Some verbs give words only in a quotation's incise: elsewhere they mean something else.
    ['fr', '« Nous allons gagner », a lancé Marie Dupont.', ['person:Marie Dupont']],
    ['fr', '« C’est un scandale », s’est indignée Anne Hidalgo.', ['person:Anne Hidalgo']],
    ['fr', '« Pourquoi attendre ? », demande la CGT.', ['organisation:CGT']],
    ['fr', 'La police a lancé une enquête sur Marie Dupont.', []],
    ['en', '“We will win,” joked Jane Smith.', ['person:Jane Smith']],
    ['en', '“We will win,” Jane Smith joked.', ['person:Jane Smith']],
    ['en', 'Jane Smith asked for help with the move.', []],
    // A one-word name is a person's when only a person says it that way; a body's initials stay a body.
    ['fr', '« J’ai eu peur », raconte Philippe.', ['person:Philippe']],
    ['en', '“I was scared,” joked Lupita.', ['person:Lupita']],
    ['fr', '« Nous sommes ravis », confie la SNCF.', ['organisation:SNCF']],
    // A lone given name is a person's whatever the verb; any other lone word may be a body's.
    ['en', '“It works,” said Samantha.', ['person:Samantha']],
    ['fr', '« Ça marche », explique Philippe.', ['person:Philippe']],
    ['en', '“It works,” said Skoda.', ['organisation:Skoda']],
    // A body written between quotation marks, after a word that says it is one or opening the clause; a quotation has its comma.
    ['fr', 'Le collectif « Nous Toutes » a dénoncé ces résultats.', ['organisation:Nous Toutes']],
    ['en', 'The campaign group "Moms for Liberty" said the books were removed.', ['organisation:Moms for Liberty']],
    ['fr', 'Le film « Les Misérables » a dénoncé les violences policières.', []],
    ['fr', '« Tout va bien », pourrait commenter le Président.', []],
    ['en', 'Heise Online adds that the vote was close.', ['media:Heise Online']],
    ['en', 'Downing Street said the talks were over.', ['organisation:Downing Street']],
    ['en', 'The Wall Street Journal reported that the talks were over.', ['media:Wall Street Journal']],
    // An unnamed source opening the clause, described in asides before its verb.
    ['en', 'An official, who spoke on condition of anonymity, said the decision was made.', ['anonymous:An official']],
    ['fr', "Un policier, sous couvert d'anonymat, raconte la scène.", ['anonymous:Un policier']],
    ['fr', 'Une infirmière témoigne de la fatigue des équipes.', ['anonymous:Une infirmière']],
    ['fr', 'La vitamine C prévient le rhume, affirme la publicité.', []],
    // A known outlet whose name no capital opens; lower-case words name none unless a digit opens them.
    ['fr', "D'après franceinfo, le ministre va démissionner.", ['media:franceinfo']],
    ['fr', 'Le ministre va démissionner, rapporte 20 Minutes.', ['media:20 Minutes']],
    ['fr', 'Selon le monde entier, le ministre va démissionner.', []],
    // A relative clause on an apposition is the named person's words.
    ['en', 'Senator James Lankford, an Oklahoma Republican who warned of the dangers, played down that threat.', ['person:James Lankford [Oklahoma Republican]']],
    ['en', 'Alberto Shiguematsu, a São Paulo resident who tweeted the video, was arrested.', []],
    // What goes on after the name's comma is no role when it is an aside or the sentence itself.
    ['en', 'CircleCI, since securing its funding in 2014, said it would hire.', ['organisation:CircleCI']],
    ['en', 'According to The Information, a Siri SDK could be introduced in June.', ['media:The Information']],
    ['fr', 'Jean Dupont, ayant quitté le parti, a déclaré que la campagne était finie.', ['person:Jean Dupont']],
    // Sentence openers and honorifics before a name are no part of its role.
    ['en', 'However, Prof Sharon Lewin said the vaccine was safe.', ['person:Sharon Lewin']],
    ['en', 'Dr. Michael Shadlen, a neuroscientist, said the data were clear.', ['person:Michael Shadlen [neuroscientist]']],
    ['fr', 'Le Pr Didier Raoult a affirmé que le traitement marchait.', ['person:Didier Raoult']],
    ['en', "The death was confirmed by the county's Chief Medical Examiner Dr. Laura Carbone on Saturday.", ['person:Laura Carbone [Chief Medical Examiner]']],
    // A spokesperson is the voice of the body named with them, never of whoever was named last.
    ['en', 'A Google spokesperson said the feature was paused.', ['organisation:Google [spokesperson]']],
    ['en', 'A White House spokeswoman said the talks were over.', ['organisation:White House [spokeswoman]']],
    ['en', 'A spokesman for Google said the talks were over.', ['organisation:Google [spokesman]']],
    ['fr', 'Un porte-parole de Google a indiqué que les discussions étaient finies.', ['organisation:Google [porte-parole]']],
    ['en', 'The mayor of Paris said the talks were over.', ['carried:The mayor of Paris']],
    // Spoken for by a spokesperson: the person's role is their own title, not the spokesperson's.
    ['en', 'A spokeswoman for Mayor Bill de Blasio said the talks were over.', ['person:Bill de Blasio [Mayor]']],
    ['en', 'The talks failed, a spokesman for Jane Doe said.', ['person:Jane Doe']],
    ['en', 'The Bill of Rights says the talks are over.', ['document:Bill of Rights']],
    // Initials run together end no name: "U.S." belongs to what follows it.
    ['en', '“We are done,” said U.K. Prime Minister Boris Johnson.', ['person:Boris Johnson [U.K. Prime Minister]']],
    ['en', 'The U.S. Treasury said the talks were over.', ['organisation:U.S. Treasury']],
    ['en', 'J.K. Rowling said the book was finished.', ['person:J.K. Rowling']],
    // …or when a relative pronoun only people take describes it; French « qui » stands for bodies too.
    ['en', 'Ottolenghi, who wrote the book, said the salad was his favourite.', ['person:Ottolenghi']],
    ['en', 'Zenefits, which sells software, said the audit was over.', ['organisation:Zenefits']],
    ['fr', 'Arcep, qui régule les télécoms, a indiqué que le réseau tenait.', ['organisation:Arcep']],
    // A document opening the clause with its author named in an aside: the author is the source.
    ['en', 'The report, published Tuesday by the Brookings Institution, found that rents doubled.', ['organisation:Brookings Institution']],
    ['fr', 'Le rapport, rédigé par la Cour des comptes, estime que la dette dérape.', ['organisation:Cour des comptes']],
    ['en', 'The report, which was late, found that rents doubled.', []],
    // A document a clause opens with, named by whom it is from, is the source of what it found.
    ['en', 'A Gallup poll found that 52 percent of voters approve.', ['document:Gallup poll']],
    ['en', 'A new Pew Research Center survey found that most adults use TikTok.', ['document:Pew Research Center survey']],
    ['fr', 'Le sondage Ifop indique que les électeurs approuvent.', ['document:sondage Ifop']],
    ['fr', 'Un sondage Ifop publié lundi révèle que les électeurs approuvent.', ['document:sondage Ifop']],
    // A possessive name and a role between commas describe the speaker before them.
    ['en', 'Tim Cook, Apple’s chief executive, said sales rose.', ['person:Tim Cook [Apple’s chief executive]']],
    ['en', 'Jane Smith, Acme’s CEO, said sales rose.', ['person:Jane Smith [Acme’s CEO]']],
    // So does a capitalised title no name follows, or a body's initials and a role.
    ['en', 'Andrew Rabinovich, CTO and head of AI at Upwork, said hiring rose.', ['person:Andrew Rabinovich [CTO and head of AI at Upwork]']],
    ['fr', "Jean Dupont, PDG d'Acme, a déclaré que les ventes avaient augmenté.", ["person:Jean Dupont [PDG d'Acme]"]],
    ['en', 'Jane Smith, UN special rapporteur on torture, said the detainees were beaten.', ['person:Jane Smith [UN special rapporteur on torture]']],
    ['en', 'ILM supervisor John Knoll, who first pitched the idea, said the print was finished.', ['person:John Knoll']],
    ['en', 'Her boss, President Biden, said the bill would pass.', ['person:Biden [President]']],
    // An aside on what the speaker was doing, or where and when, is no role; a time word closing it is no time of the verb.
    ['en', 'Jane Smith, speaking to reporters on Monday, said the plan would fail.', ['person:Jane Smith']],
    ['en', 'Jane Smith, the mayor, asked about the delay, said the plan would fail.', ['person:Jane Smith [mayor]']],
    ['en', 'Chris Coons, outside the Capitol on Monday, told reporters the plan would fail.', ['person:Chris Coons']],
    ['en', 'Jane Smith, whose company makes masks, said demand had tripled.', ['person:Jane Smith']],
    ['en', '“Demand tripled,” said Jane Smith, adding that supplies were short.', ['person:Jane Smith']],
    ['fr', '« La demande a triplé », a déclaré Jean Dupont, ajoutant que les stocks manquaient.', ['person:Jean Dupont']],
    ['fr', "Jean Dupont, interrogé par l'AFP, a déclaré que le plan échouerait.", ['person:Jean Dupont']],
    // An age between commas is no role, and only a person has one.
    ['en', 'Jane Doe, 34, a nurse, said the ward was full.', ['person:Jane Doe [nurse]']],
    ['en', '“We will win,” Wilson, 49, said.', ['person:Wilson']],
    ['fr', 'Marie Dupont, 34 ans, raconte que la rue était vide.', ['person:Marie Dupont']],
    ['fr', "« J'ai eu peur », raconte Marie, 34 ans.", ['person:Marie']],
    ['en', 'White House Chief of Staff Mark Meadows said the nomination would not slow the package.', ['person:Mark Meadows [House Chief of Staff]']],
    ['en', 'Westchester County Executive George Latimer said he intends to do the same.', ['person:George Latimer [Westchester County Executive]']],
    ['fr', 'Le 4 septembre, la ministre des Sports Laura Flessel annonce sa démission.', ['person:Laura Flessel [ministre des Sports]']],
    // German writes nouns capitalised: the role before a name, and « im Gespräch » after it, are no part of it.
    ['de', '«Syrische Süssigkeiten sind billiger», schreibt der syrische Journalist Danny Makki.', ['person:Danny Makki [Journalist]']],
    ['de', '«Libanon ist das Fenster», sagt der Wirtschaftsjournalist Mohammed Bassiki im Gespräch.', ['person:Mohammed Bassiki [Wirtschaftsjournalist]']],
    // A name right before a body's lower-case words makes one named body; a lone adjective-like word does not for a back-reference body.
    ['en', 'West Mercia police said the tablets were believed to be fake.', ['organisation:West Mercia police']],
    ['en', 'The UN refugee agency said the camp was full.', ['organisation:UN refugee agency']],
    ['en', "Russia's defence ministry said the drills were over.", ["organisation:Russia's defence ministry"]],
    ['en', 'The Trump administration said the rule stays.', ['organisation:Trump administration']],
    ['en', "Italy's national hotel federation said the sector had shed 106,000 jobs.", ["organisation:Italy's national hotel federation"]],
    ['en', 'A Chinese company said the rule stays.', []],
    ['en', 'Yesterday police said the road was closed.', ['organisation:police']],
    // Single quotation marks, straight or curly, close a quotation before an inverted verb as double ones do.
    ['en', "'These findings show that we have an effective vaccine,' said Oxford University Professor Andrew Pollard, chief investigator for the trial.", ['person:Andrew Pollard [chief investigator for the trial]']],
    ['en', "'Is it over?' asked Jane Doe.", ['person:Jane Doe']],
    ['en', '‘It is over,’ said Jane Doe.', ['person:Jane Doe']],
    // A description's agent is in the same clause: "by" after a new one belongs to something else.
    ['en', 'It was a surname he had considered adopting – when he unexpectedly saw some poems by Dylan Thomas.', []],
    ['en', 'The drug was considered dangerous by the FDA.', ['organisation:FDA']],
    // A verb that goes on with words adds a thing when an article, a possessive or a number follows it; after a quotation that is the speaker.
    ['fr', 'Juste avant la mi-temps, Granit Xhaka a ajouté un magnifique coup franc.', []],
    ['en', 'Dylan added a harmonica part to the song.', []],
    ['en', 'Powell added 20 points to the tally.', []],
    ['fr', '« Nous partons », a ajouté un responsable du ministère.', ['anonymous:un responsable du ministère']],
    ['en', 'Jane Doe added that rates would rise.', ['person:Jane Doe']],
    // « so » credits whom it is followed by, behind an article; « so als », « So soll… » and « so dass » credit no one.
    ['de', 'Die Lage sei ernst, so die Polizei am Montag.', ['organisation:Polizei']],
    ['de', 'Sie sind bereits Münchner Kommissare und Kollegen, so als seien sie das schon immer gewesen.', []],
    ['de', 'So soll das Regime die Luftangriffe auf Zivilisten beenden.', []],
    // Where a group works is a place or a body, never a person.
    ['en', 'Doctors at Mass General said the patient was stable.', ['organisation:Mass General']],
    ['en', 'Prosecutors in San Francisco and Los Angeles say the company lied.', ['organisation:San Francisco', 'organisation:Los Angeles']],
    ['en', 'The children of John Smith said he was kind.', ['person:John Smith']],
    // Plural words of bodies, and the White House, name organisations.
    ['en', 'Juniper Networks said the deal was closed.', ['organisation:Juniper Networks']],
    ['en', 'The White House said it was fine.', ['organisation:White House']],
    // An outlet after a verb is credited when the words were given to it or published in it, not when it is what was said.
    ['en', 'The spokesman said Johnny Cash\'s website was down.', ['carried:spokesman']],
    ['en', 'As Edna Gundersen stated in USA Today: "His musical DNA has informed pop."', ['person:Edna Gundersen', 'media:USA Today']],
    // A document word before a body's word describes the body: "the research firm" is a firm.
    ['en', 'Mutual funds led eight deals, according to the research firm CB Insights.', ['organisation:CB Insights']],
    ['en', 'Mutual funds led eight deals, according to research by CB Insights.', ['document:research by CB Insights']],
    // The subject of a naming verb is the source of the quoted words after it; without a quotation, nobody is credited.
    ['fr', 'Le CIRC l’a classé « cancérogène probable » en 2015.', ['organisation:CIRC']],
    ['en', 'Novelist Jane Smiley called the album "the truest record of the decade."', ['person:Jane Smiley [Novelist]']],
    ['fr', 'Le fait que le CIRC, une agence de l’OMS, l’ait classé « cancérogène probable » a clos le débat.', ['organisation:CIRC [agence de l’OMS]']],
    ['en', 'A company called "Acme" makes the parts.', []],
    ['fr', 'Il a été classé « monument historique » en 1920.', []],
    ['en', 'Jane Smiley called the album a masterpiece.', []],
    // A party tag after the name is the role; an adverb between commas is none.
    ['en', 'Rep. Adam Schiff (D-Calif.) said the documents were incriminating.', ['person:Adam Schiff [D-Calif.]']],
    ['en', 'Adam Schiff (D-Calif.), meanwhile, said the documents were incriminating.', ['person:Adam Schiff [D-Calif.]']],
    // A media word describes the name right after it, not a critic's: "New York Times critic Robert Shelton" is a person with a role.
    ['en', 'New York Times critic Robert Shelton said his voice was rusty.', ['person:Robert Shelton [New York Times critic]']],
    // A text the claim rests on by law; « la loi » alone names none.
    ['fr', "La Tunisie s'est engagée conformément à la Constitution de 2014.", ['document:Constitution']],
    ['fr', "Le principe de précaution, défini dans la déclaration de Rio adoptée par l'ONU en 1992, est invoqué.", ['document:déclaration de Rio']],
    ['fr', 'Il a agi conformément à la loi.', []],
    ['en', 'Each plant must be inspected pursuant to the Clean Air Act.', ['document:Clean Air Act']],
    // A capitalised function word opens a line in title case or a possessive, not a name.
    ['en', 'Found This Helpful', []],
    ['en', 'His BBC reports are the basis of his film.', ['media:BBC']],
    // A name the media word closes, before the verb, is the outlet; someone's page is not.
    ['en', 'Rolling Stone magazine said the album was great.', ['media:Rolling Stone']],
    ['en', "Trump's website said it was over.", []],
    ['fr', "Le quotidien Le Monde rapporte que c'est faux.", ['media:Le Monde']],
    // Where the words were published or read is an outlet, whatever its name looks like, with no role.
    ['fr', 'Il a menti, peut-on lire dans Le Monde.', ['media:Le Monde']],
    ['fr', 'Il a menti, on lit sur Le Point.', ['media:Le Point']],
    ['en', 'The study, published in Nature, shows it.', ['media:Nature']],
    ['en', 'As he wrote in The Atlantic, it was wrong.', ['carried:he', 'media:The Atlantic']],
    ['en', 'The figures were published in the Bank of England bulletin.', ['organisation:Bank of England']],
    // A body joined by an elided connector keeps its whole name; a title's field is no person; a clause word ends a body's name.
    ['fr', 'Ils ont été localisés, selon le Quai d’Orsay.', ['organisation:Quai d’Orsay']],
    ['fr', 'Ils ont été localisés, selon une source du Quai d’Orsay.', ['anonymous:une source du Quai d’Orsay']],
    ['fr', 'Un Français a été tué, a déclaré jeudi le ministre des Affaires étrangères.', ['carried:le ministre des Affaires étrangères']],
    ['fr', "La commission pourra saisir le Conseil d'Etat si elle estime que la loi n'est pas respectée.", []],
    // A sentence that opens on a document named in capitals stands on it.
    ['en', "In Verizon's most recent Data Breach Investigations Report, 89 percent of breaches came from phishing.", ['document:Data Breach Investigations Report']],
    ['en', 'In the Report section, click Save.', []],
    // Initials belong to the name.
    ['en', '“Both sides will calm down,” said Robert M. Danin, a senior fellow at the Council on Foreign Relations.', ['person:Robert M. Danin [senior fellow at the Council on Foreign Relations]']],
    ['en', '“It is worrying,” said C. Eugene Steuerle, a fellow at the Urban Institute.', ['person:C. Eugene Steuerle [fellow at the Urban Institute]']],
    // A place after "in" / « à » says where the speaker is, not who.
    ['en', 'Officials in Washington said the talks had failed.', ['anonymous:Officials in Washington']],
    ['en', 'Residents in Sydney said the water was brown.', []],
    ['en', '“The plan will fail,” said the minister in Paris.', ['carried:the minister']],
    ['fr', 'Un diplomate à Paris a affirmé que les discussions avaient échoué.', ['anonymous:Un diplomate à Paris']],
    ['en', 'There is $382 billion of dry powder, according to investment banking and consulting firm Bulger Partners.', ['organisation:Bulger Partners']],
    // A capitalised verb inside a clause is a word of a title; a first name is no document; a brand is no person.
    ['en', 'Critics tied Rotolo to songs including "I Don\'t Believe You" and "To Ramona".', []],
    ['en', 'Bill Prince in GQ commented: "A performer".', ['person:Bill Prince']],
    ['en', 'He left, citing Apple\'s iTunes Store policies.', ['organisation:Apple\'s iTunes Store']],
    ['en', 'Meanwhile, a health official, rejecting the allegations, said both babies died of preterm birth.', ['anonymous:a health official']],
    // Where a titled person or one from a body is from is the role; a title inside a body's name stops it.
    ['en', 'Senate Democratic leader Chuck Schumer of New York said the court was packed.', ['person:Chuck Schumer [Senate Democratic leader]']],
    ['en', 'Ben Narasin of Canvas Ventures said calls were up.', ['person:Ben Narasin [Canvas Ventures]']],
    ['fr', 'Matthew Kupfer de CBC a affirmé que tout allait bien.', ['person:Matthew Kupfer [CBC]']],
    ['en', 'Iloilo City Mayor Jerry Treñas forthrightly said the city was ready.', []],
    ['fr', "La Société suisse de l'industrie du gaz et des eaux (SSIGE) considère que la pollution est grave.", ["organisation:Société suisse de l'industrie du gaz et des eaux (SSIGE)"]],
    // Subject after the verb, where a clause break lets it follow.
    ['en', '“It is a big change,” said Ben Narasin, a partner at Canvas Ventures.', ['person:Ben Narasin [partner at Canvas Ventures]']],
    ['fr', "Une centaine de substances ont été réexaminées, précise l'OFAG jeudi dans un communiqué.", ['organisation:OFAG']],
    ['fr', '« C’est une erreur », explique Antony Fastier, toxicologue, ancien de l’Anses.', ['person:Antony Fastier [toxicologue]']],
    ['fr', 'La substance est toxique, comme le rappelle l’OMS depuis des années.', ['organisation:OMS']],
    // ...but not where the name opens a new clause.
    ['en', 'American officials said Sudan had already shown progress.', ['anonymous:American officials']],
    // Cues look forward only, and split bodies credited together.
    ['fr', 'Selon l’Insee et la Dares, 350 000 emplois ont été créés.', ['organisation:Insee', 'organisation:Dares']],
    ['fr', 'L’Insee et la Dares ont estimé que 350 000 emplois ont été créés.', ['organisation:Insee', 'organisation:Dares']],
    ['en', 'The FBI and the Justice Department said the suspect fled.', ['organisation:FBI', 'organisation:Justice Department']],
    // A name cut on its left ("of Justice") is not listed beside the speaker rather than listed wrong.
    ['en', 'The Department of Justice and the FBI said the suspect fled.', ['organisation:FBI']],
    // A coordinator inside a body word's complement joins one name.
    ['en', 'The Centers for Disease Control and Prevention said cases rose.', ['organisation:Centers for Disease Control and Prevention']],
    ['en', 'The Department of Health and Human Services said the drug was safe.', ['organisation:Department of Health and Human Services']],
    ['fr', 'Selon le rapport annuel du Forum économique mondial, la Tunisie recule.', ['document:rapport annuel du Forum économique mondial']],
    ['en', 'Deals fell, according to an analysis by venture capital database CB Insights.', ['document:analysis by venture capital database CB Insights']],
    // Outlets.
    ['en', 'The general is safe, a senior political source told Reuters.', ['anonymous:a senior political source', 'media:Reuters']],
    // Media words across a quotation mark or a comma describe someone else.
    ['en', '"I thought a lot before writing this post," Pakistan-based developer Ammar Askar wrote in a blog post.', ['person:Ammar Askar']],
    ['en', 'Reviewing the box set in The New York Times, Jon Pareles wrote, "Decades later, it holds up."', ['media:The New York Times', 'person:Jon Pareles']],
    // "of Rolling Stone magazine": where the interviewer works is the outlet the words were given to; someone's post is no outlet.
    ['en', 'He told Kurt Loder of Rolling Stone magazine: "I have never said that."', ['carried:He', 'media:Rolling Stone']],
    ['en', "The story grew after Selam G.'s Medium post raised a new issue, she said.", ['carried:she']],
    // A picture agency credited under a photo is no source of the words.
    ['en', 'Source: Getty Images', []],
    ['en', 'Source: Bureau of Labor Statistics', ['organisation:Bureau of Labor Statistics']],
    // A known outlet described by its kind, to which a carried speaker gave the words.
    ['fr', "« Les règles valent pour tous », a-t-il réagi pour l'agence de presse tchèque ČTK.", ['carried:a-t-il', 'media:ČTK']],
    ['en', '“It is over,” he told the news agency Reuters.', ['carried:he', 'media:Reuters']],
    ['fr', '« Les travaux ont été faits sans autorisation », écrit Le Canard enchaîné.', ['media:Le Canard']],
    ['fr', 'Il a réagi dans un entretien pour l’hebdomadaire Respekt.', ['carried:Il', 'media:Respekt']],
    ['fr', '— Olivier Véran (@olivierveran) March 14, 2020', ['person:Olivier Véran']],
    ['fr', 'Qualifié de "gourou"par un dirigeant de LREM dans un portrait du Parisien, il sait se faire apprécier.', ['anonymous:un dirigeant de LREM', 'media:Parisien']],
    ['en', 'He made the case in an op-ed for The Washington Post, the senator said.', ['media:Washington Post', 'carried:senator']],
    ['en', 'The study is published in the New England Journal of Medicine.', ['media:New England Journal of Medicine']],
    // The noun before a verb describes its subject, not the name after it; "I" names no one.
    ['en', 'The magazine claimed President-elect Trump relied on lies.', ['carried:The magazine']],
    ['en', 'According to my humor I threw open these doors.', []],
    ['en', 'It is the best thing, I’ve said many times.', []],
    ['en', 'The leader of Ennahda, Rachid Ghannouchi, condemned Wednesday’s attack.', ['person:Rachid Ghannouchi [leader of Ennahda]']],
    ['en', 'The judge was confirmed by the Republican-controlled chamber.', []],
    ['en', 'Kim Yong-hyun said the talks had failed.', ['person:Kim Yong-hyun']],
    ['en', '“I am delighted to lead the business,” Ian Heath commented.', ['person:Ian Heath']],
    ['en', 'White House press secretary Josh Earnest said the plan was dead.', ['person:Josh Earnest [White House press secretary]']],
    ['en', 'Emery retweeted a story by Vulture magazine.', ['organisation:Emery', 'media:Vulture']],
    // A capitalised media word belongs to a name: the outlet it closes, or no outlet at all.
    ['en', 'The startup has now raised over $20 million, according to a report (Washington Post).', ['media:Washington Post']],
    ['en', 'The report said the clerks went round to the Post Office every day.', ['carried:report']],
    ['en', 'Singapore Press Holdings reported its first net loss, the report said.', ['organisation:Singapore Press Holdings', 'carried:report']],
    // No pronoun names an outlet, and the writer's own post is no source.
    ['en', "I don't know how many times I heard that, he said.", ['carried:he']],
    ['en', 'I got 2 million likes on a Facebook post I created, she said.', ['carried:she']],
    // An adverb inside a cue of several words, or between a speaker and the verb, leaves the cue whole.
    ['fr', 'Jean Dupont a également affirmé que tout allait bien.', ['person:Jean Dupont']],
    ['fr', "L'OFAG a aussi précisé que la récolte serait bonne.", ['organisation:OFAG']],
    ['fr', '« Tout va bien », a par ailleurs déclaré Marie Durand.', ['person:Marie Durand']],
    ['fr', "La décision a été cependant critiquée par l'opposition.", []],
    ['en', 'Chris Anderson proudly told the jury how his daughter had been days away from a placement.', ['person:Chris Anderson']],
    // A pronoun alone after a cue carries the speaker named before; a possessive before a noun names a document.
    ['fr', 'Selon elle, la réforme échouera.', ['carried:elle']],
    ['fr', "La hausse des abonnés illustrerait selon lui l'expression d'un malaise.", ['carried:lui']],
    ['en', 'The reform will fail, according to him.', ['carried:him']],
    ['en', 'According to her, the reform will fail.', ['carried:her']],
    ['en', 'According to her own account, the reform will fail.', []],
    // A question's inversion after a quotation is no incise; a reporting verb's is.
    ['fr', "Face à « l'éther glauque désigné du mot de crise, un processus cognitif » serait-il à l'œuvre ?", []],
    ['fr', '« Tout va bien », ajoute-t-elle.', ['carried:ajoute-t-elle']],
    // A pronoun opening a that-clause is no speaker; a cue framing the clause credits the sentence.
    ['fr', "Les autorités veulent s'assurer qu'ils répondent aux exigences.", []],
    ['en', 'Regulators want to make sure that they report every incident.', []],
    ['fr', "Le ministre a précisé qu'il estimait la mesure juste.", ['carried:ministre']],
    // A person's possessive stays with a carried spokesperson: whose voice it is.
    ['en', 'Mr Mugabe was fine, his spokesman said.', ['carried:his spokesman']],
    ['en', "The company's shares fell, its spokesman said.", ['carried:spokesman']],
    // A first-person pronoun in a sentence that credits someone speaks in their words.
    ['en', '“I think this study is groundbreaking, really,” says Katie Allen, MD, PhD.', ['person:Katie Allen']],
    ['en', 'I think the plan is good, he said.', ['carried:he']],
    ['fr', '« Je pense que le plan est bon », a déclaré Marie Durand.', ['person:Marie Durand']],
    // A clause between commas with a verb of its own is the sentence going on, no role.
    ['fr', "Selon l'Insee, le chômage a baissé, a indiqué le ministre.", ['organisation:Insee', 'carried:le ministre']],
    ['en', 'According to the IMF, growth has slowed, the minister said.', ['organisation:IMF', 'carried:minister']],
    // Object pronouns between the speaker and the verb, elided or not.
    ['fr', 'Marie Durand nous a confié que tout allait bien.', ['person:Marie Durand']],
    ['fr', "Marie Durand m'a confié que tout allait bien.", ['person:Marie Durand']],
    ['fr', 'Il me confie que tout va bien.', ['carried:Il']],
    // What someone believes is their view, in French as in English.
    ['fr', "Le darwinisme social inspiré par Herbert Spencer, qui croyait qu'il suffisait de démanteler l'État social, est revenu.", ['person:Herbert Spencer']],
    ['fr', 'Marie Durand pense que la réforme échouera.', ['person:Marie Durand']],
    ['en', 'Marie Durand thinks the reform will fail.', ['person:Marie Durand']],
    // Plural and imperfect verbs.
    ['fr', 'Raphaël Garrigos et Isabelle Roberts rappellent que la doctrine a changé.', ['person:Raphaël Garrigos', 'person:Isabelle Roberts']],
    ['fr', '« Nous avons tout essayé », expliquait Marie Curie.', ['person:Marie Curie']],
    ['en', 'Analysts at the Brookings Institution note that growth slowed.', ['organisation:Brookings Institution']],
    ['fr', "Dans un entretien pour l'hebdomadaire Respekt, Roman Prymula avait affirmé qu'il était prêt à démissionner.", ['media:Respekt', 'person:Roman Prymula']],
    // A document the clause opens with, named by its complement; a bare « le rapport » only refers back to one named before.
    ['fr', 'Le bilan du projet-pilote mené l’an dernier fait état d’un taux important de délinquance.', ['document:bilan du projet-pilote']],
    ['en', 'The report of the commission found serious failings.', ['document:report of the commission']],
    ['fr', 'Le rapport a conclu que tout allait bien.', ['carried:rapport']],
    ['fr', "Selon l'Inserm, le risque augmente.", ['organisation:Inserm']],
    ['en', '“It was a lethal dose,” her mother, Fiona, said in a statement.', ['person:Fiona [her mother]']],
    ['en', "The company's parent, Alphabet, said profits rose.", ["organisation:Alphabet [company's parent]"]],
    // Lists of speakers, and an aside between dashes.
    ['en', "Canvas Ventures, Norwest Venture Partners and Accel Partners - among Silicon Valley's more prominent firms - say calls are up.", ['organisation:Canvas Ventures', 'organisation:Norwest Venture Partners', 'organisation:Accel Partners']],
    ['en', 'In Washington, Jerome Powell said rates would stay high.', ['person:Jerome Powell']],
    ['en', 'It was presented at the annual meeting of the American Academy of Allergy, Asthma and Immunology.', ['organisation:American Academy of Allergy']],
    // A relative pronoun stands for a named antecedent; the agent of a judging participle is a source.
    ['fr', "Décision prise mardi par la Confédération africaine de football qui évoque un report.", ['organisation:Confédération africaine de football']],
    ['en', '“The air was clean,” Alberto Shiguematsu, a São Paulo resident who tweeted about the smoke, told Reuters.', ['person:Alberto Shiguematsu [São Paulo resident]', 'media:Reuters']],
    ['fr', 'Le glyphosate a été classé « cancérogène probable » par le CIRC en 2015.', ['organisation:CIRC']],
    ['en', 'The drug was deemed safe by the Food and Drug Administration.', ['organisation:Food and Drug Administration']],
    ['fr', 'Le projet présenté par son Premier ministre a été retiré.', []],
    // A document named in passing where someone is credited, its author right after it.
    ['fr', '« Le risque est la probabilité d’être exposé », précise la toxicologue Dominique Parent-Massin, dans une note de l’Académie d’agriculture.', ['person:Dominique Parent-Massin [toxicologue]', 'document:note de l’Académie d’agriculture']],
    ['en', 'Georgetown University said in a statement Tuesday that Williams was suspended.', ['organisation:Georgetown University']],
    // A platform is where something was posted, not who posted it.
    ['en', 'According to a Facebook post, the singer was given the flag by a fan.', ['vague:a Facebook post']],
    ['fr', 'Selon une publication Facebook, le chanteur a reçu le drapeau.', ['vague:une publication Facebook']],
    ['en', 'Facebook said it had removed the page.', ['organisation:Facebook']],
    // Carried speakers: pronouns, incises, definite roles and bodies.
    ['fr', '« C’est faux », a-t-il ajouté.', ['carried:a-t-il']],
    ['en', 'The room is usually locked, the officials said.', ['carried:officials']],
    ['en', 'Consumption will be hit badly, the brokerage said.', ['carried:the brokerage']],
    ['en', 'A 26-year-old man was arrested and charged, police said.', ['organisation:police']],
    // Unnamed and vague sources.
    // The outlet told is credited too; on the outlet's own site the inventory drops it (analyze-sourcing).
    ['en', 'Law enforcement sources tell TMZ the dress was taken.', ['anonymous:Law enforcement sources', 'media:TMZ']],
    ['en', 'But sources close to Real say the club knows a swap deal would not be easy.', ['anonymous:sources close to Real']],
    ['fr', '« Vachement bon en manœuvres politiques », selon un proche d’Édouard Philippe.', ['anonymous:un proche d’Édouard Philippe']],
    ['fr', 'Un proche du dossier a affirmé que la vente était conclue.', ['anonymous:Un proche du dossier']],
    // French adjectives after the noun describe the unnamed source; a time word, a preposition or a clause ends them.
    ['fr', 'Une source diplomatique a indiqué que les négociations avaient échoué.', ['anonymous:Une source diplomatique']],
    ['fr', 'Selon une source judiciaire, le suspect a été placé en garde à vue.', ['anonymous:une source judiciaire']],
    ['fr', 'Une source policière proche du dossier a confirmé la garde à vue.', ['anonymous:Une source policière proche du dossier']],
    ['fr', 'Le suspect a fui, a indiqué un responsable mardi.', ['anonymous:un responsable']],
    // The impersonal « on » of an incise: the body named where the speakers are, or no one named.
    ['fr', '« Nous partons », assure-t-on à Matignon.', ['organisation:Matignon']],
    ['fr', '« Nous partons », confie-t-on chez Renault.', ['organisation:Renault']],
    ['fr', "« Nous partons », assure-t-on dans l'entourage du ministre.", ["anonymous:assure-t-on dans l'entourage du ministre"]],
    ['fr', '« Nous partons », peut-on lire dans le quotidien du soir.', []],
    // Whom a piece of news was learned from is its source; a skill learned from someone is no news.
    ['fr', 'Le suspect a été interpellé, a-t-on appris mardi auprès du parquet de Nanterre.', ['organisation:parquet de Nanterre']],
    ['fr', "Le suspect a fui, a appris l'AFP auprès de la gendarmerie.", ['organisation:gendarmerie']],
    ['fr', 'Il a appris auprès de Jean Dupont le métier de boulanger.', []],
    ['en', 'The suspect fled, the Associated Press has learned from the Justice Department.', ['media:Associated Press', 'organisation:Justice Department']],
    ['en', 'Those are lessons learned from Obama, she said.', ['carried:she']],
    // The outlet told by a preposition is read on its own; the speaker follows it.
    ['fr', "« Nous partons », a déclaré à l'AFP le maire, Jean Dupont.", ['media:AFP', 'person:Jean Dupont [maire]']],
    ['en', 'Two security sources told Reuters a migrant died on Monday.', ['anonymous:Two security sources', 'media:Reuters']],
    ['fr', 'Le suspect a fui, a indiqué un responsable américain, Jean Martin.', ['person:Jean Martin [responsable américain]']],
    // A title after the verb stands for someone named before, unless the name follows it; a title's capitalised first word is no name.
    ['fr', '« C’est inacceptable », s’est indignée la maire de Paris, Anne Hidalgo.', ['person:Anne Hidalgo [maire de Paris]']],
    ['fr', '« Nous partons », a déclaré le maire, Jean Dupont.', ['person:Jean Dupont [maire]']],
    ['en', '“We are leaving,” said the city spokesman, John Smith.', ['person:John Smith [city spokesman]']],
    ['fr', '« Nous ne reculerons pas », a martelé le Premier ministre.', ['carried:le Premier ministre']],
    ['fr', '« Nous ne reculerons pas », a martelé le Premier ministre Gabriel Attal.', ['person:Gabriel Attal [Premier ministre]']],
    ['fr', "Une enquête a été ouverte, a indiqué le parquet à l'AFP.", ['organisation:parquet', 'media:AFP']],
    // The outlet told is no part of the speaker's name, before or after it; a numeral after a title is part of one.
    ['fr', '« Tout va bien », a déclaré Jean Dupont à l’AFP.', ['person:Jean Dupont', 'media:AFP']],
    ['fr', '« Tout va bien », assure à l’AFP Marie Martin, porte-parole de la préfecture.', ['media:AFP', 'person:Marie Martin [porte-parole de la préfecture]']],
    ['en', '"All is well," said Martin Luther King III on CNN.', ['person:Martin Luther King III', 'media:CNN']],
    ['en', 'Pope Benedict XVI said the Church would endure.', ['person:Benedict XVI [Pope]']],
    // What qualifies an unnamed source is its complement, not the speaker: no word of the president's, the matter's or the last source named.
    ['en', 'People familiar with the matter said the Fed would cut rates.', ['anonymous:People familiar with the matter']],
    ['en', 'Sources close to the president said he was furious.', ['anonymous:Sources close to the president']],
    ['en', 'An adviser to the president said the decision was final.', ['anonymous:An adviser to the president']],
    ['en', 'An aide to Senator John Smith said the bill would pass.', ['anonymous:An aide to Senator John Smith']],
    // Who speaks for a body in context, by a title of one word or two, is the body's voice.
    ['en', 'A press officer for the hospital said the patient was stable.', ['carried:hospital']],
    // An official is no spokesperson: in their own words, at a body in context, they are an unnamed source.
    ['en', '“Several of us voted on trust,” one senior official at the council said.', ['anonymous:one senior official at the council']],
    ['en', 'A spokesman for St Mary’s Hospital said the patient was stable.', ['organisation:St Mary’s Hospital']],
    ['fr', 'Des sources proches de la présidence ont indiqué que la décision était prise.', ['anonymous:Des sources proches de la présidence']],
    // Someone's unnamed adviser, friend or witness is anonymous; a title of its own is an office (« le conseiller fédéral »); alone it points back.
    ['fr', 'Le conseiller du président a déclaré que rien ne changerait.', ['anonymous:Le conseiller du président']],
    ['fr', "L'ami de la victime raconte que tout allait bien.", ['anonymous:ami de la victime']],
    ['fr', 'Le conseiller fédéral Alain Berset a déclaré que rien ne changerait.', ['person:Alain Berset [conseiller fédéral]']],
    ['fr', 'Le conseiller a ajouté que rien ne changerait.', ['carried:conseiller']],
    // A noun of several words opens an unnamed source too, with what qualifies it.
    ['en', 'According to a person familiar with the plans, the deal was close.', ['anonymous:a person familiar with the plans']],
    ['en', 'Two people briefed on the talks said the deal was close.', ['anonymous:Two people briefed on the talks']],
    // Unnamed people with no determiner after a cue: qualified, described or of a kind never named.
    ['en', 'The deal is off, according to people familiar with the matter.', ['anonymous:people familiar with the matter']],
    ['en', 'The deal is off, Bloomberg reported, citing unnamed sources.', ['media:Bloomberg', 'anonymous:unnamed sources']],
    ['en', 'The deal is off, Reuters reported, citing senior administration officials.', ['media:Reuters', 'anonymous:senior administration officials']],
    ['en', 'The deal is off, according to sources close to the company.', ['anonymous:sources close to the company']],
    ['en', 'The deal is off, Axios first reported.', ['media:Axios']],
    // A document's word in a cue's object is a noun: "the police report" credits no police.
    ['en', 'According to the police report, Smith was driving drunk.', []],
    ['en', 'Police report that the man fled.', ['organisation:Police']],
    ['en', 'Prosecutors allege that Smith defrauded investors.', ['organisation:Prosecutors']],
    // National outlets are outlets, named with their article or without it.
    ['fr', 'Le Monde révèle que le ministre a menti.', ['media:Monde']],
    ['fr', 'Selon Le Parisien, le joueur va signer.', ['media:Le Parisien']],
    ['en', 'The deal is off, CNBC reported.', ['media:CNBC']],
    ['en', 'The plan is dead, the British news agency PA reported.', ['media:PA']],
    ['en', 'The Times reported that sales rose.', ['media:Times']],
    // A media cue of several words: the outlet an interview was given to.
    ['en', 'Elon Musk said in an interview with CNBC that the deal was off.', ['person:Elon Musk', 'media:CNBC']],
    ['en', 'Elon Musk said in an interview with Jane Smith that the deal was off.', ['person:Elon Musk']],
    ['en', 'Jane Smith, in an interview with NPR, said the plan would fail.', ['person:Jane Smith']],
    // A capitalised verb that a capitalised word follows is a title's word, even after a dash; a sentence's first word is not.
    ['en', 'In October 2008, Columbia released The Bootleg Series Vol. 8 – Tell Tale Signs as a two-CD set.', []],
    ['en', 'According to Aftonbladet, the band split.', ['organisation:Aftonbladet']],
    ['en', 'The deal was close, said a person with knowledge of the matter.', ['anonymous:a person with knowledge of the matter']],
    ['fr', "Selon un haut gradé de l'armée, l'offensive est prête.", ["anonymous:un haut gradé de l'armée"]],
    // After a preposition of membership, a body or an office is spoken for; anyone else is no source the article credits.
    ['en', 'A lawyer for the family said they would appeal.', []],
    ['fr', "Un avocat de la famille a déclaré qu'elle ferait appel.", []],
    ['en', 'A spokesman for the president said the decision was final.', ['carried:the president']],
    ['en', 'Officials at the institution said the room is usually locked.', ['carried:the institution']],
    ['fr', '« Rien ne va plus », confie un haut fonctionnaire, Jean Martin, directeur du budget.', ['person:Jean Martin [directeur du budget]']],
    ['fr', 'La grève continue, comme nous le raconte Antoine*, 32 ans, chargé de cours.', ['anonymous:Antoine*']],
    ['en', 'Rivals may face fewer startups, according to tech recruiters.', ['vague:tech recruiters']],
    ['fr', 'Beaucoup de Français estiment que la réforme échoue.', ['vague:Beaucoup de Français']],
    ['en', 'Many Americans believe the vote was rigged.', ['vague:Many Americans']],
    // A person named after an opinion cue that opens the sentence holds the opinion; a body, a place or a first name alone describe.
    ['fr', 'Pour Jan Hamáček, cette attitude est méprisante vis-à-vis des soignants.', ['person:Jan Hamáček']],
    ['fr', "Pour l'économiste Jean Dupont, la réforme échouera.", ['person:Jean Dupont [économiste]']],
    ['fr', "Pour Renault, l'année a été difficile.", []],
    ['fr', 'Pour Mathilde, la journée commence tôt.', []],
    // « des » after a noun joins the words of a name: it counts no one.
    ['fr', "L'association Les voix des Femmes appelle les parties à agir.", []],
    // The site naming itself is no source.
    ['fr', 'Selon Journal, la réunion est annulée.', []],
    ['fr', 'Il a confié au quotidien Journal qu’il partait.', ['carried:Il']],
    ['fr', 'Il a confié au quotidien Libération qu’il partait.', ['carried:Il', 'media:Libération']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(speakersOf(lang, sentence)).toEqual(expected);
  });
});

describe('the page’s own outlet is never a source', () => {
  test.each([
    // "police report" is the document's name, not the police reporting.
    ['nbcnews', 'He brandished a knife, according to a police report given to NBC News.', []],
    ['reuters', 'He brandished a knife, according to a police report given to NBC News.', ['document:report given to NBC News']],
  ])('on %s: %s', (self, sentence, expected) => {
    const lex = compileLexicon(en);
    const found = attributionsIn(sentence, sentenceWords(sentence), lex, self).map(({ speaker }) => `${speaker.kind}:${speaker.name ?? speaker.description ?? ''}`);
    expect(found).toEqual(expected);
  });
});
