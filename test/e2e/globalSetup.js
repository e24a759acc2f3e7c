'use strict';
// Before any end-to-end test: both pinned n8n releases installed (in parallel, first run only) and
// the package packed once. Test workers read the tarball's path from the environment.
const { ensureN8n } = require('../../scripts/n8n/install');
const { packPackage } = require('../../scripts/n8n/pack');
const { N8N_RELEASES } = require('../../scripts/n8n/versions');

module.exports = async function globalSetup() {
	await Promise.all(Object.keys(N8N_RELEASES).map((version) => ensureN8n(version)));
	process.env.ZAPI_E2E_TARBALL = await packPackage();
};
