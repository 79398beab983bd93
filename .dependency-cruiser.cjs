/**
 * dependency-cruiser: no import cycles in src/, scripts/ or test/, and every relative import
 * resolves. The direction of imports between layers is checked by ESLint
 * (eslint-plugin-boundaries in eslint.config.js), which also reads `.astro` files.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'Modules that import each other, directly or through others: split out what they share.',
			from: {},
			to: { circular: true },
		},
		{
			name: 'not-to-unresolvable',
			severity: 'error',
			comment: 'A relative import that names no file (packages are checked by knip).',
			from: {},
			to: { couldNotResolve: true, path: '^[.]' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: ['^src/content/(cases|policy)/', '^test/fixtures/', '^\\.tmp/'] },
		tsConfig: { fileName: 'tsconfig.json' },
		tsPreCompilationDeps: true,
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types'],
			extensions: ['.ts', '.js', '.mjs', '.json'],
		},
	},
};
