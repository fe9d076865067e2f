// Where the real-VS-Code harness keeps what it installs once per machine: Node 24 and code-server.
//
// Root: $SEED_READER_CACHE, else $XDG_CACHE_HOME/seed-reader, else ~/.cache/seed-reader.
// Layout (shared by every clone on the machine):
//   <root>/node24/node-v24/bin/node                            Node 24, unpacked from the npm package node-<os>-<arch>
//   <root>/csinst/node_modules/code-server/out/node/entry.js   code-server (VS Code 1.139 server + web workbench)
//   <root>/installed.json                                      marker, written last, once both work
import os from 'node:os';
import path from 'node:path';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export function cacheRoot() {
	if (process.env.SEED_READER_CACHE) {
		return path.resolve(process.env.SEED_READER_CACHE);
	}
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'seed-reader');
}

export function cachePaths(root = cacheRoot()) {
	const nodeDir = path.join(root, 'node24', 'node-v24');
	const codeServerInstallDir = path.join(root, 'csinst');
	return {
		root,
		nodeDir,
		node: path.join(nodeDir, 'bin', 'node'),
		codeServerInstallDir,
		codeServerEntry: path.join(codeServerInstallDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
		marker: path.join(root, 'installed.json'),
	};
}

/** The Debian chromium that playwright-core drives; `CHROMIUM` overrides it. */
export function chromiumPath() {
	return process.env.CHROMIUM || '/usr/bin/chromium';
}
