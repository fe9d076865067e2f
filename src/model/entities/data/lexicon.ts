/**
 * Hand-written word lists for English news: places the country list lacks, well-known organisations
 * with their short forms, and the titles that introduce people. Facts, written for this project.
 */

/** Regions, territories, cities and US states, by their usual English name. */
export const extraPlaces: readonly string[] = [
	// Regions and territories
	'Gaza', 'Gaza Strip', 'West Bank', 'Rafah', 'Khan Younis', 'Jabalia', 'Jerusalem', 'East Jerusalem', 'Tel Aviv',
	'Golan Heights', 'Sinai', 'Middle East', 'Near East', 'Far East', 'Europe', 'Asia', 'Africa', 'North America',
	'South America', 'Latin America', 'Central America', 'Antarctica', 'Oceania', 'Arctic', 'Balkans', 'Caucasus',
	'Scandinavia', 'Siberia', 'Crimea', 'Donbas', 'Kashmir', 'Tibet', 'Xinjiang', 'Hong Kong', 'Macau', 'Taiwan',
	'Kurdistan', 'Darfur', 'Sahel', 'Sahara', 'Persian Gulf', 'Gulf', 'Red Sea', 'Black Sea', 'Mediterranean',
	'Atlantic', 'Pacific', 'Indian Ocean', 'Baltic', 'Caribbean', 'Horn of Africa', 'Silicon Valley', 'Wall Street',
	'Capitol Hill', 'Downing Street', 'Kremlin', 'Himalayas', 'Alps', 'Amazon', 'Nile', 'Euphrates', 'Jordan Valley',
	'England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain', 'Holland', 'Bavaria', 'Catalonia',
	'Quebec', 'Ontario', 'British Columbia', 'Alberta', 'Punjab', 'Bengal', 'Kerala', 'Tamil Nadu', 'Maharashtra',
	'Uttar Pradesh', 'Gujarat', 'Rajasthan', 'Karnataka', 'Bihar', 'Assam', 'Sindh', 'Balochistan', 'Lebanon',
	// Cities
	'New York', 'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio',
	'San Diego', 'Dallas', 'San Francisco', 'Seattle', 'Boston', 'Miami', 'Atlanta', 'Detroit', 'Denver',
	'Las Vegas', 'Baltimore', 'New Orleans', 'Brooklyn', 'Manhattan', 'London', 'Paris', 'Berlin', 'Madrid',
	'Rome', 'Milan', 'Naples', 'Vienna', 'Brussels', 'Amsterdam', 'Geneva', 'Zurich', 'Frankfurt', 'Munich',
	'Hamburg', 'Moscow', 'St. Petersburg', 'Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Warsaw', 'Prague', 'Budapest',
	'Istanbul', 'Ankara', 'Tehran', 'Baghdad', 'Damascus', 'Beirut', 'Amman', 'Cairo', 'Riyadh', 'Jeddah',
	'Doha', 'Dubai', 'Abu Dhabi', 'Mumbai', 'Delhi', 'New Delhi', 'Kolkata', 'Chennai', 'Bengaluru',
	'Bangalore', 'Hyderabad', 'Lahore', 'Karachi', 'Islamabad', 'Kabul', 'Beijing', 'Shanghai', 'Shenzhen',
	'Tokyo', 'Osaka', 'Seoul', 'Pyongyang', 'Singapore', 'Bangkok', 'Jakarta', 'Manila', 'Hanoi', 'Sydney',
	'Melbourne', 'Toronto', 'Montreal', 'Vancouver', 'Ottawa', 'Mexico City', 'Havana', 'Sao Paulo',
	'Rio de Janeiro', 'Buenos Aires', 'Lagos', 'Nairobi', 'Johannesburg', 'Cape Town', 'Addis Ababa',
	'Khartoum', 'Tripoli', 'Tunis', 'Algiers', 'Casablanca', 'Sanaa', 'Aden', 'Tel Aviv-Yafo', 'Haifa',
	'Washington', 'Washington D.C.', 'Oxford', 'Cambridge', 'Manchester', 'Liverpool', 'Birmingham',
	'Edinburgh', 'Glasgow', 'Dublin', 'Belfast', 'Lisbon', 'Athens', 'Stockholm', 'Oslo', 'Copenhagen',
	'Helsinki', 'Florence', 'Venice', 'Turin', 'Barcelona', 'Seville', 'Lyon', 'Marseille',
	// US states
	'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
	'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
	'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
	'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
	'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
	'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/** Short forms and other names, mapped to the canonical name used for the entity. */
export const shortForms: Readonly<Record<string, string>> = {
	'US': 'United States', 'U.S.': 'United States', 'USA': 'United States', 'U.S.A.': 'United States',
	'America': 'United States', 'United States of America': 'United States',
	'UK': 'United Kingdom', 'U.K.': 'United Kingdom', 'Britain': 'United Kingdom', 'Great Britain': 'United Kingdom',
	'UAE': 'United Arab Emirates', 'U.A.E.': 'United Arab Emirates',
	'UN': 'United Nations', 'U.N.': 'United Nations',
	'EU': 'European Union', 'E.U.': 'European Union',
	'IDF': 'Israel Defense Forces', 'Israeli Defense Forces': 'Israel Defense Forces',
	'NATO': 'North Atlantic Treaty Organization',
	'WFP': 'World Food Program', 'World Food Programme': 'World Food Program',
	'WHO': 'World Health Organization',
	'DoD': 'Department of Defense', 'Defense Department': 'Department of Defense',
	'State Department': 'Department of State',
	'PLO': 'Palestine Liberation Organization',
	'UNRWA': 'United Nations Relief and Works Agency',
	'ISIS': 'Islamic State', 'ISIL': 'Islamic State',
	'FBI': 'Federal Bureau of Investigation', 'CIA': 'Central Intelligence Agency',
	'NASA': 'National Aeronautics and Space Administration',
	'IMF': 'International Monetary Fund', 'ICC': 'International Criminal Court', 'ICJ': 'International Court of Justice',
	'IMD': 'India Meteorological Department', 'BJP': 'Bharatiya Janata Party',
	'Kiev': 'Kyiv', 'Bangalore': 'Bengaluru', 'Holland': 'Netherlands', 'Washington D.C.': 'Washington',
	'Gaza Strip': 'Gaza', 'New York City': 'New York',
};

/**
 * The AP's abbreviations of US states, as datelines write them ("ST. CHARLES, Mo. –", "SAN JOSE, Calif. –"),
 * without their dots (the tokeniser splits a final dot off). Only a span already taken for a place is read
 * with them: "Miss", "Ill" and "Wash" are also ordinary words.
 */
export const usStateAbbreviations: Readonly<Record<string, string>> = {
	'Ala': 'Alabama', 'Ariz': 'Arizona', 'Ark': 'Arkansas', 'Calif': 'California', 'Colo': 'Colorado', 'Conn': 'Connecticut',
	'Del': 'Delaware', 'Fla': 'Florida', 'Ga': 'Georgia', 'Ill': 'Illinois', 'Ind': 'Indiana', 'Kan': 'Kansas', 'Ky': 'Kentucky',
	'La': 'Louisiana', 'Md': 'Maryland', 'Mass': 'Massachusetts', 'Mich': 'Michigan', 'Minn': 'Minnesota', 'Miss': 'Mississippi',
	'Mo': 'Missouri', 'Mont': 'Montana', 'Neb': 'Nebraska', 'Nev': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
	'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla': 'Oklahoma', 'Ore': 'Oregon',
	'Pa': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn': 'Tennessee',
	'Vt': 'Vermont', 'Va': 'Virginia', 'Wash': 'Washington', 'W.Va': 'West Virginia', 'Wis': 'Wisconsin', 'Wyo': 'Wyoming',
};

/** Well-known organisations; short forms are in `shortForms`. */
export const organizations: readonly string[] = [
	'Pentagon', 'White House', 'Kremlin', 'Congress', 'Senate', 'House of Representatives', 'Parliament',
	'Supreme Court', 'United Nations', 'European Union', 'North Atlantic Treaty Organization', 'NATO',
	'Israel Defense Forces', 'Hamas', 'Hezbollah', 'Houthis', 'Taliban', 'Islamic State', 'al-Qaeda', 'Al Qaeda',
	'World Food Program', 'World Health Organization', 'Red Cross', 'Red Crescent', 'Amnesty International',
	'Human Rights Watch', 'Department of Defense', 'Department of State', 'Palestinian Authority',
	'Palestine Liberation Organization', 'United Nations Relief and Works Agency', 'Federal Bureau of Investigation',
	'Central Intelligence Agency', 'National Aeronautics and Space Administration', 'International Monetary Fund',
	'World Bank', 'International Criminal Court', 'International Court of Justice', 'Security Council',
	'European Commission', 'Federal Reserve', 'Google', 'Apple', 'Microsoft', 'Amazon', 'Meta', 'Facebook',
	'Tesla', 'Reuters', 'Associated Press', 'Press Association', 'Anadolu Agency', 'BBC', 'CNN', 'Al Jazeera',
	'India Meteorological Department', 'Bharatiya Janata Party', 'Congress Party', 'Democratic Party',
	'Republican Party', 'Labour Party', 'Conservative Party', 'Likud', 'Mossad', 'Shin Bet',
	'Netflix', 'Nvidia', 'OpenAI', 'Samsung', 'Boeing', 'Airbus', 'Toyota', 'Spotify', 'TikTok', 'Uber', 'Intel',
	'Walmart', 'Pfizer', 'Moderna', 'Alibaba', 'Tencent', 'Huawei', 'Reliance Industries', 'Tata', 'Infosys',
	// News organisations, which the articles quote by name ("according to Bloomberg").
	'Bloomberg', 'Agence France-Presse', 'AFP', 'Xinhua', 'New York Times', 'Washington Post', 'Wall Street Journal',
	'Financial Times', 'Sky News', 'Fox News', 'NBC', 'CBS', 'ABC News', 'NPR', 'Politico', 'Axios', 'NDTV',
	'Press Trust of India', 'PTI', 'ANI', 'Times of India', 'Hindustan Times', 'Deutsche Welle', 'Kyodo',
	// Companies and platforms often in the news.
	'YouTube', 'Instagram', 'WhatsApp', 'Twitter', 'LinkedIn', 'SpaceX', 'Anthropic', 'xAI', 'IBM', 'Oracle',
	'Qualcomm', 'TSMC', 'Sony', 'Disney', 'Volkswagen', 'Goldman Sachs', 'JPMorgan', 'Morgan Stanley', 'BlackRock',
	'Aramco', 'Gazprom', 'ExxonMobil', 'Adani Group', 'Wipro',
	// Photo agencies in captions ("Kevin Dietsch/Getty Images"), and armed services named after a country.
	'Getty Images', 'Shutterstock', 'United States Army', 'U.S. Army', 'US Army', 'United States Navy', 'U.S. Navy',
	'United States Air Force', 'U.S. Air Force', 'Marine Corps', 'National Guard', 'Coast Guard',
];

/**
 * Titles and offices that introduce a person ("Defense Secretary Lloyd Austin"). Matched case-insensitively
 * as whole words, longest first; a nationality or country before them is kept in the role
 * ("Israeli Defense Minister").
 */
export const roleHeads: readonly string[] = [
	'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Minister', 'Secretary',
	'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Pope', 'Cardinal', 'Archbishop', 'Bishop',
	'General', 'Lieutenant General', 'Major General', 'Brigadier General', 'Admiral', 'Colonel', 'Lieutenant',
	'Captain', 'Sergeant', 'Commander', 'Chief', 'Chairman', 'Chairwoman', 'Chair', 'Director', 'Governor',
	'Mayor', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Ambassador', 'Envoy',
	'Spokesman', 'Spokeswoman', 'Spokesperson', 'Leader', 'Speaker', 'Judge', 'Justice', 'Attorney General',
	'Gov.', 'Gen.', 'Dr.', 'Prof.', 'Professor', 'CEO', 'Chief Executive', 'Founder', 'Coach', 'Manager',
	'Sheikh', 'Ayatollah', 'Crown Prince', 'Emir', 'Sultan', 'Defense Secretary', 'Defence Secretary',
	'Secretary of State', 'Secretary of Defense', 'Foreign Minister', 'Defense Minister', 'Defence Minister',
	'Finance Minister', 'Interior Minister', 'Chief Minister', 'Majority Leader', 'Minority Leader',
	'Senate Majority Leader', 'Senate Minority Leader', 'House Speaker', 'Secretary-General', 'Secretary General',
	'National Security Adviser', 'National Security Advisor', 'Press Secretary', 'Chief of Staff',
	'Commissioner', 'Election Commissioner', 'Chief Election Commissioner', 'Premier',
];

/** Courtesy titles that are part of how a person is addressed, never a role on their own. */
export const honorifics: readonly string[] = ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Miss', 'Sir', 'Dame', 'Lord', 'Lady'];

/** Words that end organisation names ("Acme Corp", "Labour Party"). */
export const organizationHeads: readonly string[] = [
	'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'plc', 'Group',
	'Bank', 'Party', 'Ministry', 'Department', 'Agency', 'Council', 'Committee', 'Commission', 'Association',
	'University', 'College', 'Institute', 'Foundation', 'Union', 'Federation', 'Forces', 'Army', 'Navy',
	'Court', 'Organization', 'Organisation', 'Authority', 'Administration', 'Office', 'Board', 'Service',
	'Club', 'League', 'Times', 'Post', 'News', 'Press', 'Airlines', 'Motors', 'Industries', 'Holdings', 'Patrol',
];

/**
 * Surnames of people so often in the news that one word names them ("the Biden administration"); a
 * span of exactly this word is a person whatever the tagger guessed.
 */
export const wellKnownSurnames: readonly string[] = [
	'Biden', 'Trump', 'Obama', 'Harris', 'Pence', 'Blinken', 'Austin', 'Sullivan', 'Pelosi', 'Schumer', 'McConnell',
	'Netanyahu', 'Gallant', 'Gantz', 'Herzog', 'Lapid', 'Sinwar', 'Haniyeh', 'Abbas', 'Nasrallah', 'Khamenei',
	'Putin', 'Zelensky', 'Zelenskyy', 'Lavrov', 'Xi', 'Modi', 'Gandhi', 'Kejriwal', 'Sharif', 'Khan', 'Erdogan',
	'Macron', 'Scholz', 'Sunak', 'Starmer', 'Meloni', 'Trudeau', 'Guterres', 'Sisi', 'Kishida', 'Yoon', 'Lula',
	'Milei', 'Musk', 'Zuckerberg', 'Bezos',
];

/**
 * Capitalised words that name no person, place, organisation or group: units ("47 degrees Celsius"),
 * holidays ("before Christmas") and abbreviated months. A span of one of these alone is dropped.
 */
export const capitalisedNonNames: readonly string[] = [
	'Celsius', 'Fahrenheit', 'Kelvin', 'Centigrade',
	'Christmas', 'Xmas', 'Easter', 'Thanksgiving', 'Halloween', 'Hanukkah', 'Passover', 'Lent', 'Advent', 'Pentecost',
	'Ramadan', 'Ramzan', 'Eid', 'Diwali', 'Deepavali', 'Holi', 'Navratri', 'Dussehra', 'Vesak',
	// Months as datelines abbreviate them ("Updated: 16 Mar 2024").
	'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

/**
 * People named by their nation, one of them ("the Dane", "the Scot"): a group's word, not a person's name,
 * for the nations whose adjective (in world-countries' demonyms) is not the noun.
 */
export const nationNouns: readonly string[] = [
	'Dane', 'Swede', 'Pole', 'Briton', 'Brit', 'Scot', 'Scotsman', 'Scotswoman', 'Englishman', 'Englishwoman', 'Welshman',
	'Welshwoman', 'Irishman', 'Irishwoman', 'Frenchman', 'Frenchwoman', 'Dutchman', 'Dutchwoman', 'Spaniard', 'Swiss', 'Serb', 'Croat',
	'Slovak', 'Slovene', 'Czech', 'Turk', 'Kiwi', 'Aussie', 'Yank', 'Argie', 'Basque', 'Catalan', 'Walloon', 'Kurd',
];

/**
 * Ordinary words that are also acronyms in `shortForms` ("Who" and the WHO, "Us" and the US): written other
 * than in capitals, they are the word.
 */
export const acronymWords: readonly string[] = ['Who', 'Us'];
