// What `npm start` and `npm test` do about missing Debian packages (scripts/realVscode/systemPackages.mjs).
import assert from 'node:assert/strict';
import { planSystemPackages } from '../../scripts/realVscode/systemPackages.mjs';

const names = ['build-essential', 'python3', 'libkrb5-dev'];
const purpose = 'building code-server\'s native modules';

suite('system packages', () => {
	test('nothing to do when every package is installed', () => {
		assert.deepEqual(planSystemPackages({ names, missing: [], isRoot: false, hasAptGet: false, purpose }), { action: 'none' });
	});

	test('root with apt-get installs what is missing', () => {
		assert.deepEqual(planSystemPackages({ names, missing: ['libkrb5-dev'], isRoot: true, hasAptGet: true, purpose }), { action: 'install' });
	});

	test('without root: one line naming the exact command, with sudo', () => {
		const plan = planSystemPackages({ names, missing: ['libkrb5-dev', 'python3'], isRoot: false, hasAptGet: true, purpose });
		assert.equal(plan.action, 'stop');
		assert.ok(!plan.message.includes('\n'));
		assert.match(plan.message, /run: sudo apt-get update && sudo apt-get install -y libkrb5-dev python3$/);
	});

	test('root without apt-get: the command, without sudo', () => {
		const plan = planSystemPackages({ names, missing: ['chromium'], isRoot: true, hasAptGet: false, purpose });
		assert.equal(plan.action, 'stop');
		assert.match(plan.message, /run: apt-get update && apt-get install -y chromium$/);
	});

	test('no dpkg: says it cannot check and names what is needed, without stopping', () => {
		const plan = planSystemPackages({ names, missing: undefined, isRoot: true, hasAptGet: false, purpose });
		assert.equal(plan.action, 'unknown');
		assert.match(plan.message, /build-essential python3 libkrb5-dev$/);
	});
});
