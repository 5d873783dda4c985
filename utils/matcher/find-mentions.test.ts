import { describe, expect, it } from 'vitest';
import { AliasSyntaxError, buildIndex, checkAlias, findMentions } from './index';
import { SCRIPT_ENTITIES, TEST_ENTITIES } from '../../tests/support/matcher-entities';

const index = buildIndex(TEST_ENTITIES);

/** Mentions as "entity-id:text", in output order. */
function found(text: string): string[] {
  return findMentions(text, index).map((m) => `${m.entityId}:${m.text}`);
}

describe('findMentions: context aliases', () => {
  const entities = [
    { id: 'putin', kind: 'person' as const, aliases: ['[Vladimir] Putin'] },
    { id: 'visit', kind: 'event' as const, aliases: ["Putin's visit to India"], contextAliases: { requires: ['putin'], aliases: ['two-day visit to India'] } },
  ];
  const contextIndex = buildIndex(entities);
  const kinds = (text: string) => findMentions(text, contextIndex).map((m) => `${m.entityId}:${m.text}`);

  it('count beside a mention of an entity they require', () => {
    expect(kinds('Putin began a two-day visit to India.')).toEqual(['putin:Putin', 'visit:two-day visit to India']);
  });
  it('without one, do not take an overlapping ordinary alias down with them', () => {
    const overlap = buildIndex([
      { id: 'putin', kind: 'person', aliases: ['Putin'] },
      { id: 'visit', kind: 'event', aliases: ['India visit'], contextAliases: { requires: ['putin'], aliases: ['the two-day India visit'] } },
    ]);
    expect(findMentions('The chancellor ended the two-day India visit.', overlap).map((m) => m.text)).toEqual(['India visit']);
  });
  it('do not count without one, or beside a required entity only another context alias names', () => {
    expect(kinds('The chancellor began a two-day visit to India.')).toEqual([]);
    const circular = buildIndex([
      { id: 'a', kind: 'event', aliases: ['Alpha Summit'], contextAliases: { requires: ['b'], aliases: ['summit of the year'] } },
      { id: 'b', kind: 'topic', aliases: ['Beta Accord'], contextAliases: { requires: ['a'], aliases: ['accord of the year'] } },
    ]);
    expect(findMentions('The summit of the year made the accord of the year.', circular)).toEqual([]);
  });
});

describe('findMentions: people', () => {
  it.each<[string, string, string[]]>([
    ['full name', 'Prime Minister Narendra Modi greeted the guests.', ['narendra-modi:Narendra Modi']],
    ['title + surname, span is the name', 'In July last year, PM Modi flew to Moscow.', ['narendra-modi:Modi']],
    ['President + surname', 'President Murmu hosted a banquet.', ['droupadi-murmu:Murmu']],
    ['Defence Minister', 'Defence Minister Belousov arrived.', ['andrei-belousov:Belousov']],
    ['Defense Minister', 'Defense Minister Belousov arrived.', ['andrei-belousov:Belousov']],
    ['Mr with a dot', 'Mr. Putin smiled.', ['vladimir-putin:Putin']],
    ['Mr without a dot', 'Mr Putin smiled.', ['vladimir-putin:Putin']],
    ['transliteration', 'He met Andrey Belousov in Qingdao.', ['andrei-belousov:Andrey Belousov']],
    ['straight possessive', "Modi's principal secretary", ['narendra-modi:Modi']],
    ['curly possessive', 'President Murmu’s dinner for Putin', ['droupadi-murmu:Murmu', 'vladimir-putin:Putin']],
    ['ALL CAPS headline', 'PUTIN MEETS MODI IN DELHI', ['vladimir-putin:PUTIN', 'narendra-modi:MODI']],
    ['ALL CAPS possessive', 'MODI’S GAMBLE', ['narendra-modi:MODI']],
    ['NBSP between names', 'Narendra\u00a0Modi spoke.', ['narendra-modi:Narendra\u00a0Modi']],
    ['line break between names', 'Narendra\nModi spoke.', ['narendra-modi:Narendra\nModi']],
    ['soft hyphen inside a name', 'Pu\u00adtin spoke.', ['vladimir-putin:Pu\u00adtin']],
    ['zero-width space inside a name', 'Mo\u200bdi spoke.', ['narendra-modi:Mo\u200bdi']],
    ['sentence-initial word before surname', 'When Modi met Putin, they talked.', ['narendra-modi:Modi', 'vladimir-putin:Putin']],
    ['two names side by side', 'Modi Putin talks', ['narendra-modi:Modi', 'vladimir-putin:Putin']],
    ['after a sentence end', 'He was in Delhi. Modi said so.', ['narendra-modi:Modi']],
    ['country possessive', "India's Modi and Russia’s Putin", ['narendra-modi:Modi', 'vladimir-putin:Putin']],
    ['Title Case headline, preposition', 'As Trump Reaches Toward Putin, U.S. Troops Arrive in Poland', ['vladimir-putin:Putin']],
    ['Title Case headline, verb', 'Biden Slams Putin Over Ukraine Strikes', ['vladimir-putin:Putin']],
    ['Title Case headline, past tense verb', 'Xi Welcomed Modi Amid Border Thaw', ['narendra-modi:Modi']],
    ['Title Case headline, namesake still refused', 'Lalit Modi Returns To London', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findMentions: namesakes and look-alikes', () => {
  it.each<[string, string, string[]]>([
    ['another given name', 'Lalit Modi conceived the IPL.', []],
    ['explicit exclusion remembered in the block', 'Lalit Modi, the IPL founder. Modi is best known for T20. Later, Modi left.', []],
    ['memory ends when our person is named', 'Lalit Modi spoke. Narendra Modi replied. Modi smiled.', ['narendra-modi:Narendra Modi', 'narendra-modi:Modi']],
    ['given + middle name', 'Deputy Chief Minister Sushil Kumar Modi spoke.', []],
    ['given name heuristics, not only exclusions', 'Nirav Modi’s extradition; Nirav Deepak Modi', []],
    ['initials with spaces', 'G. C. Murmu took charge.', []],
    ['initials without spaces', 'G.C. Murmu took charge.', []],
    ['run-together initials', "GC Murmu's exit surprised many.", []],
    ['namesake by given name', 'Girish Chandra Murmu was appointed.', []],
    ['another Belousov', 'Economist Sergei Belousov disagreed.', []],
    ['plural surname', 'the two Modis come from the same stable', []],
    ['Italian ordinary word', 'Ci ha provato in tutti i modi.', []],
    ['inside a longer word', 'Kremlinology and Putinism', []],
    ['e-mail address', 'Write to putin@kremlin.ru or Modi@pmo.in today.', []],
    ['URL', 'See https://example.com/news/Putin-visit and www.Modi.in now.', []],
    ['bare domain', 'Visit Putin.ru for more.', []],
    ["our person's initials", 'В.В. Путин и Н. Моди; V. Putin', ['vladimir-putin:Путин', 'narendra-modi:Моди', 'vladimir-putin:Putin']],
    ["someone else's single initial", 'K. Putin, a cardiologist, and L Modi', []],
    ['Devanagari initials', 'जी.सी. मुर्मू ने पद संभाला।', []],
    ['an office title after a namesake names ours', 'Lalit Modi left. PM Modi spoke.', ['narendra-modi:Modi']],
    ['an honorific after a namesake does not', 'Lalit Modi left. Mr Modi spoke.', []],
    ['a road named after someone', 'The shop on Modi Road is shut.', []],
    ['a firm named after someone', 'the Modi Group and its mills', []],
    ['a lower-case word after the name', 'the Modi government', ['narendra-modi:Modi']],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findMentions: Russian and Hindi', () => {
  it.each<[string, string, string[]]>([
    ['sentence-initial Russian preposition', 'О Белоусове писали много.', ['andrei-belousov:Белоусове']],
    ['sentence-initial Russian question word', 'Почему Моди не осудил?', ['narendra-modi:Моди']],
    ['sentence-initial Italian question word', 'Perché Modi tace?', ['narendra-modi:Modi']],
    ['country after a title', 'Президент РФ Путин прибыл.', ['vladimir-putin:Путин']],
    ['a capitals headline line before the name', 'DELHI ROLLS OUT RED CARPET\nPutin arrives', ['vladimir-putin:Putin']],
    ['genitive full name', 'визит Владимира Путина в Индию', ['vladimir-putin:Владимира Путина']],
    ['dative', 'Путину', ['vladimir-putin:Путину']],
    ['instrumental', 'с Путиным', ['vladimir-putin:Путиным']],
    ['prepositional', 'о Путине', ['vladimir-putin:Путине']],
    ['feminine -а stem in instrumental', 'с Нарендрой Моди', ['narendra-modi:Нарендрой Моди']],
    ['genitive of -а stem', 'визит Нарендры Моди', ['narendra-modi:Нарендры Моди']],
    ['-ов surname cases', 'Белоусова, Белоусову, Белоусовым, Белоусове', [
      'andrei-belousov:Белоусова',
      'andrei-belousov:Белоусову',
      'andrei-belousov:Белоусовым',
      'andrei-belousov:Белоусове',
    ]],
    ['full name in nominative', 'Андрей Белоусов прилетел', ['andrei-belousov:Андрей Белоусов']],
    ['not an ending we know', 'Путинизм', []],
    ['Russian title', 'г-н Моди назвал', ['narendra-modi:Моди']],
    ['Russian namesake', 'Сергей Белоусов, однофамилец министра', []],
    ['Hindi full name', 'प्रधानमंत्री नरेंद्र मोदी के निमंत्रण पर', ['narendra-modi:नरेंद्र मोदी']],
    ['Hindi with vowel signs at the end', 'राष्ट्रपति द्रौपदी मुर्मू से', ['droupadi-murmu:द्रौपदी मुर्मू']],
    ['Hindi surname after a title', 'पुतिन पीएम मोदी के साथ', ['vladimir-putin:पुतिन', 'narendra-modi:मोदी']],
    ['Hindi exclusion', 'ललित मोदी ने कहा', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findMentions: Chinese, Arabic, Bengali, Hindi and German', () => {
  const scripts = buildIndex(SCRIPT_ENTITIES);
  it.each<[string, string, string[]]>([
    ['Han names inside a run of Han characters', '俄罗斯总统普京4日飞抵印度，印度总理莫迪亲赴机场迎接。', ['vladimir-putin:普京', 'narendra-modi:莫迪']],
    ['a longer Han name holding a key (Modigliani) is no namesake', '意大利画家莫迪利亚尼的作品；莫迪将与普京会谈。', ['narendra-modi:莫迪', 'vladimir-putin:普京']],
    ['Han full name joined by a middle dot', '国防部长安德烈·别洛乌索夫随行。', ['andrei-belousov:安德烈·别洛乌索夫']],
    ['another Han given name before a middle dot', '经济学家德米特里·别洛乌索夫表示。', []],
    ['Arabic prepositions and conjunctions written onto names', 'أول رحلة لبوتين إلى الهند، وناقش بوتين ومودي الملفات.', [
      'vladimir-putin:بوتين',
      'vladimir-putin:بوتين',
      'narendra-modi:مودي',
    ]],
    ['an Arabic phrase after one or two proclitics', 'في أجندة بالقمة الهندية الروسية وبالقمة الهندية الروسية', ['summit:القمة الهندية الروسية', 'summit:القمة الهندية الروسية']],
    ['the letters of a name inside another Arabic word', 'البغدادي المحمودي', []],
    ['Bengali case endings', 'নরেন্দ্র মোদীর সঙ্গে পুতিনের বৈঠক, মোদীকে স্বাগত', [
      'narendra-modi:নরেন্দ্র মোদীর',
      'vladimir-putin:পুতিনের',
      'narendra-modi:মোদীকে',
    ]],
    ['Hindi: another given name before the surname', 'भाई प्रह्लाद मोदी घायल हो गए', []],
    ['Hindi: title, conjunction and verb before the surname', 'पीएम मोदी और मोदी, पहुंचे मोदी', ['narendra-modi:मोदी', 'narendra-modi:मोदी', 'narendra-modi:मोदी']],
    ['German compound titles', 'Kremlchef Putin und Premierminister Modi', ['vladimir-putin:Putin', 'narendra-modi:Modi']],
    ['a German noun before the surname', 'dessen Beendigung Modi forderte', ['narendra-modi:Modi']],
    ['German plural noun Modi (modes)', 'Die Kamera hat zwei Modi, in beiden Modi gleich.', []],
  ])('%s', (_name, text, expected) => {
    expect(findMentions(text, scripts).map((m) => `${m.entityId}:${m.text}`)).toEqual(expected);
  });
});

describe('findMentions: events', () => {
  it.each<[string, string, string[]]>([
    ['event phrase yields the person too', "Putin's visit to India", ['putin-india-visit:Putin\'s visit to India', 'vladimir-putin:Putin']],
    ['curly apostrophe in an alias apostrophe', 'Putin’s India visit', ['putin-india-visit:Putin’s India visit', 'vladimir-putin:Putin']],
    ['dash variants', 'the Modi–Putin summit', ['putin-india-visit:Modi–Putin summit', 'narendra-modi:Modi', 'vladimir-putin:Putin']],
    ['spaced dash', 'the Russia – Ukraine war', ['war-in-ukraine:Russia – Ukraine war']],
    ['hyphen may be a space', 'the Russia Ukraine conflict', ['war-in-ukraine:Russia Ukraine conflict']],
    ['lower-case alias matches any case', 'the India-Russia Inter-Governmental Commission on Military and Military-Technical Cooperation (IRIGC-M&MTC)', [
      'military-technical-commission:Inter-Governmental Commission on Military and Military-Technical Cooperation',
      'military-technical-commission:IRIGC-M&MTC',
    ]],
    ['abbreviation needs its capitals', 'irigc-m&mtc', []],
    ['headline', 'Vladimir Putin India Visit: live updates', [
      'putin-india-visit:Vladimir Putin India Visit',
      'vladimir-putin:Vladimir Putin',
    ]],
    ['numbered look-alike is excluded', 'the 21st annual India-Russia summit', []],
    ['our number is more specific than the exclusion', 'the 23rd India-Russia Annual Summit', ['putin-india-visit:23rd India-Russia Annual Summit']],
    ['a URL slug is not text', 'example.com/war-in-ukraine/live', []],
    ['"&" stands for "and"', 'the inter-governmental commission on military & military-technical cooperation', [
      'military-technical-commission:inter-governmental commission on military & military-technical cooperation',
    ]],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('drops a phrase whose text goes on to another place than the longer phrase wants', () => {
    const visit = buildIndex([{ id: 'visit', kind: 'event', aliases: ["Putin's [state] visit [to India]"] }]);
    const at = (text: string) => findMentions(text, visit).map((m) => m.text);
    expect(at("Putin's visit to Turkmenistan")).toEqual([]);
    expect(at("Putin's state visit to India")).toEqual(["Putin's state visit to India"]);
    expect(at("Putin's visit to strengthen ties")).toEqual(["Putin's visit"]);
    expect(at("Putin's visit, officials said")).toEqual(["Putin's visit"]);
  });

  it('reports UTF-16 offsets into the original text and the alias that matched', () => {
    const text = 'Вчера\u00a0🇮🇳 Pu\u00adtin’s India visit';
    const mentions = findMentions(text, index);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => [m.entityId, m.alias])).toEqual([
      ['putin-india-visit', "Putin's (India visit|visit to India)"],
      ['vladimir-putin', '[Vladimir] Putin'],
    ]);
  });

  it('returns nothing for an empty index or empty text', () => {
    expect(findMentions('Putin', buildIndex([]))).toEqual([]);
    expect(findMentions('', index)).toEqual([]);
  });
});

describe('alias language', () => {
  it.each<[string, string | null]>([
    ['[Narendra] Modi', null],
    ['(Defence|Defense) Minister Belousov', null],
    ['Путин~', null],
    ['# [annual] India-Russia summit', null],
    ['IRIGC-M&MTC', null],
    ['(Modi', "unclosed '(' at 0"],
    ['[Modi', "unclosed '[' at 0"],
    ['Modi)', "unexpected ')' at 4"],
    ['(Modi|) x', 'empty variant at 6'],
    ['[x]', 'can match an empty phrase (everything is optional)'],
    ['Putin~', "'~' only follows a Cyrillic word (at \"Putin~\")"],
    ['Narendra  Modi', 'double space at 8'],
    ['Modi.*', "'*' is not part of the alias language"],
    ['Mr.', 'punctuation in "Mr." must sit between letters or digits'],
    ['a|b', "'|' outside '( )' at 1"],
    ['(a|b) (c|d) (e|f) (g|h) (i|j) (k|l) (m|n)', 'expands to more than 64 phrases'],
    ['x'.repeat(121), 'is longer than 120 characters'],
  ])('%s', (alias, message) => {
    expect(checkAlias(alias)).toBe(message);
  });

  it('buildIndex names the bad alias', () => {
    expect(() => buildIndex([{ id: 'x', kind: 'person', aliases: ['(Modi'] }])).toThrow(AliasSyntaxError);
    expect(() => buildIndex([{ id: 'x', kind: 'person', aliases: ['(Modi'] }])).toThrow(/alias "\(Modi"/);
  });

  it('variants and optional words expand', () => {
    const idx = buildIndex([{ id: 'b', kind: 'person', aliases: ['(Defence|Defense) Minister [Andrei] Belousov'] }]);
    const m = (t: string) => findMentions(t, idx).map((x) => x.text);
    expect(m('Defense Minister Belousov')).toEqual(['Defense Minister Belousov']);
    expect(m('Defence Minister Andrei Belousov')).toEqual(['Defence Minister Andrei Belousov']);
    expect(m('defence minister Belousov')).toEqual([]);
  });
});

describe('scanner edge cases (the filter, first-word rejection, lazily classified blocks)', () => {
  const idx = buildIndex([
    { id: 'v', kind: 'event', aliases: ['war in Ukraine', 'the Kari summit', '# India-Russia summit'] },
    { id: 'p', kind: 'person', aliases: ['[Владимир~] Владимирович~ Путин~', 'Putin'] },
  ]);
  const m = (t: string) => findMentions(t, idx).map((x) => `${x.entityId}:${x.text}`);
  it.each<[string, string, string[]]>([
    ['first word followed by another word', 'the war is over; the war in Ukraine is not', ['v:war in Ukraine']],
    ['first word at the end of the text', 'no more war', []],
    ['first word then punctuation', 'war, in Ukraine', []],
    ['a common first word', 'the talks, the Kari summit and the rest', ['v:the Kari summit']],
    ['prefix of a longer word', 'wary in Ukraine; warfare', []],
    ['soft hyphen right after a first word', 'war\u00ad in Ukraine', ['v:war\u00ad in Ukraine']],
    ['soft hyphen inside the next word', 'war in Ukr\u00adaine', ['v:war in Ukr\u00adaine']],
    ['number first word', 'the 21st India-Russia summit', ['v:21st India-Russia summit']],
    ['Devanagari digits', 'the २१ India-Russia summit', ['v:२१ India-Russia summit']],
    ['instrumental -ем after ч', 'с Владимиром Владимировичем Путиным', ['p:Владимиром Владимировичем Путиным']],
    ['-ым is not an ending after ч', 'Владимировичым Путиным', []],
    // Runic and Ogham: blocks no other test touches, so they are classified mid-scan.
    ['a rarely seen block glued to a name', 'ᚠᚢᚦPutin', []],
    ['a rarely seen block before a name', 'ᚁᚂᚃ Putin', ['p:Putin']],
  ])('%s', (_name, text, expected) => {
    expect(m(text)).toEqual(expected);
  });
});
