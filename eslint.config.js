// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import boundaries from 'eslint-plugin-boundaries';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The pipeline's layers, from the bottom up. A layer may import its own layer and the ones listed
 * in its policy below, never one above it: a wrong arrow fails `npm run check` (README, "Where
 * things live"). `.astro` files are checked too (their frontmatter and `<script>` imports), which
 * is why this lives in ESLint: dependency-cruiser does not read `.astro` files
 * (sverweij/dependency-cruiser#1007); it checks cycles (.dependency-cruiser.cjs).
 */
const layers = [
	{ type: 'core', pattern: 'src/core/**', partialMatch: false },
	{ type: 'content', pattern: 'src/content/**', partialMatch: false },
	{ type: 'feature', pattern: 'src/features/*/**', capture: ['feature'], partialMatch: false },
	{ type: 'pages', pattern: 'src/pages/**', partialMatch: false },
	{ type: 'postbuild', pattern: 'src/postbuild/**', partialMatch: false },
	{ type: 'scripts', pattern: 'scripts/**', partialMatch: false },
	{ type: 'test', pattern: 'test/**', partialMatch: false },
];
/**
 * A policy: files of layer `from` may import files of the layers `to`.
 * @param {string} from
 * @param {string[]} to
 */
const may = (from, to) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } });

export default defineConfig(
	{ ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'test/fixtures/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	{
		languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
	},
	{ files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } } },
	// .astro files are parsed for their imports (the layer rule below); their code is checked by
	// `astro check`, so the JavaScript rules are off for them.
	...astro.configs['flat/base'],
	{
		files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
		rules: Object.fromEntries(
			[
				...(js.configs.recommended.rules ? Object.keys(js.configs.recommended.rules) : []),
				...tseslint.configs.recommended.flatMap((c) => Object.keys(c.rules ?? {})),
			].map((r) => [r, 'off']),
		),
	},
	{
		files: ['**/*.{ts,mjs,js,astro}'],
		plugins: { boundaries },
		settings: {
			'boundaries/elements': layers,
			'boundaries/include': ['src/**', 'scripts/**', 'test/**'],
		},
		rules: {
			'boundaries/dependencies': [
				'error',
				{
					default: 'disallow',
					policies: [
						may('core', ['core']),
						may('content', ['core', 'content']),
						may('feature', ['core', 'content', 'feature']),
						may('pages', ['core', 'content', 'feature']),
						may('postbuild', ['core', 'postbuild']),
						may('scripts', ['core', 'content', 'postbuild', 'scripts']),
						may('test', ['core', 'content', 'feature', 'pages', 'postbuild', 'scripts', 'test']),
					],
				},
			],
		},
	},
);
