#!/usr/bin/env node
'use strict';
/**
 * `npm run build`, which the scripts that run dist/ (test:e2e, test:ui, test:queue, demo, bench…)
 * start with, unless Z_API_DIST_FRESH=1 says dist/ was just built from these sources: CI builds once
 * and then runs each of those scripts (a build is about 15 s).
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');

if (
	process.env.Z_API_DIST_FRESH === '1' &&
	fs.existsSync(path.join(ROOT, 'dist', 'nodes', 'ZApi', 'ZApi.node.js'))
) {
	console.log('dist/ is fresh (Z_API_DIST_FRESH=1): not building it again');
	process.exit(0);
}
// Through the npm that runs this script (npm_execpath), else the one on PATH.
const npm = process.env.npm_execpath
	? [process.execPath, [process.env.npm_execpath, 'run', 'build']]
	: ['npm', ['run', 'build']];
const result = spawnSync(npm[0], npm[1], { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
