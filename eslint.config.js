// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'src/**/*.astro'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	{
		languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
	},
);
