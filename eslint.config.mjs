// The lint `n8n-node lint` runs, kept by hand: a copy of the `config` export of
// `@n8n/node-cli/eslint` (@n8n/node-cli 0.48.3, the release built on @n8n/eslint-plugin-community-nodes
// 0.32.0, our version), with the same plugins and the same rule lists.
//
// Why not `import { config } from '@n8n/node-cli/eslint'`: it installs and runs here (Node 20,
// offline, clean on our sources), but @n8n/node-cli brings its whole CLI along, including
// @n8n/ai-node-sdk -> LangChain, OpenAI's SDK, pdf.js and a native canvas binary: +162 packages,
// +400 MB, +2 min of `npm ci` on CI, for a lint config whose own dependencies are the four below
// (+13 packages, +8 MB).
//
// Differences from the CLI's config, on purpose:
// - typescript-eslint 8.73.0 instead of the CLI's 8.35.0, which refuses TypeScript 5.9 (our
//   compiler, and the parser's version);
// - eslint-plugin-n8n-nodes-base 2.0.0 instead of 1.16.7: the same rule lists in the three configs
//   used here (community, credentials, nodes);
// - ignores for files the CLI's template project does not have (tests, scripts, the build).
// `npm run lint` lints `nodes credentials package.json`, which is what n8n's scanner
// (`npm run scan`) looks at in the sources too. To re-check this copy against a newer CLI, see
// docs/releasing.md.
import js from '@eslint/js';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import { globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

const communityNodesRecommended = n8nCommunityNodesPlugin.configs.recommended;

export default tseslint.config(
	globalIgnores(['dist', 'node_modules', 'test', 'scripts', '.cache', '**/*.js', '**/*.mjs']),
	{
		files: ['**/*.ts'],
		extends: [
			js.configs.recommended,
			tseslint.configs.recommended,
			communityNodesRecommended,
			importX.configs['flat/recommended'],
		],
		rules: {
			'prefer-spread': 'off',
			'no-console': 'error',
		},
	},
	{
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		settings: {
			'import-x/resolver-next': [createTypeScriptImportResolver()],
		},
	},
	{
		files: ['package.json'],
		extends: [communityNodesRecommended],
		rules: {
			...n8nNodesBase.configs.community.rules,
		},
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: {
				extraFileExtensions: ['.json'],
			},
		},
	},
	{
		files: ['./credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['./nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
);
