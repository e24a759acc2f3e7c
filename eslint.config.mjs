// n8n's own lint rules for community nodes: the current plugin (@n8n/eslint-plugin-community-nodes,
// what `n8n-node lint` runs) and the classic one (eslint-plugin-n8n-nodes-base) that n8n's verification
// still applies, for package.json, credentials and nodes.
import tsParser from '@typescript-eslint/parser';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';

const classic = (name) => n8nNodesBase.configs[name].rules;
const { plugins: communityPlugins, rules: communityRules } = n8nCommunityNodesPlugin.configs.recommended;

export default [
	{ ignores: ['dist/**', 'node_modules/**', 'test/**', '**/*.js', '**/*.mjs'] },
	{
		// Both plugins read package.json as an object literal, the way the TypeScript parser sees it.
		files: ['package.json'],
		languageOptions: { parser: tsParser, parserOptions: { extraFileExtensions: ['.json'] } },
		plugins: { 'n8n-nodes-base': n8nNodesBase, ...communityPlugins },
		rules: { ...classic('community'), ...communityRules },
	},
	{
		files: ['credentials/**/*.ts', 'nodes/**/*.ts'],
		languageOptions: {
			parser: tsParser,
			parserOptions: { project: './tsconfig.json', sourceType: 'module' },
		},
		plugins: { 'n8n-nodes-base': n8nNodesBase, ...communityPlugins },
		rules: {
			...classic('credentials'),
			...classic('nodes'),
			// Written for n8n's built-in nodes: they want a docs slug where a community credential links a
			// full URL, and string inputs where the current API (and the rule set below) wants NodeConnectionTypes.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			...communityRules,
		},
	},
];
