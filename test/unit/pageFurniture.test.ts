import * as assert from 'node:assert/strict';
import { parseSeed } from '../../src/model/parse';

/** Kinds of the blocks of `lines` (joined as a seed whose header line carries the first). */
function kinds(...lines: string[]): string[] {
	return parseSeed(` date 2024-05-02 ${lines.join('\n')}`).blocks.map(b => b.kind);
}

const story = 'The council voted on Tuesday to build a new bridge over the river, the mayor said after the meeting.';
const more = 'Work is to start in June and should take two years, according to the city engineer.';

suite('page furniture on real pages', () => {
	test('an ad slot or share label between dashes or bullets is noise', () => {
		assert.deepEqual(kinds('- Advertisement -', 'Council Approves New Bridge', story), ['boilerplate', 'title', 'paragraph']);
		assert.equal(kinds(story, '— ADVERTISEMENT —', more)[1], 'boilerplate');
		assert.equal(kinds(story, '• Share this article', more)[1], 'boilerplate');
		assert.equal(kinds(story, '- Milk and eggs', more)[1], 'list-item', 'a dash before other words is still a list');
	});

	test('a caption ending with its photo credit is a caption, in several languages', () => {
		assert.equal(kinds(story, 'So voll war der Marktplatz lange nicht mehr. Foto: Stefanie Schlecht', more)[1], 'caption');
		assert.equal(kinds(story, 'Heavy rain lashed the town on Sunday | Photo Credit: Special Arrangement', more)[1], 'caption');
		assert.equal(kinds(story, 'Residents wade through the water. Image: Getty', more)[1], 'caption');
		assert.equal(kinds(story, 'The mayor described the image: a town that had been cut in two for years.', more)[1], 'paragraph');
	});

	test('a newsroom signing the story and an Arabic byline are bylines', () => {
		assert.equal(kinds('Council Approves New Bridge', 'The Hindu Bureau', story)[1], 'byline');
		assert.equal(kinds('Council Approves New Bridge', 'Express News Service', story)[1], 'byline');
		assert.equal(kinds('المجلس يوافق على بناء جسر جديد', 'كتب : محمد أبو بكر', story)[1], 'byline');
		assert.notEqual(kinds(story, 'He said the bureau would look into it', more)[1], 'byline');
	});

	test('a sentence-case headline with no final stop on the header line, then the story, is the title', () => {
		const doc = parseSeed(` date 2024-05-02 Amid rumours about the merger, the council finds a ‘new partner’\n${story}\n${more}`);
		assert.equal(doc.title?.text, 'Amid rumours about the merger, the council finds a ‘new partner’');
		assert.equal(parseSeed(` date 2024-05-02 ${story}\n${more}`).title, null, 'a lede with its full stop is no title');
	});

	test('a place in capitals alone before the story is its dateline, not the title', () => {
		assert.deepEqual(kinds('CHENNAI', story, more), ['dateline', 'paragraph', 'paragraph']);
	});

	test('the headline printed again further down is noise', () => {
		assert.deepEqual(kinds('Council Approves New Bridge', story, 'Council Approves New Bridge', more), ['title', 'paragraph', 'boilerplate', 'paragraph']);
	});

	test('a list of other stories\' headlines after the story is noise; lines of wrapped prose are not', () => {
		const headlines = [
			'Minister says the army has no role behind the cases against the leader',
			'Opposition blames court verdicts for the country\'s woes and vows to fight back',
			'Former first lady secures protective bail in the trust case till May 23',
		];
		assert.deepEqual(kinds('Council Approves New Bridge', story, ...headlines), ['title', 'paragraph', 'boilerplate', 'boilerplate', 'boilerplate']);
		assert.deepEqual(kinds('Council Approves New Bridge', story, ...headlines.slice(0, 2)), ['title', 'paragraph', 'paragraph', 'paragraph'], 'two are not a list');
		const wrapped = ['The council said the bridge would open to traffic in the', 'Spring of next year if the work on the river banks went to', 'Plan and the money from the state arrived on time as'];
		assert.deepEqual(kinds('Council Approves New Bridge', story, ...wrapped).slice(2), ['paragraph', 'paragraph', 'paragraph']);
	});

	test('a news agency credited alone is a byline; a caption ending with "(screenshot)" is a caption', () => {
		assert.equal(kinds(story, 'AFP', more)[1], 'byline');
		assert.equal(kinds(story, 'Reuters.', more)[1], 'byline');
		assert.equal(kinds(story, 'The minister at the party congress. (screenshot)', more)[1], 'caption');
	});

	test('a breadcrumb before the headline is noise; a sentence about home is not', () => {
		assert.equal(kinds('Home » News » Politics', 'Council Approves New Bridge', story)[0], 'boilerplate');
		assert.equal(kinds('HOME NEWS NASIONAL', 'Council Approves New Bridge', story)[0], 'boilerplate');
		assert.notEqual(kinds(story, 'Home secretary visits the flooded town on Monday', more)[1], 'boilerplate');
	});

	test('the usual slots in other languages are noise too', () => {
		for (const slot of ['Anzeige', 'Lesen Sie auch: Der neue Plan', 'À lire aussi : le budget', 'Publicidad', 'Leggi anche: il piano', 'Lees ook: het plan', 'Baca juga: Rencana baru', 'यह भी पढ़ें: नई योजना', 'Image caption']) {
			assert.equal(kinds(story, slot, more)[1], 'boilerplate', slot);
		}
		assert.equal(kinds(story, 'Moreover, the council said it would look at the plan again.', more)[1], 'paragraph');
	});

	test('prose broken where the page wrapped it is neither a heading nor the title', () => {
		const wrapped = kinds('The council voted on Tuesday to build a new bridge, Mr', 'Hughes said after the meeting that work starts in June.', 'Earlier, a deal was struck after weeks of talks', 'about who would pay for the new bridge over the river.');
		assert.deepEqual(wrapped, ['paragraph', 'paragraph', 'paragraph', 'paragraph']);
		assert.equal(kinds(story, 'New Phones Reviewed', 'iPhone owners will find the new model lighter than the last one.')[1], 'heading', '"iPhone" opens a sentence');
	});

	test('a question headline before the story is the title; the headline printed twice does not hide its story', () => {
		assert.equal(parseSeed(` date 2024-05-02 Will the new bridge over the river finally end the traffic jams in the old town?\n${story}`).title?.line, 0);
		const doc = parseSeed(` date 2024-05-02 News\nAmid rumours about the merger, the council finds a new partner\n2024-05-02\nAmid rumours about the merger, the council finds a new partner\n${story}`);
		assert.equal(doc.title?.line, 1);
	});

	test('a publication date in German, French, Spanish, Dutch or Indonesian is a dateline', () => {
		for (const line of ['3. Mai 2024, 10:12 Uhr', 'Mardi 12 juin 2024 à 14h05', 'Martes, 4 de junio de 2024 - 09:30', 'Dinsdag 6 juni 2023, 13:14', 'Selasa, 06 Juni 2023 13:14 WIB']) {
			assert.equal(kinds('Council Approves New Bridge', line, story)[1], 'dateline', line);
		}
		assert.equal(kinds(story, 'Die Stadt baut im Mai 2024 eine neue Brücke über den Fluss, sagte der Bürgermeister.', more)[1], 'paragraph');
	});

	test('a caption closed by a copyright credit is a caption; a page\'s keyword line is noise', () => {
		assert.equal(kinds(story, 'Officers lead the accused into the court room before the trial. © Jan Woitas/dpa', more)[1], 'caption');
		assert.equal(kinds(story, 'news, story, article', more)[1], 'boilerplate');
		assert.equal(kinds(story, 'bridge, river, city council, budget', more)[1], 'boilerplate');
		assert.notEqual(kinds(story, 'Apples, pears, and plums are cheaper this year than last.', more)[1], 'boilerplate');
	});

	test('table rows are not a list of headlines; an embedded post\'s attribution is noise; a newsroom signs in French', () => {
		const rows = ['Tobias Figueiredo [Hull – Fortaleza] Undisclosed fee agreed', 'Lucas Hernandez [Bayern Munich – Paris St-Germain] £34m', 'Granit Xhaka [Arsenal – Bayer Leverkusen] £21.4m'];
		assert.deepEqual(kinds('Council Approves New Bridge', story, ...rows).slice(2), ['paragraph', 'paragraph', 'paragraph']);
		assert.equal(kinds(story, '— Jane Reporter (@janereporter) June 19, 2024', more)[1], 'boilerplate');
		assert.equal(kinds('Le conseil approuve le nouveau pont', 'La rédaction', story)[1], 'byline');
	});

	test('a live blog\'s entry title between plus signs heads its entry', () => {
		assert.equal(kinds(story, '+++ Coach speaks after the match +++', more)[1], 'heading');
	});

	test('a caption closed by a slash credit or by an agency after its last stop is a caption', () => {
		assert.equal(kinds(story, 'Players line up before the qualifier in the capital. PHOTO/Jane Mwangi', more)[1], 'caption');
		assert.equal(kinds(story, 'Agentes de tráfico en una imagen de archivo. Europa Press', more)[1], 'caption');
		assert.equal(kinds(story, 'The deal was signed in Madrid. It covers ten years of work on the line.', more)[1], 'paragraph');
		assert.equal(kinds(story, 'Profits rose and losses fell, on a 50/50 split', more)[1] !== 'caption', true);
	});

	test('a dateline signed by its writer, on either side of a comma, is a dateline', () => {
		assert.equal(kinds(story, 'Monday 10 July 2023 23:30 , Jane Smith', more)[1], 'dateline');
		assert.equal(kinds(story, 'Budi Santoso , Jurnalis-Selasa, 06 Juni 2023 |13:14 WIB', more)[1], 'dateline');
		assert.equal(kinds(story, 'On Monday 10 July, Jane Smith won the final in three sets.', more)[1], 'paragraph');
	});

	test('a lone "Published" or "Updated" label and a live blog\'s "Follow live" prompt are noise', () => {
		assert.equal(kinds(story, 'Published', more)[1], 'boilerplate');
		assert.equal(kinds(story, 'Updated', more)[1], 'boilerplate');
		assert.equal(kinds(story, 'Follow live updates, scores and results from the final below.', more)[1], 'boilerplate');
		assert.equal(kinds(story, 'Follow the river north and the road climbs into the hills, where the village lies.', more)[1], 'paragraph');
	});

	test('the page\'s own title, the headline and the site\'s name, is noise when the headline comes again', () => {
		const found = kinds('Council approves the new bridge over the river - City Herald', 'Local news', 'Council approves the new bridge over the river', story, more);
		assert.deepEqual([found[0], found[2]], ['boilerplate', 'title']);
		assert.equal(kinds('Talks go on - and the deal is close', story, more)[0], 'title', 'a dash inside a headline, no copy of it');
	});

	test('a writer\'s name before "Published" and a date is a dateline; a credit and the agency after it close a caption', () => {
		assert.equal(kinds(story, 'Jane Smith Published July 04, 2024 | 03:00 PM', more)[1], 'dateline');
		assert.equal(kinds(story, 'Jane Smith Published the report in full on Monday.', more)[1], 'paragraph');
		assert.equal(kinds(story, 'Workers count ballots in Reno, Nev. (AP Photo/Jane Smith) ASSOCIATED PRESS', more)[1], 'caption');
		assert.equal(kinds(story, 'More Stories From Business', more)[1], 'boilerplate');
	});

	test('the headline printed again in sentence case, as its photo\'s caption, is noise', () => {
		const found = kinds('Council Approves New Bridge Over The River', 'Council approves new bridge over the river', story, more);
		assert.deepEqual(found.slice(0, 2), ['title', 'boilerplate']);
	});
});
