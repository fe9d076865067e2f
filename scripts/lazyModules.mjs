// The desktop extension loads the preview renderer (markdown-it and its HTML entity tables) from a
// file of its own at the first render, so activation does not compile it. Shared by the build and the
// activation bench so the bench measures what ships.
import path from 'node:path';

/** The renderer's entry point, bundled on its own to dist/renderer.js. */
export const rendererEntry = 'src/preview/renderBody.ts';

/** esbuild plugin: src/preview/lazyRenderer.ts's `require('./renderBody')` becomes `require('./renderer.js')`. */
export const separateRendererFile = {
	name: 'separate-renderer-file',
	setup(build) {
		build.onResolve({ filter: /^\.\/renderBody$/ }, args =>
			args.kind === 'require-call' && path.basename(args.importer) === 'lazyRenderer.ts'
				? { path: './renderer.js', external: true }
				: undefined);
	},
};
