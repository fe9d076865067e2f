import type * as EntityEngine from '../model/entities/engine';

let engine: typeof EntityEngine | undefined;

/**
 * The entity recogniser and index, loaded at the first entity request instead of at activation: with
 * their word lists and country gazetteer they are a third of the extension bundle. In the desktop build
 * they are a file of their own (see scripts/lazyModules.mjs); elsewhere esbuild inlines them behind a
 * lazy initialiser.
 */
export function loadEntityEngine(): typeof EntityEngine {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return engine ??= require('../model/entities/engine') as typeof EntityEngine;
}
