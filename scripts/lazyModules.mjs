// The desktop extension loads its two heaviest parts from files of their own at first use, so
// activation does not compile them: the preview renderer (markdown-it and its HTML entity tables) and
// the entity engine (recogniser, word lists, gazetteers). Shared by the build and the activation bench
// so the bench measures what ships.
import path from 'node:path';

/** Each lazily loaded part: the module that requires it, the request, its entry point and its file in dist/. */
export const lazyModules = [
	{ importer: 'lazyRenderer.ts', request: './renderBody', entry: 'src/preview/renderBody.ts', file: 'renderer.js' },
	{ importer: 'lazyEntities.ts', request: '../model/entities/engine', entry: 'src/model/entities/engine.ts', file: 'entities.js' },
];

/** esbuild plugin: each lazy `require(request)` in its importer becomes `require('./<file>')`, left external. */
export const separateLazyModules = {
	name: 'separate-lazy-modules',
	setup(build) {
		build.onResolve({ filter: /./ }, args => {
			const lazy = args.kind === 'require-call'
				&& lazyModules.find(m => m.request === args.path && path.basename(args.importer) === m.importer);
			return lazy ? { path: `./${lazy.file}`, external: true } : undefined;
		});
	},
};
