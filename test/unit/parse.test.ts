import * as assert from 'node:assert/strict';
import { parseSeed } from '../../src/model/parse';
import type { BlockKind, SeedDocument } from '../../src/model/types';
import { readSeed, realSeedName } from './helpers';

function kinds(doc: SeedDocument): string[] {
	return doc.blocks.map(b => `${b.kind}: ${b.text.slice(0, 40)}`);
}

function kindOf(doc: SeedDocument, textStart: string): BlockKind {
	const block = doc.blocks.find(b => b.text.startsWith(textStart));
	assert.ok(block, `no block starts with "${textStart}"\n${kinds(doc).join('\n')}`);
	return block.kind;
}

suite('parseSeed: the real seed', () => {
	const text = readSeed(realSeedName);
	const doc = parseSeed(text);

	test('reads the header date and keeps it out of the lede', () => {
		assert.equal(doc.header.date, '2024-03-26');
		assert.equal(doc.header.precision, 'day');
		assert.deepEqual(doc.header.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 16 } });
		const lede = doc.blocks[0];
		assert.equal(lede.kind, 'paragraph');
		assert.ok(lede.text.startsWith('As tensions between the United States'));
		assert.deepEqual(lede.range.start, { line: 0, character: 17 });
	});

	test('finds the three section headings and no title', () => {
		assert.equal(doc.title, null);
		assert.deepEqual(doc.sections.map(s => s.heading.text), [
			'Strategic Dialogue Amidst Crisis',
			'Humanitarian Concerns and Political Discord',
			'Forging a Path to Peace',
		]);
		assert.deepEqual(doc.sections.map(s => s.heading.range.start.line), [2, 6, 10]);
	});

	test('every block text is exactly the text at its offsets and range', () => {
		for (const block of doc.blocks) {
			assert.equal(text.slice(block.start, block.end), block.text);
			const lineText = text.split('\n')[block.range.start.line];
			assert.equal(lineText.slice(block.range.start.character, block.range.end.character), block.text);
		}
	});

	test('the last section runs to the end of the article', () => {
		const last = doc.sections[2];
		assert.equal(last.range.end.line, 14);
		assert.equal(last.endBlock, doc.blocks.length);
	});

	test('block objects made before and after blocks is first read are the same objects', () => {
		const fresh = parseSeed(' date 2024-03-26 \nA Headline About Things\nThe lede sentence, told in full.\n\nFirst Section\n\nBody text of the section.\n');
		const title = fresh.title;
		const heading = fresh.sections[0].heading;
		const blocks = fresh.blocks;
		assert.ok(title && blocks[blocks.indexOf(title)] === title, 'the title is one of the blocks');
		assert.equal(blocks[fresh.sections[0].firstBlock], heading);
		assert.equal(fresh.blocks, blocks, 'blocks is made once');
		assert.deepEqual(blocks.map(b => b.kind), ['title', 'paragraph', 'heading', 'paragraph']);
	});
});

suite('parseSeed: headers', () => {
	test('month-only date', () => {
		const doc = parseSeed(' date 2024-06 Cinema\nA Headline That Stands Alone Here\nBody text follows here.');
		assert.equal(doc.header.date, '2024-06');
		assert.equal(doc.header.precision, 'month');
		assert.equal(doc.blocks[0].kind, 'boilerplate');
		assert.equal(doc.title?.text, 'A Headline That Stands Alone Here');
	});

	test('no header keeps every line', () => {
		const doc = parseSeed('Just a paragraph of text. It has two sentences.');
		assert.equal(doc.header.date, null);
		assert.equal(doc.header.raw, null);
		assert.equal(doc.blocks.length, 1);
		assert.equal(doc.blocks[0].range.start.character, 0);
	});

	test('an impossible date is reported, not thrown, and the text after it is kept', () => {
		const doc = parseSeed(' date 2024-13-45 The lede starts here and goes on for a while.');
		assert.equal(doc.header.date, null);
		assert.match(doc.header.problem ?? '', /impossible date/);
		assert.equal(doc.blocks[0].text, 'The lede starts here and goes on for a while.');
	});

	test('February 30th is impossible, February 29th 2024 is not', () => {
		assert.equal(parseSeed(' date 2023-02-29 x.').header.date, null);
		assert.equal(parseSeed(' date 2024-02-29 x.').header.date, '2024-02-29');
	});

	test('a header with nothing after it yields no empty block', () => {
		const doc = parseSeed(' date 2024-03-26');
		assert.equal(doc.header.date, '2024-03-26');
		assert.equal(doc.blocks.length, 0);
	});

	test('"date" followed by words is not a header', () => {
		const doc = parseSeed('date night ideas for couples\nMore text.');
		assert.equal(doc.header.date, null);
		assert.equal(doc.blocks[0].text, 'date night ideas for couples');
	});

	test('BOM before the header', () => {
		const doc = parseSeed(readSeed('012_bom.txt'));
		assert.equal(doc.header.date, '2024-08-14');
		assert.deepEqual(doc.header.range?.start, { line: 0, character: 2 });
		assert.equal(doc.title?.text, 'Library Extends Opening Hours for Exam Season');
	});
});

suite('parseSeed: line endings and shapes', () => {
	test('CRLF: ranges never include the carriage return', () => {
		const text = readSeed('011_crlf.txt');
		assert.ok(text.includes('\r\n'), 'fixture must keep CRLF');
		const doc = parseSeed(text);
		for (const block of doc.blocks) {
			assert.ok(!block.text.includes('\r'));
			assert.equal(text.slice(block.start, block.end), block.text);
		}
		assert.deepEqual(doc.sections.map(s => s.heading.text), ['Road Conditions']);
		assert.equal(doc.sections[0].heading.range.start.line, 3);
	});

	test('a lone CR is a line break, as in VS Code', () => {
		const doc = parseSeed('First line here.\rSecond Heading Line\rThird paragraph text.');
		assert.equal(doc.lineCount, 3);
		assert.deepEqual(doc.blocks.map(b => b.range.start.line), [0, 1, 2]);
	});

	test('a single-line document is one paragraph', () => {
		const doc = parseSeed(readSeed('001_single_line.txt'));
		assert.equal(doc.lineCount, 1);
		assert.equal(doc.blocks.length, 1);
		assert.equal(doc.blocks[0].kind, 'paragraph');
		assert.equal(doc.sections.length, 0);
	});

	test('single-newline paragraphs are separate blocks', () => {
		const doc = parseSeed(' date 2024-01-01 First paragraph is here.\nSecond paragraph is here.\nThird one too.');
		assert.deepEqual(doc.blocks.map(b => b.kind), ['paragraph', 'paragraph', 'paragraph']);
	});

	test('an empty document has no blocks and one line', () => {
		const doc = parseSeed('');
		assert.equal(doc.blocks.length, 0);
		assert.equal(doc.lineCount, 1);
		assert.deepEqual(doc.sections, []);
	});

	test('white space only', () => {
		assert.equal(parseSeed(' \n\t\n   \r\n').blocks.length, 0);
	});

	test('a truncated last line stays a paragraph, even without final punctuation', () => {
		const doc = parseSeed(readSeed('003_listicle.txt'));
		const last = doc.blocks[doc.blocks.length - 1];
		assert.equal(last.kind, 'paragraph');
		assert.ok(last.text.endsWith('heart'));
	});
});

suite('parseSeed: headings in every form', () => {
	const doc = parseSeed([
		' date 2024-05-01 The lede paragraph opens the article with a full sentence.',
		'Strategic Dialogue Amidst Crisis',
		'Body one has a sentence.',
		'IMD weather alert',
		'Body two has a sentence.',
		'What can residents do?',
		'Body three has a sentence.',
		'Looking Ahead: Implications for U.S.-Israel Relations',
		'Body four has a sentence.',
		'Best foods to eat when trying to lose weight:',
		'1. Eggs',
		'Eggs are good for you.',
		'2. Oats',
		'Oats are good too.',
		'Why the NATO summit matters',
		'Body five.',
	].join('\n'));

	test('Title Case, sentence case, question, colon inside, trailing colon, ALL-CAPS word', () => {
		for (const heading of ['Strategic Dialogue', 'IMD weather alert', 'What can residents do?', 'Looking Ahead:', 'Best foods to eat', 'Why the NATO summit']) {
			assert.equal(kindOf(doc, heading), 'heading', heading);
		}
	});

	test('numbered headings nest under the heading that introduces them', () => {
		const intro = doc.sections.find(s => s.heading.text.startsWith('Best foods'));
		assert.ok(intro);
		assert.deepEqual(intro.children.map(c => c.heading.text), ['1. Eggs', '2. Oats']);
		assert.equal(intro.children[0].heading.marker, '1.');
		assert.equal(intro.children[0].level, 3);
	});

	test('a numbered item that is a sentence is a list item', () => {
		const d = parseSeed('Intro paragraph text.\n1. Eggs are rich in protein and keep you full.\n2. Oats contain fibre.');
		assert.deepEqual(d.blocks.map(b => b.kind), ['paragraph', 'list-item', 'list-item']);
	});

	test('short numbered items in a row are a list, not headings', () => {
		const d = parseSeed('Shopping list follows here.\n1. Eggs\n2. Milk\n3. Bread');
		assert.deepEqual(d.blocks.map(b => b.kind), ['paragraph', 'list-item', 'list-item', 'list-item']);
	});
});

suite('parseSeed: title, deck, noise, captions, bylines', () => {
	const doc = parseSeed(readSeed('002_headline_deck_byline.txt'));

	test('site label, title, subtitle, byline, dateline', () => {
		assert.equal(doc.blocks[0].kind, 'boilerplate');
		assert.equal(doc.title?.text, 'Heatwave Pushes Power Grid to the Brink Across Northern India');
		assert.equal(doc.title?.level, 1);
		assert.match(doc.subtitle?.text ?? '', /^Authorities urge residents/);
		assert.equal(kindOf(doc, 'By Press Association'), 'byline');
		assert.equal(kindOf(doc, 'June 21, 2024 at 10:44 am'), 'dateline');
	});

	test('noise lines never become sections', () => {
		for (const noise of ['Advertisment', 'Read: Monsoon', 'Facebook Instagram', 'Share', 'Leave A Reply']) {
			assert.equal(kindOf(doc, noise), 'boilerplate', noise);
		}
		assert.deepEqual(doc.sections.map(s => s.heading.text), ['IMD weather alert', 'What can residents do?']);
	});

	test('a caption repeated on two lines is a caption twice', () => {
		const captions = doc.blocks.filter(b => b.kind === 'caption');
		assert.equal(captions.length, 2);
		assert.equal(captions[0].text, captions[1].text);
		const short = parseSeed('Lede text here.\nSenator Mitch McConnell walks to the Senate floor\nSenator Mitch McConnell walks to the Senate floor\nMore prose here.');
		assert.deepEqual(short.blocks.map(b => b.kind), ['paragraph', 'caption', 'caption', 'paragraph']);
	});

	test('a paragraph printed twice in a row is prose once; the second copy is noise', () => {
		const repeated = 'Construction is expected to start in August and finish before the end of the year, the city said on Thursday.';
		const d = parseSeed(` date 2024-05-02 City Approves New Cycle Lanes\nThe council voted 6-3 on Wednesday night to add bike lanes.\nWhat Happens Next\n${repeated}\n${repeated}\nResidents can comment in May.`);
		assert.deepEqual(d.blocks.map(b => b.kind), ['title', 'paragraph', 'heading', 'paragraph', 'boilerplate', 'paragraph']);
	});

	test('noise before the headline, credits and related links', () => {
		const d = parseSeed(readSeed('005_noise_first.txt'));
		for (const noise of ['Home', 'Calendar An icon', 'English', 'Follow us on', 'Search', 'Also Read:', 'Advertisement', 'Copyright']) {
			assert.equal(kindOf(d, noise), 'boilerplate', noise);
		}
		assert.equal(d.title?.text, 'Flood Waters Recede in Assam, Leaving Thousands Homeless');
		assert.equal(kindOf(d, '[Villagers wade'), 'caption');
		assert.equal(kindOf(d, '- THE HINDU ARCHIVES'), 'caption');
		assert.equal(kindOf(d, 'Why does Assam flood'), 'heading');
	});

	test('caption and credit forms', () => {
		for (const caption of ['(Photo: NASA)', 'Workers at the site (Nick Potts/PA)', '[Rescue teams at work - Anadolu Agency]', 'Photo: Reuters', 'Flooded streets in Chennai - THE HINDU ARCHIVES']) {
			assert.equal(kindOf(parseSeed(`Para one is here.\n${caption}\nPara two is here.`), caption.slice(0, 8)), 'caption', caption);
		}
	});

	test('byline and dateline forms', () => {
		const d = parseSeed('Lede paragraph here.\nBy Jane Doe\nUpdated: 04 Apr 2024, 02:13 PM IST\nJune 21, 2024 at 10:44 am\n5 hours ago\nBy the end of the year prices rose sharply in the market.');
		assert.deepEqual(d.blocks.map(b => b.kind), ['paragraph', 'byline', 'dateline', 'dateline', 'dateline', 'paragraph']);
	});

	test('lists: dashes, bullets and gallery counters glued to captions', () => {
		const d = parseSeed(readSeed('010_related_story.txt'));
		const gallery = d.blocks.filter(b => b.marker === '1/11' || b.marker === '2/11');
		assert.deepEqual(gallery.map(b => b.kind), ['list-item', 'list-item']);
		const l = parseSeed(readSeed('003_listicle.txt'));
		assert.equal(l.blocks.filter(b => b.kind === 'list-item' && b.marker === '-').length, 4);
		// A counter glued to a caption that ends with its credit is still a gallery item.
		const credited = parseSeed(' date 2024-04-02 Gallery\n1/11Two observations from the hearing.\n2/11Senator Schumer speaks to reporters outside his office. (Photo: AP)\n');
		assert.deepEqual(credited.blocks.slice(1).map(b => `${b.kind} ${b.marker}`), ['list-item 1/11', 'list-item 2/11']);
	});

	test('a one-word section label between headline and story is noise, not a heading', () => {
		const d = parseSeed(' date 2023-11-28 Chip Maker to Cut 1,200 Jobs as Demand Slows\nTech\nSAN JOSE, Calif. – The company said on Tuesday it would cut jobs.');
		assert.deepEqual(d.blocks.map(b => b.kind), ['title', 'boilerplate', 'paragraph']);
		const twoWords = parseSeed(' date 2024-02-08 افتتاح معرض الكتاب في القاهرة\nبرنامج المعرض\nيتضمن البرنامج ندوات.');
		assert.deepEqual(twoWords.blocks.map(b => b.kind), ['title', 'heading', 'paragraph']);
	});

	test('a headline written as a long sentence is the title when its byline or dateline follows; a topic tag before it is a label', () => {
		const spanish = parseSeed(' date 2024-07 Incendios forestales\nMás de 3.000 personas evacuadas en Tenerife por un incendio forestal\n'
			+ 'El fuego ha quemado ya 2.500 hectáreas en el norte de la isla\nPor EFE\nSANTA CRUZ DE TENERIFE – El presidente dijo el domingo que el incendio no está controlado.');
		assert.deepEqual(spanish.blocks.map(b => b.kind), ['boilerplate', 'title', 'subtitle', 'byline', 'paragraph']);
		assert.equal(spanish.title?.text, 'Más de 3.000 personas evacuadas en Tenerife por un incendio forestal');
		const english = parseSeed(' date 2024-07 World\nMore than 3,000 people evacuated in Tenerife because of a forest fire\nBy Ana Ruiz\nThe fire began on Sunday.');
		assert.deepEqual(english.blocks.map(b => b.kind), ['boilerplate', 'title', 'byline', 'paragraph']);
		// A lede ends with its full stop, so a byline after it does not make it a headline.
		const lede = parseSeed(' date 2024-07 More than 3,000 people were evacuated in Tenerife on Sunday.\nBy Ana Ruiz\nThe fire began on Sunday.');
		assert.equal(lede.title, null);
		assert.equal(lede.blocks[0].kind, 'paragraph');
	});

	test('a teaser with its own dateline and full stop before a headline that opens its own story; a language menu a line each', () => {
		const teaser = parseSeed(' date 2024-05-14 Home\nFollow us on\nKYIV, May 13 (Reuters) - Ukraine said on Monday its forces had pulled back from two villages.\n'
			+ 'Russia Opens New Front in Kharkiv Region\nUpdated: 14 May 2024, 09:05 AM IST\nKHARKIV, Ukraine (AP) — Russian troops pushed deeper into the region on Tuesday.');
		assert.equal(teaser.title?.text, 'Russia Opens New Front in Kharkiv Region');
		assert.equal(kindOf(teaser, 'KYIV, May 13'), 'dateline');
		// A datelined lede before a section heading stays the lede.
		const lede = parseSeed(' date 2024-05-14 KYIV – Ukraine said on Monday its forces had pulled back from two villages.\nFighting Spreads North\nOfficials said more troops were sent.');
		assert.deepEqual(lede.blocks.map(b => b.kind), ['paragraph', 'heading', 'paragraph']);
		const menu = parseSeed(' date 2024-05-14 English\nहिन्दी\nবাংলা\nRussia Opens New Front in Kharkiv Region\nKHARKIV, Ukraine (AP) — Russian troops pushed deeper into the region on Tuesday.');
		assert.deepEqual(menu.blocks.map(b => b.kind), ['boilerplate', 'boilerplate', 'boilerplate', 'title', 'paragraph']);
	});

	test('counters and comment-form lines are noise', () => {
		for (const noise of ['12 Comments', '1.2K Shares', 'Image 3 of 11', 'Leave A Reply Cancel reply', 'Also read | Another headline here', 'Your email address will not be published.',
			'Related: How Chicago became the fastest course in the world', 'Related stories: Another headline here']) {
			assert.equal(kindOf(parseSeed(`Lede text here.\n${noise}\nBody text here.`), noise), 'boilerplate', noise);
		}
	});

	test('a long sentence-case line without a stop is prose, not a heading; Title Case stays a heading', () => {
		const d = parseSeed('Lede text.\nLloyd Austin speaks during a press conference at the Pentagon in Washington\nBody.\nThe Long Title Case Heading That Has Quite a Few Words in It\nBody.\nWhat can residents do to stay safe during the heatwave?\nBody.');
		assert.deepEqual(d.blocks.map(b => b.kind), ['paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
	});

	test('a sentence-case headline of up to twelve words, one ending in a quoted phrase, and a German date are headings', () => {
		const d = parseSeed('Lede text.\nLe club annonce que les deux joueurs ne voulaient pas partir\nBody.\n'
			+ 'Success according to the champion is \u201csurreal and incredible\u201d\nBody.\nTopspiel bei Bayer Leverkusen am 10. Februar\nBody.\n'
			+ '\u201cWe will win this\u201d\nBody.');
		assert.deepEqual(d.sections.map(s => s.heading.text), ['Le club annonce que les deux joueurs ne voulaient pas partir',
			'Success according to the champion is \u201csurreal and incredible\u201d', 'Topspiel bei Bayer Leverkusen am 10. Februar']);
	});

	test('a full stop of an initialism, an initial or an abbreviation does not split a heading into sentences', () => {
		const d = parseSeed(' date 2024-01-31 Fed Holds Rates Steady as U.S. Inflation Cools\nWASHINGTON – The Federal Reserve left its rate unchanged on Wednesday.\n'
			+ "What's Next for the U.S. Economy?\nEconomists expect five cuts this year.\nWall St. Reacts\nThe S&P 500 fell 1.6% after the decision.\n"
			+ 'J.K. Rowling and Donald J. Trump Agree\nIt was a first. Then It Ended\nMore prose.');
		assert.equal(d.title?.text, 'Fed Holds Rates Steady as U.S. Inflation Cools');
		assert.deepEqual(d.sections.map(s => s.heading.text), ["What's Next for the U.S. Economy?", 'Wall St. Reacts', 'J.K. Rowling and Donald J. Trump Agree']);
		assert.equal(kindOf(d, 'It was a first.'), 'paragraph', 'two sentences stay prose');
	});

	test('a headline may open with a quotation', () => {
		const d = parseSeed(" date 2024-05-13 'We will not back down,' says Zelenskyy\nUkraine's president said on Monday that his forces would hold the line.");
		assert.equal(d.title?.text, "'We will not back down,' says Zelenskyy");
	});

	test('a whole-line quotation is a quote', () => {
		const d = parseSeed('Lede here.\n“We are seeing nights that do not cool down at all, and that is new.”\nMore prose.');
		assert.equal(d.blocks[1].kind, 'quote');
	});

	test('an appended related story keeps its own heading, and is known as another story', () => {
		const d = parseSeed(readSeed('010_related_story.txt'));
		assert.deepEqual(d.sections.map(s => s.heading.text), ['Cardinals Win Third Straight at Home']);
		assert.equal(d.blocks[0].kind, 'paragraph');
		assert.equal(d.blocks[d.relatedStoriesFrom].text, 'Cardinals Win Third Straight at Home');
		assert.deepEqual(d.sections.map(s => s.related), [true]);
	});

	test('a related story opens with its byline or a place dateline, after some of the article', () => {
		const article = 'A council voted on Tuesday to add bus routes to the northern suburbs of the city. '.repeat(6);
		const byDateline = parseSeed(` date 2024-04-02 ${article}\nCity Council Approves New Bike Lanes\nSPRINGFIELD, Ill. – The council voted 7-2 on Tuesday.`);
		assert.equal(byDateline.relatedStoriesFrom, 1);
		// The article's own sections go on with its prose; a headline and byline after one short line are the article's.
		const section = parseSeed(` date 2024-04-02 ${article}\nWhat Comes Next\nThe routes open in June, the council said.`);
		assert.equal(section.relatedStoriesFrom, -1);
		assert.deepEqual(section.sections.map(s => s.related), [false]);
		const short = parseSeed(' date 2024-08-02 Heavy Rain Floods Subway Stations in New York\n'
			+ 'NEW YORK – Heavy rain flooded several subway stations in Manhattan and Brooklyn on Thursday, halting service on three lines.\n'
			+ 'Governor Kathy Hochul declared a state of emergency for New York City and Long Island.\n'
			+ 'Mets Rally Past Braves in Extra Innings\nBy Press Association\nATLANTA – The Mets scored twice in the 10th inning.');
		assert.equal(short.blocks[short.relatedStoriesFrom]?.text, 'Mets Rally Past Braves in Extra Innings', 'two paragraphs are article enough');
		const early = parseSeed('date 2024-03-26 Not a real header\nPentagon Weighs Options On Rafah\nBy Associated Press\nDefense Secretary Lloyd Austin spoke.');
		assert.equal(early.relatedStoriesFrom, -1);
		assert.equal(parseSeed(readSeed(realSeedName)).relatedStoriesFrom, -1);
	});
});

suite('parseSeed: other languages and scripts', () => {
	test('Hindi: title and headings without letter case', () => {
		const d = parseSeed(readSeed('006_hindi.txt'));
		assert.equal(d.title?.text, 'दिल्ली में बारिश से मौसम सुहाना');
		assert.deepEqual(d.sections.map(s => s.heading.text), ['मौसम विभाग का अनुमान', 'यातायात पर असर']);
	});

	test('right-to-left text keeps exact UTF-16 positions', () => {
		const text = readSeed('007_rtl_arabic.txt');
		const d = parseSeed(text);
		for (const block of d.blocks) {
			assert.equal(text.slice(block.start, block.end), block.text);
		}
		assert.equal(d.sections[0].heading.text, 'برنامج المعرض');
	});

	test('emoji and combining marks count as UTF-16 code units', () => {
		const text = ' date 2024-01-01 Cafe\u0301 opens 👩‍🍳 kitchen today.\nSecond line of prose.';
		const d = parseSeed(text);
		assert.equal(d.blocks[0].range.end.character, text.indexOf('\n'));
		assert.equal(text.slice(d.blocks[0].start, d.blocks[0].end), 'Cafe\u0301 opens 👩‍🍳 kitchen today.');
	});

	test('Italian', () => {
		const d = parseSeed(readSeed('009_italian.txt'));
		assert.equal(d.title?.text, 'Roma, riapre al pubblico la Domus Aurea');
		assert.deepEqual(d.sections.map(s => s.heading.text), ['Orari e biglietti']);
	});
});
