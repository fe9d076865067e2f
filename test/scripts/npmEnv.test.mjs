// The environment handed to the nested npm that installs code-server (scripts/realVscode/npmEnv.mjs).
import assert from 'node:assert/strict';
import path from 'node:path';
import { nestedNpmEnv } from '../../scripts/realVscode/npmEnv.mjs';

/** What `npm start` under Node 20 and npm 11 hands its script, in part. */
const outerNpm = {
	HOME: '/home/reader',
	LANG: 'C.UTF-8',
	PATH: ['/work/seed-reader/node_modules/.bin', '/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin', '/usr/local/bin', '/usr/bin'].join(path.delimiter),
	npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
	npm_config_playwright_skip_browser_download: '1',
	npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
	npm_config_registry: 'https://registry.example.test/',
	npm_config_cache: '/home/reader/.npm',
	NPM_CONFIG_PREFIX: '/usr/local',
	npm_package_name: 'seed-reader',
	npm_lifecycle_event: 'start',
	npm_lifecycle_script: 'node scripts/start.mjs',
	npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
	npm_node_execpath: '/usr/bin/node',
	npm_command: 'start',
	INIT_CWD: '/work/seed-reader',
	NODE: '/usr/bin/node',
	COLOR: '1',
};

suite('nested npm environment', () => {
	test('drops the outer npm\'s user agent, so the child reports its own Node', () => {
		const env = nestedNpmEnv(outerNpm);
		assert.equal(env.npm_config_user_agent, undefined);
	});

	test('drops every other inherited npm setting and lifecycle variable', () => {
		const env = nestedNpmEnv(outerNpm);
		const leftovers = Object.keys(env).filter(name => /^npm_/i.test(name) && !/^npm_config_(registry|cache)$/.test(name));
		assert.deepEqual(leftovers, []);
		for (const name of ['INIT_CWD', 'NODE', 'COLOR']) {
			assert.equal(env[name], undefined, name);
		}
	});

	test('keeps where the registry is and what is not npm\'s', () => {
		const env = nestedNpmEnv(outerNpm);
		assert.equal(env.npm_config_registry, 'https://registry.example.test/');
		assert.equal(env.npm_config_cache, '/home/reader/.npm');
		assert.equal(env.HOME, '/home/reader');
		assert.equal(env.LANG, 'C.UTF-8');
	});

	test('removes the PATH entries npm prepends for a script and keeps the rest in order', () => {
		assert.equal(nestedNpmEnv(outerNpm).PATH, ['/usr/local/bin', '/usr/bin'].join(path.delimiter));
	});

	test('overrides come last', () => {
		const env = nestedNpmEnv(outerNpm, { PATH: '/opt/node24/bin', npm_config_nodedir: '/opt/node24' });
		assert.equal(env.PATH, '/opt/node24/bin');
		assert.equal(env.npm_config_nodedir, '/opt/node24');
	});
});
