import type * as RenderBodyModule from './renderBody';

let renderer: typeof RenderBodyModule | undefined;

/**
 * The preview renderer, loaded at the first render instead of at activation: it brings markdown-it and
 * its HTML entity tables, which were over half of the bundle and most of the time to load it. In the
 * desktop build it is a file of its own (see scripts/lazyModules.mjs); elsewhere esbuild inlines it behind a
 * lazy initialiser.
 */
export function loadRenderer(): typeof RenderBodyModule {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return renderer ??= require('./renderBody') as typeof RenderBodyModule;
}
