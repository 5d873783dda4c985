import { describe, expect, it } from 'vitest';
import { findEntities } from './find-entities';
import { tagSentences } from './tag-sentences';

const people = (sentences: string[]) =>
  findEntities(tagSentences(sentences))
    .candidates.filter((c) => c.kind === 'person')
    .map((c) => ({ name: c.name, role: c.role, names: c.names }));

describe('findEntities: people', () => {
  it('keeps lower-case particles inside a name, and calls the person by particle and surname', () => {
    const found = people(['The country once harbored Osama bin Laden, officials said.', 'Later the French honoured Charles de Gaulle, officials said.']);
    expect(found).toContainEqual({ name: 'Osama bin Laden', role: undefined, names: ['Osama bin Laden', 'bin Laden'] });
    expect(found).toContainEqual({ name: 'Charles de Gaulle', role: undefined, names: ['Charles de Gaulle', 'de Gaulle'] });
  });

  it('keeps an attached article in a name, and merges the surname said without it', () => {
    const found = people(['Sudan’s President Omar Hassan al-Bashir was indicted.', 'Officials said Mr. Bashir must be held accountable.']);
    expect(found).toEqual([{ name: 'Omar Hassan al-Bashir', role: 'President', names: ['Omar Hassan al-Bashir', 'Bashir'] }]);
  });

  it('splits a job word off a person’s name into the role, but not off a name that is no one’s', () => {
    const found = people(['Photographer Oleg Urusov took the picture.', 'Aerospace Writer Marcia Dunn contributed to this report.', 'The User Agreement changed.']);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['Oleg Urusov', 'Photographer'],
      ['Marcia Dunn', 'Aerospace Writer'],
    ]);
  });

  it('splits a title inside a run off the name, with the words before it for the role', () => {
    const found = people([
      'Nvidia Chief Executive Jensen Huang told reporters about the deal on a call.',
      'The deal was questioned by Republican Senator Tom Cotton in a letter.',
      'Intel CEO Lip-Bu Tan welcomed the investment from the chip maker.',
      'The code is released under the GNU General Public License to all users.',
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['Jensen Huang', 'Nvidia Chief Executive'],
      ['Tom Cotton', 'Republican Senator'],
      ['Lip-Bu Tan', 'Intel CEO'],
    ]);
  });

  it('keeps an initial inside a name, written as the article writes it', () => {
    const found = people(['He wrote to Intel Chairman Frank D. Yeary about the shares in a letter.']);
    expect(found).toEqual([{ name: 'Frank D. Yeary', role: 'Intel Chairman', names: ['Frank D. Yeary', 'Yeary'] }]);
  });

  it('takes a surname with a capitalised particle at a sentence start for the full name’s person', () => {
    const found = people(['Captain Virgil van Dijk scored from a corner in the second half.', 'Van Dijk said the team had been patient all night.']);
    expect(found).toEqual([{ name: 'Virgil van Dijk', role: 'Captain', names: ['Virgil van Dijk', 'van Dijk'] }]);
  });

  it('keeps "wa" inside a name, and folds a full name that lacks the first given name into the longer one', () => {
    const found = people([
      'President Arthur Peter Mutharika was sworn in on Saturday before a crowd in the capital.',
      'Peter Mutharika said the country would recover from the crisis soon.',
      'His late brother, President Bingu wa Mutharika, led the country until his death in office.',
    ]);
    expect(found.map((p) => p.name).sort()).toEqual(['Arthur Peter Mutharika', 'Bingu wa Mutharika']);
  });

  it('takes a name described as someone, set off by a comma, for a person', () => {
    const found = people([
      'Xavi Simons, who has struggled for form this season, scored the second goal.',
      '"No official will attend," Shosh Bedrosian, a spokeswoman for the government, said on Sunday.',
      'Hossam Badran, a member of the political bureau, said the group would not take part.',
      'Palo Alto, a city in California, approved the plan on Monday.',
      'The delegation flew in from Abu Dhabi, a choice diplomats said reflected unease.',
    ]);
    expect(found.map((p) => p.name)).toEqual(['Xavi Simons', 'Shosh Bedrosian', 'Hossam Badran']);
  });

  it('reads long names with particles, regnal numbers and foreign forms of address', () => {
    const found = people([
      'Qatar’s Emir Sheikh Tamim bin Hamad Al Thani joined the leaders at the resort on Monday.',
      'Those who attended included Jordan’s King Abdullah II and several other leaders.',
      'Madame Le Pen told the court on Tuesday that she had committed no crime.',
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['Tamim bin Hamad Al Thani', 'Emir Sheikh'],
      ['Abdullah II', 'King'],
      ['Le Pen', undefined],
    ]);
  });

  it('reads titles of more than one word, in the plural and hyphenated, and nationality nouns', () => {
    const found = people([
      'The figures were sent to Chancellor of the Exchequer Rachel Reeves on Monday morning.',
      'Justices Flávio Dino and Cristiano Zanin voted with the majority on the panel.',
      'The agency, whose Statistician-General Adeyemi Adeniran oversaw the rebasing, published the data.',
      'He is the third rider to do it, after Frenchman Octave Lapize, who did it from 1909 to 1911.',
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['Rachel Reeves', 'Chancellor of the Exchequer'],
      ['Flávio Dino', 'Justices'],
      ['Cristiano Zanin', undefined],
      ['Adeyemi Adeniran', 'Statistician-General'],
      ['Octave Lapize', undefined],
    ]);
  });

  it('takes a full name ending in the surname of someone found for that person', () => {
    const found = people(['Mathieu van der Poel won the race for the third year in a row on Sunday.', 'Van der Poel, who rode alone for the final hour, slumped on the grass.']);
    expect(found).toEqual([{ name: 'Mathieu van der Poel', role: undefined, names: ['Mathieu van der Poel', 'van der Poel'] }]);
  });

  it('takes no modifier, nationality, institution or place for a person', () => {
    const found = people([
      'Hughes, a former Treasury official who began his term in 2020, resigned on Monday.',
      'The ruling makes him the first former Brazilian president convicted of the crime.',
      'The case was studied by a political scientist at Fundação Getulio Vargas, who asked not to be named.',
      'Residents of Santa Clara, the city where the company is based, welcomed the news.',
      'The court sits in the Palais de Justice on the Ile de la Cite, officials said.',
      'Kenny Ng, a strategist at Everbright Securities in Hong Kong, said orders had been strong.',
      '"I confirm this," another of her lawyers, Rodolphe Bosselut, told the judges on Tuesday.',
    ]);
    expect(found.map((p) => p.name)).toEqual(['Kenny Ng', 'Rodolphe Bosselut']);
  });

  it('keeps given names that are also particles, plurals, run-on sentences and place names apart from those rules', () => {
    expect(people(['England captain Ben Stokes made a century on Friday in the test.', 'Stokes said the team had played well all week.'])).toEqual([
      { name: 'Ben Stokes', role: 'England captain', names: ['Ben Stokes', 'Stokes'] },
    ]);
    expect(people(['Brazil were drawn in Group C. Germany lost to Japan in the opening match, officials said.'])).toEqual([]);
    expect(people(['Benito Juárez said the reforms must go on.', 'Crowds marched to Ciudad Juárez on Monday.']).map((p) => p.name)).toEqual(['Benito Juárez']);
    expect(people(['Lawmakers Thomas Massie and Ro Khanna said the files must be released.']).map((p) => p.name)).toEqual(['Thomas Massie', 'Ro Khanna']);
  });

  it('takes a lower-case job before a name for evidence, but not a firm\'s trade or a word of a phrase around a title', () => {
    const found = people([
      'Film star Mira Talwani chose the book, and the rapper Kordo read from it.',
      'Shares of chemicals maker Velstra rose after its publisher Harrow Lane cut prices.',
      'Anil Rao, president of Mozilla Europe, said apps would use native APIs soon.',
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['Mira Talwani', 'star'],
      ['Kordo', 'rapper'],
      ['Anil Rao', undefined],
    ]);
  });

  it('reads a title of an institution, a title of a few words and a month for a surname', () => {
    const found = people([
      'A former Inspector General of Police Tarek Hossain Al-Karim was jailed.',
      'Chief Prosecutor Nasrin Tajul Haque asked for more.',
      'Secretary of State Lena Varga nominated her.',
      'Green Party Leader Joan May, the lone Green MP, said she was pleased.',
      'The budget came out in May, officials said.',
    ]);
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['Tarek Hossain Al-Karim', 'former Inspector General of Police'],
      ['Nasrin Tajul Haque', 'Chief Prosecutor'],
      ['Lena Varga', 'Secretary of State'],
      ['Joan May', 'Party Leader'],
    ]);
  });

  it('takes a name of unknown words with an affiliation, a possessive full name and a name before a span of time', () => {
    const found = people([
      'The prize went to Ilse Brandt of Leiden University and Kazuto Harayama of Osaka University.',
      'The shortlist held Susan Ohri\'s debut and two others.',
      'It followed the exit of then-finance minister Marta Velund hours before the vote.',
      'The European Union\'s Foreign Subsidies Regulation applies, officials said.',
    ]);
    expect(found.map((p) => p.name)).toEqual(['Ilse Brandt', 'Kazuto Harayama', 'Susan Ohri', 'Marta Velund']);
  });

  it('takes a full name set off by commas after a title, a player\'s position, an adviser and a particle for a person', () => {
    const found = people([
      'Ruritania\'s prime minister, Amal Qureshi, spoke next.',
      'The then vice-president, Kiptoo arap Ngeny, ordered it.',
      'The HTML editor, Mozilla Composer, shipped with it.',
      'Ireland lock Ruairi Doyle and prop Senan Kelleher cleared the ruck.',
      'Law Adviser Rafiq Alam told reporters so.',
      'The letter began "Dear Omar Kipkemboi", and went on.',
    ]);
    expect(found.map((p) => p.name)).toEqual(['Amal Qureshi', 'Kiptoo arap Ngeny', 'Ruairi Doyle', 'Senan Kelleher', 'Rafiq Alam', 'Omar Kipkemboi']);
  });

  it('reads a nationality in a description, a place that owns a name, and no thing named after someone', () => {
    const found = people([
      'BERLIN - Tamar Ebrahimi, the Iranian director who was jailed twice, won.',
      "Chile's Ignacia Zurita Vidal took the second prize.",
      'The Hallan Okafor Space Telescope saw it first, and the Tomas Brill Act applies.',
      'Speaking from the Davis Moritz Oyelaran courthouse, the judge ruled.',
    ]);
    expect(found.map((p) => p.name)).toEqual(['Tamar Ebrahimi', 'Ignacia Zurita Vidal']);
  });

  it('takes a full name of names for a person where the words around it say it does what people do', () => {
    const found = people([
      '"They were photobombed," said Radomir Vukic, an astronomer in Split.',
      'The opposition party led by Somchai Rattanakorn holds the balance.',
      'Inspired by the 19-year-old Amara Diallo, the side won.',
      "The prize went to Teodor Lindqvist's slow drama about a family.",
      'She replaced her predecessor, Kanya Boonmee, in August.',
      'The pass found Levan Gogiashvili, the Georgian who scored twice.',
    ]);
    expect(found.map((p) => p.name)).toEqual(['Radomir Vukic', 'Somchai Rattanakorn', 'Amara Diallo', 'Teodor Lindqvist', 'Kanya Boonmee', 'Levan Gogiashvili']);
  });

  it('reads a description naming a body, an age, letters after a name and a list after a person', () => {
    const found = people([
      'Wu Haoran, a Foshan CDC researcher on the team, agreed.',
      'Tomasz Zielny, 57, wore a leather jacket.',
      'The appeal was signed by Helena Marchetti KC on Friday.',
      'He toured with bandmates Dario Fontanelli, Kofi Mensah and Ravi Okonkwo for years.',
      'It appeared in the journal Tropical Fevers of Asia last week.',
      'Ten-year-old Eliza came with her mother.',
    ]);
    expect(found.map((p) => p.name)).toEqual(['Wu Haoran', 'Tomasz Zielny', 'Helena Marchetti', 'Dario Fontanelli', 'Kofi Mensah', 'Ravi Okonkwo']);
  });

  it('reads an office before a name set off by commas in either case, and descriptions of ages, trades and "whose"', () => {
    const found = people([
      'It was attended by the National Security Adviser, Halima Dauda, and others.',
      'Four more than needed, the Speaker, Kenji Moritani, announced.',
      'Rena Okafor of the Democratic Party for the People took 28.',
      'Critics noted the return of Jiro Asada, the 85-year-old former prime minister.',
      'The lots came from Leon Varga, the cosmetics heir, last year.',
      'The rival was Kira Mottram, whose company builds rockets.',
      'He played in Quiet Harbor, whose songs were loud.',
      'Later he told Hu Wenjun so too.',
    ]);
    expect(found.map((p) => p.name)).toEqual(['Halima Dauda', 'Kenji Moritani', 'Rena Okafor', 'Jiro Asada', 'Leon Varga', 'Kira Mottram', 'Hu Wenjun']);
  });

  it('reads a name that owns a party or a team, a name a party or a country owns, and "Country\'s job" after a name', () => {
    const found = people([
      "Ravi Shankar Pathak's Lok Morcha won four seats, and Nilo Fontanez's Alpine crashed.",
      "The seat went to the BJP's Chhoti Verma after a recount.",
      'On Tuesday Hakan Demirel, Türkiye\'s foreign minister, was hosting them.',
      'Chicago-born Prevost spoke first.',
      'They urged him to join the Abraham Accords soon.',
    ]);
    expect(found.map((p) => p.name)).toEqual(['Ravi Shankar Pathak', 'Nilo Fontanez', 'Chhoti Verma', 'Hakan Demirel']);
  });

  it('reads a nickname in quotes inside a name, "Jr.", a middle initial without its period and a list of owned names', () => {
    const found = people([
      'Former congressman Elizaldo "Zaldo" Cruzado fled, said Senator Ruben Santos Jr. on Monday.',
      'She succeeds President Michael D Higgans, the poet.',
      "Zambia's President Hakande Hichilomo, Burundi's Evarist Ndayishimo and Somalia's Hassan Sheikh Mohamad attended.",
      'Mikael Dolstrom, formerly Pfizer\'s chief scientific officer, left.',
    ]);
    expect(found.map((p) => p.name)).toEqual([
      'Elizaldo Cruzado', 'Ruben Santos Jr.', 'Michael D Higgans', 'Hakande Hichilomo', 'Evarist Ndayishimo', 'Hassan Sheikh Mohamad', 'Mikael Dolstrom',
    ]);
  });

  it('does not take a job word before a single word as evidence of a person', () => {
    expect(people(['Developer Mojang released the patch.'])).toEqual([]);
  });
});
