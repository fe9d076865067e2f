import * as assert from 'assert';
import { withinCaseLimit } from './fuzzRuns';

function busyFor(ms: number): void {
	const until = performance.now() + ms;
	while (performance.now() < until) {
		// A hang is work that does not end; waiting on a timer would not be one.
	}
}

suite('fuzz: one case has a time limit', () => {
	test('a case past the limit fails, naming how long it took; a quick one passes its result through', () => {
		assert.throws(() => withinCaseLimit(() => busyFor(30), 5)(), /one case took \d+ ms, past the 5 ms/);
		assert.equal(withinCaseLimit((a: number, b: number) => a + b, 1000)(2, 3), 5);
	});
});
