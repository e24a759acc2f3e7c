/** The n8n editor in Debian's Chromium, driven by playwright-core (`npm run test:ui`). */
/** @type {import('jest').Config} */
module.exports = {
	rootDir: '../..',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/ui'],
	testMatch: ['**/*.ui.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'test/tsconfig.json' }] },
	testTimeout: 300000,
	slowTestThreshold: 120,
	// One file at a time: each starts its own n8n in .cache/runs/ui-<version> and packs the package.
	maxWorkers: 1,
};
