'use strict';
/**
 * The double's instance side beyond /status and /device (docs: instance/*.md). These answer while
 * WhatsApp is disconnected (`offline`): that is when a QR code or a restart is needed.
 */

// A 1×1 PNG: Z-API documents "an image of the type base64" and no exact body; the double answers
// {"value": "data:image/png;base64,…"}, the form users report.
const QR_PNG =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const ENDPOINTS = {
	'/qr-code/image': { method: 'GET', offline: true },
	'/restart': { method: 'GET', offline: true },
	'/disconnect': { method: 'GET', offline: true },
};

function createHandlers({ config }) {
	return {
		'/qr-code/image': () =>
			config.connected
				? [200, { connected: true }]
				: [200, { value: `data:image/png;base64,${QR_PNG}` }],
		'/restart': () => [200, { value: true }],
		'/disconnect': () => {
			config.connected = false;
			return [200, { value: true }];
		},
	};
}

module.exports = { ENDPOINTS, createHandlers, QR_PNG };
