/**
 * The bundled pack's aliases and exclusions as rules, on sentences written for these tests (not
 * taken from the dev corpus): each generalisation of a name, a spelling or a look-alike has its
 * table here, so a pack edit that breaks one says which.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, findMentions, type MatcherEntity } from './index';

const pack = JSON.parse(readFileSync(resolve(__dirname, '../../data/briefing-pack.json'), 'utf8')) as {
  entities: MatcherEntity[];
};
const index = buildIndex(pack.entities);
const LABELLED = new Set([
  'andrei-belousov',
  'vladimir-putin',
  'droupadi-murmu',
  'narendra-modi',
  'military-technical-commission',
  'putin-india-visit',
  'war-in-ukraine',
]);

/** Mentions of the seven labelled ids as "entity-id:text", in output order. */
function found(text: string): string[] {
  return findMentions(text, index)
    .filter((m) => LABELLED.has(m.entityId))
    .map((m) => `${m.entityId}:${m.text}`);
}

type Row = [name: string, text: string, expected: string[]];
const run = (rows: Row[]) =>
  it.each(rows)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

describe('numbered summits: only the 23rd (December 2025) is the visit', () => {
  run([
    ['an earlier numbered summit', 'The 20th India-Russia annual summit was held in Moscow in 2019.', []],
    ['ordinal after "annual"', 'Delhi hosted the annual 21st India-Russia summit that year.', []],
    ['reversed country order', 'At the 22nd Russia-India summit, the leaders signed nine pacts.', []],
    ['a summit number we never listed', 'Officials recalled the 14th India-Russia annual summit of 2013.', []],
    ['bilateral instead of annual', 'Before the 18th India-Russia bilateral summit, ministers met.', []],
    ['ours, by number', 'Preparations for the 23rd India-Russia Annual Summit are complete.', [
      'putin-india-visit:23rd India-Russia Annual Summit',
    ]],
    ['ours, by year', 'The 2025 India-Russia summit will open on Thursday.', ['putin-india-visit:2025 India-Russia summit']],
    ['ours, unnumbered', 'The India-Russia annual summit opens on Thursday.', ['putin-india-visit:India-Russia annual summit']],
    ['Hindi: an earlier numbered summit', 'नई दिल्ली में 21वें भारत-रूस वार्षिक शिखर सम्मेलन का आयोजन हुआ था।', []],
    ['Hindi: an earlier summit without "annual"', 'मॉस्को में 22वें भारत-रूस शिखर सम्मेलन में समझौते हुए।', []],
    ['Hindi: ours', 'दिसंबर में 23वें भारत-रूस वार्षिक शिखर सम्मेलन की तैयारी है।', [
      'putin-india-visit:23वें भारत-रूस वार्षिक शिखर सम्मेलन',
    ]],
  ]);
});

describe("other leaders' visits and Putin's other trips are look-alikes", () => {
  run([
    ["another leader's India visit", "Trump's India visit was postponed again.", []],
    ["another leader's India trip", "Macron's India trip focused on jets.", []],
    ['Putin to China', "Putin's visit to China came weeks before.", ['vladimir-putin:Putin']],
    ['Putin on a state visit elsewhere', "Putin's state visit to Vietnam drew protests.", ['vladimir-putin:Putin']],
    ['Putin to Delhi is the visit', "Putin's visit to New Delhi lasted thirty hours.", [
      "putin-india-visit:Putin's visit to New Delhi",
      'vladimir-putin:Putin',
    ]],
    ['Putin to India is the visit', "Putin's trip to India was his first since 2021.", [
      "putin-india-visit:Putin's trip to India",
      'vladimir-putin:Putin',
    ]],
    ['Hindi: another leader', 'ट्रंप की भारत यात्रा पर सबकी नज़र है।', []],
    ['Hindi: Putin', 'पुतिन की भारत यात्रा से पहले तैयारियाँ तेज़ हुईं।', [
      'putin-india-visit:पुतिन की भारत यात्रा',
      'vladimir-putin:पुतिन',
    ]],
  ]);
});

describe('generic visit phrases are the visit only beside Putin (event frames)', () => {
  run([
    ['beside Putin', 'Putin will stay at the ITC Maurya during his two-day visit to India.', [
      'vladimir-putin:Putin',
      'putin-india-visit:two-day visit to India',
    ]],
    ["someone else's, with no Putin in the block", "The Japanese prime minister's two-day visit to India ends today.", []],
    ['Italian, beside Putin', 'Vladimir Putin è arrivato per una visita di Stato in India di due giorni.', [
      'vladimir-putin:Vladimir Putin',
      'putin-india-visit:visita di Stato in India',
    ]],
    ['Italian, someone else', 'Il cancelliere tedesco ha concluso la sua visita di Stato in India.', []],
    ['the annual bilateral summit of others', 'Japan and India held their annual bilateral summit in Tokyo.', []],
    ["a bare 'India visit' of someone else", "The Japanese prime minister's India visit ended on Friday.", []],
    ["a bare 'India visit' beside Putin", 'Putin landed at dawn; the India visit ends on Friday.', ['vladimir-putin:Putin', 'putin-india-visit:India visit']],
    ['Hindi: a bare India visit of someone else', 'जापानी प्रधानमंत्री का भारत दौरा शुक्रवार को खत्म हुआ।', []],
    ['named by his title', "The Russian President's visit to India was brief.", ["putin-india-visit:Russian President's visit to India"]],
    ['Hindi: named by his title', 'रूसी राष्ट्रपति के भारत दौरे पर अमेरिका की नजर है।', ['putin-india-visit:रूसी राष्ट्रपति के भारत दौरे']],
    ['Italian: named by his title', 'La visita in India del leader russo si chiude venerdì.', ['putin-india-visit:visita in India del leader russo']],
    ['Italian: the Kremlin leader', 'La visita del leader del Cremlino in India si chiude venerdì.', [
      'putin-india-visit:visita del leader del Cremlino in India',
    ]],
    ['Italian: two-day visit beside Putin', 'Putin è arrivato per una visita di due giorni in India.', [
      'vladimir-putin:Putin',
      'putin-india-visit:visita di due giorni in India',
    ]],
    ['Italian: two-day visit of someone else', 'Il cancelliere è arrivato per una visita di due giorni in India.', []],
    ['Hindi: a visit of an earlier year beside Putin', 'पुतिन की 2021 की भारत यात्रा छोटी थी।', ['vladimir-putin:पुतिन']],
  ]);
});

describe('short commission names are the commission only beside Belousov or military words (event frames)', () => {
  run([
    ['beside Belousov', 'Belousov opened the Inter-Governmental Commission session.', [
      'andrei-belousov:Belousov',
      'military-technical-commission:Inter-Governmental Commission',
    ]],
    ['with no Belousov in the block', 'The intergovernmental commission met in Moscow.', []],
    ['the trade commission beside Belousov', 'Belousov was not at the Intergovernmental Commission on Trade in Moscow.', [
      'andrei-belousov:Belousov',
    ]],
    ['military-technical commission', 'Belousov chaired the military-technical commission.', [
      'andrei-belousov:Belousov',
      'military-technical-commission:military-technical commission',
    ]],
    ['Hindi', 'बेलौसोव ने अंतर-सरकारी आयोग की बैठक में भाग लिया।', [
      'andrei-belousov:बेलौसोव',
      'military-technical-commission:अंतर-सरकारी आयोग',
    ]],
    ['Russian', 'Белоусов открыл заседание межправкомиссии.', [
      'andrei-belousov:Белоусов',
      'military-technical-commission:межправкомиссии',
    ]],
    ['Russian: the trade commission', 'Белоусов не участвовал в работе межправкомиссии по торгово-экономическому сотрудничеству.', [
      'andrei-belousov:Белоусов',
    ]],
  ]);
});

describe('the war in its common phrasings', () => {
  run([
    ['country order reversed', 'Oil prices rose after the Ukraine-Russia war began.', ['war-in-ukraine:Ukraine-Russia war']],
    ['reversed, with a dash', 'talks on the Ukraine–Russia conflict', ['war-in-ukraine:Ukraine–Russia conflict']],
    ["Russia's war on Ukraine", "Sanctions followed Russia's war on Ukraine.", ["war-in-ukraine:Russia's war on Ukraine"]],
    ["Russia's war in Ukraine", "Russia's war in Ukraine is in its fourth year.", ['war-in-ukraine:war in Ukraine']],
    ['Russian: the conflict around Ukraine', 'Стороны обсудили урегулирование конфликта вокруг Украины.', [
      'war-in-ukraine:конфликта вокруг Украины',
    ]],
    ['Russian: СВО', 'Ветераны СВО получат льготы.', ['war-in-ukraine:СВО']],
    ['Hindi: जंग', 'रूस-यूक्रेन जंग के बीच भारत ने तेल खरीदा।', ['war-in-ukraine:रूस-यूक्रेन जंग']],
    ['Hindi: between Russia and Ukraine', 'रूस और यूक्रेन के बीच युद्ध जारी है।', ['war-in-ukraine:रूस और यूक्रेन के बीच युद्ध']],
    ['Italian: invasion', "Dopo l'invasione dell'Ucraina i prezzi sono saliti.", ["war-in-ukraine:invasione dell'Ucraina"]],
    ['Italian: adjective form', 'La guerra russo-ucraina pesa sul commercio.', ['war-in-ukraine:guerra russo-ucraina']],
    ['lower-case abbreviation is an ordinary word', 'свод правил', []],
  ]);
});

describe('the commission in its older name and other languages', () => {
  run([
    ['pre-2021 abbreviation', 'The IRIGC-MTC last met in Moscow.', ['military-technical-commission:IRIGC-MTC']],
    ['Hindi short name', 'सैन्य-तकनीकी सहयोग पर भारत-रूस अंतर-सरकारी आयोग की बैठक हुई।', [
      'military-technical-commission:सैन्य-तकनीकी सहयोग पर भारत-रूस अंतर-सरकारी आयोग',
    ]],
    ['Italian long name', 'La commissione intergovernativa russo-indiana per la cooperazione tecnico-militare si è riunita.', [
      'military-technical-commission:commissione intergovernativa russo-indiana per la cooperazione tecnico-militare',
    ]],
  ]);
});

describe('people: spellings, case forms and namesakes', () => {
  run([
    ['Russian patronymic in the instrumental', 'Встреча с Андреем Рэмовичем Белоусовым прошла в Дели.', [
      'andrei-belousov:Андреем Рэмовичем Белоусовым',
    ]],
    ["Putin's patronymic in the instrumental", 'с Владимиром Владимировичем Путиным', [
      'vladimir-putin:Владимиром Владимировичем Путиным',
    ]],
    ['Hindi: Belousov, other spelling', 'रक्षा मंत्री आंद्रेई बेलोउसोव दिल्ली पहुँचे।', ['andrei-belousov:आंद्रेई बेलोउसोव']],
    ['Hindi: Belousov, surname only', 'बेलोसोव ने कहा कि सहयोग बढ़ेगा।', ['andrei-belousov:बेलोसोव']],
    ['Hindi: Murmu with short u', 'राष्ट्रपति द्रौपदी मुर्मु ने भोज दिया।', ['droupadi-murmu:द्रौपदी मुर्मु']],
    ['Hindi: Murmu namesake, other spelling', 'गिरीश चन्द्र मुर्मु को नियुक्त किया गया।', []],
    ['Hindi: Murmu namesake by initials', 'जीसी मुर्मू ने पद छोड़ा।', []],
    ['Hindi: Modi full name', 'नरेंद्र दामोदरदास मोदी ने शपथ ली।', ['narendra-modi:नरेंद्र दामोदरदास मोदी']],
    ["Hindi: Modi's brother", 'प्रह्लाद मोदी ने बयान दिया।', []],
    ["Modi's brother in English", 'Prahlad Modi runs a ration shop.', []],
    ['Hindi: PM title, name span only', 'पीएम मोदी ने स्वागत किया।', ['narendra-modi:मोदी']],
    ['Russian: indeclinable surnames', 'Моди и Мурму встретили гостя.', ['narendra-modi:Моди', 'droupadi-murmu:Мурму']],
  ]);
});

describe('generalisations found with the held-out set', () => {
  run([
    ['Putin visit with a month before it', "Putin's December visit to India ended on Friday.", [
      "putin-india-visit:Putin's December visit to India",
      'vladimir-putin:Putin',
    ]],
    ['Putin visit to another country, any country', "Putin's state visit to Azerbaijan was short.", ['vladimir-putin:Putin']],
    ['the summit without "annual"', 'after the Russia-India summit', ['putin-india-visit:Russia-India summit']],
    ['an earlier summit by "last"', 'The last India-Russia summit was in 2021.', []],
    ['Russian: the visit named by office', 'визит президента России в Индию', ['putin-india-visit:визит президента России в Индию']],
    ['Russian: an earlier numbered summit', 'на 21-м российско-индийском саммите', []],
    ['Russian: ours by number', 'на 23-м российско-индийском саммите', ['putin-india-visit:23-м российско-индийском саммите']],
    ['Italian: visit elsewhere', 'la visita di Putin a Pechino', ['vladimir-putin:Putin']],
    ['Italian: summit', 'il vertice India-Russia di dicembre', ['putin-india-visit:vertice India-Russia']],
    ['commission with "&"', 'the Intergovernmental Commission on Military & Military-Technical Cooperation', [
      'military-technical-commission:Intergovernmental Commission on Military & Military-Technical Cooperation',
    ]],
    ['Russian commission abbreviation', 'заседание МПК ВТС', ['military-technical-commission:МПК ВТС']],
    ['war: Russo-Ukrainian', 'the Russo-Ukrainian war', ['war-in-ukraine:Russo-Ukrainian war']],
    ['war: Russian short form', 'участники спецоперации', ['war-in-ukraine:спецоперации']],
    ['Russian spelling of Murmu', 'Друпади Мурму приняла гостя.', ['droupadi-murmu:Друпади Мурму']],
    ['Belousov with patronymic', 'signed by Andrei Removich Belousov', ['andrei-belousov:Andrei Removich Belousov']],
    ['the Belousov-Zhabotinsky reaction', 'the Belousov–Zhabotinsky reaction', []],
    ['another office than the President', 'Lieutenant Governor Murmu spoke.', []],
    ['Hindi: Murmu namesakes of the Hul', 'सिदो मुर्मू और कान्हू मुर्मू', []],
    ['Italian idiom with capital M', 'Modi e tempi del vertice', []],
  ]);
});
