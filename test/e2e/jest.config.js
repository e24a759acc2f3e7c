/**
 * End-to-end tests: the packed package inside real n8n processes (`npm run test:e2e`).
 * Slow by nature: the first run installs n8n into .cache/n8n/ (see scripts/n8n/install.js).
 */
/** @type {import('jest').Config} */
module.exports = {
	rootDir: '../..',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'test/tsconfig.json' }] },
	globalSetup: '<rootDir>/test/e2e/globalSetup.js',
	testTimeout: 300000,
	slowTestThreshold: 120,
	// One worker per n8n release: the two run side by side.
	maxWorkers: 2,
};
