import type { LanguagePack } from '../pack';

/**
 * Scraps of the languages that have no pack of their own yet (Spanish, Portuguese,
 * Italian, Dutch, the Nordic and Slavic languages, Finnish, Hungarian, Romanian,
 * Albanian, Greek, Turkish, Indonesian, Arabic, Hindi…): what a page in any of them
 * needs so that its byline and date still read. When a language gets its own pack,
 * move its words there.
 */
export const mul: LanguagePack = {
  lang: 'mul',
  bylines: {
    agents: ['por', 'door', 'af', 'av', 'di'],
    // Chinese and Japanese: "author", "reporter", "text by".
    labels: ['作者', '记者', '記者', '撰文', '文'],
    // Chinese and Japanese: "(responsible) editor", "editing".
    editorLabels: ['责任编辑', '責任編輯', '编辑', '編輯', '編集'],
    // Dutch "beeld" (picture), as in "Door: NU.nl Beeld: ANP".
    pictureCredits: ['fotos', 'фото', 'beeld'],
    nameParticles: ['de', 'van', 'von', 'da', 'di', 'du', 'le', 'la', 'del', 'della', 'ten', 'ter', 'al', 'el', 'bin', 'ibn', 'e', 'y'],
  },
  authorKinds: {
    // "Newsroom" in the languages of Europe's press: a byline made of it is the outlet's desk.
    genericBylines: [
      'redacción', 'redação', 'redazione', 'redactie', 'redakcja', 'redakce', 'redakcia', 'toimitus', 'redaksia',
      'redaktori', 'autor', 'autora', 'autore',
    ],
    teamWords: ['redacción', 'redação', 'redazione', 'redactie', 'redakcja', 'redakce', 'redakcia', 'toimitus', 'redaksia', 'redaktori'],
  },
  dates: {
    relative: ['hace'],
    // Spanish, Italian, Portuguese: "a las 10:15", "alle 10:15" read from their first word.
    clockOpeners: ['a'],
    // Inflected forms are listed whole where a prefix would be ambiguous ("marca", "июля"); Bengali last.
    months: [
    ['januari', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'tammikuu', 'tammikuuta', 'stycznia', 'styczen', 'ledna', 'leden', 'ianuarie', 'ocak', 'янв', 'январь', 'января', 'січня', 'січень', 'يناير', 'janar', 'ιανουαριου', 'януари', 'जनवरी', 'জানুয়ারি', 'জানু'],
    ['februari', 'febrero', 'febbraio', 'fevereiro', 'helmikuu', 'helmikuuta', 'lutego', 'luty', 'unora', 'unor', 'februarie', 'subat', 'фев', 'февраль', 'февраля', 'лютого', 'лютий', 'فبراير', 'شباط', 'shkurt', 'φεβρουαριου', 'февруари', 'फरवरी', 'फ़रवरी', 'ফেব্রুয়ারি', 'ফেব'],
    ['maart', 'mrt', 'marzo', 'marco', 'maaliskuu', 'maaliskuuta', 'marca', 'marzec', 'brezna', 'brezen', 'martie', 'mart', 'maret', 'март', 'марта', 'березня', 'березень', 'مارس', 'اذار', 'μαρτιου', 'मार्च', 'মার্চ'],
    ['abril', 'abr', 'aprile', 'huhtikuu', 'huhtikuuta', 'kwietnia', 'kwiecien', 'dubna', 'duben', 'aprilie', 'nisan', 'апр', 'апрель', 'апреля', 'квітня', 'квітень', 'ابريل', 'نيسان', 'prill', 'απριλιου', 'април', 'अप्रैल', 'এপ্রিল'],
    ['mei', 'mayo', 'maggio', 'mag', 'maio', 'maj', 'maja', 'toukokuu', 'toukokuuta', 'kvetna', 'kveten', 'mayıs', 'mayis', 'май', 'мая', 'травня', 'травень', 'مايو', 'ايار', 'μαιου', 'मई', 'মে'],
    ['junio', 'giugno', 'giu', 'junho', 'kesakuu', 'kesakuuta', 'czerwca', 'czerwiec', 'cervna', 'cerven', 'iunie', 'haziran', 'июн', 'июнь', 'июня', 'червня', 'червень', 'يونيو', 'يونيه', 'حزيران', 'qershor', 'ιουνιου', 'юни', 'जून', 'জুন'],
    ['julio', 'luglio', 'lug', 'julho', 'heinakuu', 'heinakuuta', 'lipca', 'lipiec', 'cervence', 'cervenec', 'iulie', 'temmuz', 'июл', 'июль', 'июля', 'липня', 'липень', 'يوليو', 'يوليه', 'تموز', 'korrik', 'ιουλιου', 'юли', 'जुलाई', 'জুলাই'],
    ['augustus', 'agosto', 'ago', 'elokuu', 'elokuuta', 'sierpnia', 'sierpien', 'srpna', 'srpen', 'agustos', 'agustus', 'авг', 'август', 'августа', 'серпня', 'серпень', 'اغسطس', 'gusht', 'αυγουστου', 'अगस्त', 'আগস্ট'],
    ['septiembre', 'setembro', 'settembre', 'set', 'syyskuu', 'syyskuuta', 'wrzesnia', 'wrzesien', 'zari', 'septembrie', 'eylul', 'сен', 'сент', 'сентябрь', 'сентября', 'вересня', 'вересень', 'سبتمبر', 'ايلول', 'shtator', 'szeptember', 'σεπτεμβριου', 'септември', 'सितंबर', 'सितम्बर', 'সেপ্টেম্বর', 'সেপ্ট'],
    ['octubre', 'ottobre', 'ott', 'outubro', 'out', 'lokakuu', 'lokakuuta', 'pazdziernika', 'pazdziernik', 'rijna', 'rijen', 'octombrie', 'ekim', 'окт', 'октябрь', 'октября', 'жовтня', 'жовтень', 'اكتوبر', 'tetor', 'οκτωβριου', 'октомври', 'अक्टूबर', 'अक्तूबर', 'অক্টোবর', 'অক্টো'],
    ['noviembre', 'novembro', 'marraskuu', 'marraskuuta', 'listopada', 'listopad', 'listopadu', 'noiembrie', 'kasım', 'kasim', 'ноя', 'ноябрь', 'ноября', 'листопада', 'листопад', 'نوفمبر', 'nentor', 'νοεμβριου', 'ноември', 'नवंबर', 'नवम्बर', 'নভেম্বর'],
    ['dic', 'diciembre', 'dicembre', 'dezembro', 'des', 'desember', 'joulukuu', 'joulukuuta', 'grudnia', 'grudzien', 'prosince', 'prosinec', 'decembrie', 'aralık', 'aralik', 'дек', 'декабрь', 'декабря', 'грудня', 'грудень', 'ديسمبر', 'dhjetor', 'δεκεμβριου', 'декември', 'दिसंबर', 'दिसम्बर', 'ডিসেম্বর', 'ডিসে'],
    ],
    // Persian, then Dari (Afghanistan): the months of the Solar Hijri calendar.
    solarHijriMonths: [
      ['فروردین', 'حمل'], ['اردیبهشت', 'ثور'], ['خرداد', 'جوزا'], ['تیر', 'سرطان'], ['مرداد', 'امرداد', 'اسد'], ['شهریور', 'سنبله'],
      ['مهر', 'میزان'], ['آبان', 'عقرب'], ['آذر', 'قوس'], ['دی', 'جدی'], ['بهمن', 'دلو'], ['اسفند', 'حوت'],
    ],
  },
};
