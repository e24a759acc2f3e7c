// n8n's own lint rules for community nodes: the current plugin (@n8n/eslint-plugin-community-nodes,
// what `n8n-node lint` runs) and the classic one (eslint-plugin-n8n-nodes-base) that n8n's verification
// still applies, for package.json, credentials and nodes.
import tsParser from '@typescript-eslint/parser';
import * as jsoncParser from 'jsonc-eslint-parser';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';

const classic = (name) => n8nNodesBase.configs[name].rules;

export default [
	{ ignores: ['dist/**', 'node_modules/**', 'test/**', '*.js', '*.mjs', 'scripts/**'] },
	{
		files: ['package.json'],
		languageOptions: { parser: jsoncParser },
		plugins: { 'n8n-nodes-base': n8nNodesBase, '@n8n/community-nodes': n8nCommunityNodesPlugin },
		rules: {
			...classic('community'),
			...Object.fromEntries(
				Object.entries(n8nCommunityNodesPlugin.configs.recommended.rules).filter(([rule]) =>
					/package|dependencies|lifecycle|overrides/.test(rule),
				),
			),
		},
	},
	{
		files: ['credentials/**/*.ts', 'nodes/**/*.ts'],
		languageOptions: {
			parser: tsParser,
			parserOptions: { project: './tsconfig.json', sourceType: 'module' },
		},
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...classic('credentials'),
			...classic('nodes'),
			// Written for n8n's built-in nodes: they want a docs slug where a community credential links a
			// full URL, and string inputs where the current API (and the rule set above) wants NodeConnectionTypes.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
	{
		files: ['credentials/**/*.ts', 'nodes/**/*.ts'],
		...n8nCommunityNodesPlugin.configs.recommended,
		ignores: [],
	},
];
