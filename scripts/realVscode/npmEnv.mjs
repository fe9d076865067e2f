// The environment for an npm that this project starts itself (code-server's install into the cache).
//
// Run from `npm start` or `npm test`, this process inherits the outer npm's settings as npm_config_*
// variables and its lifecycle variables (npm_package_*, npm_lifecycle_*, INIT_CWD, NODE ...). A nested npm
// takes those as its own settings: `npm_config_user_agent` names the outer Node (20), and code-server's
// postinstall reads the Node major from it and refuses to install. So the child gets none of them,
// except the few that say where the registry is and how to reach it, which the user may have set only in
// the environment.
import path from 'node:path';

/** npm settings a nested install still needs when they were given only through the environment. */
const kept = new Set(['registry', 'cache', 'proxy', 'https_proxy', 'http_proxy', 'noproxy', 'cafile', 'ca', 'strict_ssl', 'userconfig', 'globalconfig']);

/** Variables npm sets for a lifecycle script, beside the npm_* ones. */
const lifecycleVariables = new Set(['INIT_CWD', 'NODE', 'COLOR', 'EDITOR_NPM']);

/**
 * `env` without the outer npm's configuration and lifecycle variables, and with the PATH entries npm
 * prepends for a script (the project's node_modules/.bin, npm's node-gyp shim) removed; `overrides` last.
 * @param {Record<string, string | undefined>} env
 * @param {Record<string, string>} [overrides]
 */
export function nestedNpmEnv(env, overrides = {}) {
	const clean = {};
	for (const [name, value] of Object.entries(env)) {
		if (value === undefined || lifecycleVariables.has(name)) {
			continue;
		}
		const config = /^npm_config_(.*)$/i.exec(name);
		if (config ? !kept.has(config[1].toLowerCase()) : /^npm_/i.test(name)) {
			continue;
		}
		clean[name] = value;
	}
	const pathKey = Object.keys(clean).find(k => k.toUpperCase() === 'PATH') ?? 'PATH';
	if (clean[pathKey] !== undefined) {
		clean[pathKey] = clean[pathKey].split(path.delimiter)
			.filter(entry => !/[\\/]node_modules[\\/]\.bin[\\/]?$/.test(entry) && !/[\\/]node-gyp-bin[\\/]?$/.test(entry))
			.join(path.delimiter);
	}
	return { ...clean, ...overrides };
}
