/**
 * The entity recogniser and index as one entry point: the desktop extension loads it from a file of its
 * own at the first entity request (src/documents/lazyEntities.ts), so its word lists and gazetteers are
 * not compiled at activation.
 */
export { buildEntityIndex, mentionAt } from './entityIndex';
export { SeedEntityRecognizer } from './recognize';
