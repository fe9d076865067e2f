// Lint rules for the extension, its tests, the webview code and the scripts. Type-aware where a rule needs
// types: a promise nobody awaits or catches is how an extension loses errors silently, so those are errors.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './scripts/lint/layers.mjs';

export default tseslint.config(
	{ ignores: ['dist/**', 'out/**', '.cache/**', '.vscode-test/**', 'node_modules/**', 'screenshots/**', '**/*.d.ts'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		rules: {
			curly: 'error',
			eqeqeq: ['error', 'always', { null: 'ignore' }],
			'no-throw-literal': 'error',
			// Message types are grouped in type-only namespaces, as VS Code's own webview protocols are.
			'@typescript-eslint/no-namespace': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
		},
	},
	{
		// Each folder of src/ imports only the parts below it (scripts/lint/layers.mjs, ARCHITECTURE.md).
		files: ['src/**/*.ts'],
		plugins: { seed: layersPlugin },
		rules: { 'seed/layers': 'error' },
	},
	{
		files: ['src/**/*.ts', 'test/**/*.ts'],
		ignores: ['src/webview/**'],
		languageOptions: {
			parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/await-thenable': 'error',
		},
	},
	{
		files: ['src/webview/**/*.ts'],
		languageOptions: {
			globals: globals.browser,
			parserOptions: { project: './src/webview/tsconfig.json', tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
		},
	},
	{
		// Node scripts (build, bench, the real-VS-Code runners); the UI tests also run code in the page.
		files: ['**/*.mjs', '**/*.js'],
		languageOptions: { globals: { ...globals.node } },
	},
	{
		// The set-up scripts' unit tests: plain ESM run by mocha's tdd interface.
		files: ['test/scripts/**/*.mjs'],
		languageOptions: { globals: { ...globals.node, ...globals.mocha } },
	},
	{
		files: ['**/*.cjs'],
		languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
	{
		files: ['test/ui/**/*.mjs', 'scripts/**/*Screenshots.mjs', 'scripts/screenshots.mjs', 'bench/preview.mjs'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
	},
);
