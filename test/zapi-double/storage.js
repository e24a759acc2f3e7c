'use strict';
/**
 * The double's storage host: the files Z-API's received-message webhook links to (image.imageUrl,
 * audio.audioUrl…). On Z-API they live on a storage host, not under the instance API, and need no
 * token; here they are under /storage/ on the double's port, outside /instances/…, and a request
 * that brings a Client-Token or an instance token is refused, as a foreign host should never get one.
 */

// A JPEG of 1×1 pixel.
const JPEG = Buffer.from(
	'/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
	'base64',
);

/** The first page of an Ogg Opus stream (OpusHead), as WhatsApp voice notes start. */
function oggVoiceNote() {
	const head = Buffer.concat([
		Buffer.from('OpusHead', 'latin1'),
		Buffer.from([1, 1, 0x38, 0x01, 0x80, 0xbb, 0, 0, 0, 0, 0]),
	]);
	const header = Buffer.alloc(27);
	header.write('OggS', 0, 'latin1');
	header[5] = 0x02; // beginning of stream
	header.writeUInt32LE(0x5a415049, 14); // serial number
	header[26] = 1; // one segment
	return Buffer.concat([header, Buffer.from([head.length]), head, Buffer.alloc(2048, 0x55)]);
}

const FILES = {
	'/storage/voice-note.ogg': { type: 'audio/ogg; codecs=opus', data: oggVoiceNote() },
	'/storage/photo.jpg': { type: 'image/jpeg', data: JPEG },
	'/storage/report.pdf': { type: 'application/pdf', data: Buffer.from('%PDF-1.4\n%double\n') },
	'/storage/untyped': { type: 'application/octet-stream', data: JPEG },
};

/**
 * Serves GET /storage/<file>, and generated files: /storage/sized/<bytes>.bin (with Content-Length)
 * and /storage/chunked/<bytes>.bin (without, so only counting the bytes tells the size).
 * Returns false when the path is not a storage path.
 */
function serveStorage(req, res, path, instanceToken) {
	if (!path.startsWith('/storage/')) return false;
	if (
		req.headers['client-token'] !== undefined ||
		(instanceToken && req.url.includes(instanceToken))
	) {
		res.writeHead(400, { 'Content-Type': 'text/plain' });
		res.end('a storage host must never be sent a Z-API token');
		return true;
	}
	if (req.method !== 'GET') {
		res.writeHead(405, { 'Content-Type': 'text/plain' });
		res.end('GET only');
		return true;
	}
	const generated = /^\/storage\/(sized|chunked)\/(\d+)\.bin$/.exec(path);
	if (generated) {
		const data = Buffer.alloc(Number(generated[2]), 0x61);
		if (generated[1] === 'sized') {
			res.writeHead(200, {
				'Content-Type': 'application/octet-stream',
				'Content-Length': data.length,
			});
			res.end(data);
		} else {
			res.writeHead(200, {
				'Content-Type': 'application/octet-stream',
				'Transfer-Encoding': 'chunked',
			});
			for (let start = 0; start < data.length; start += 65536)
				res.write(data.subarray(start, start + 65536));
			res.end();
		}
		return true;
	}
	const file = FILES[path];
	if (!file) {
		res.writeHead(404, { 'Content-Type': 'text/plain' });
		res.end('not found');
		return true;
	}
	res.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.data.length });
	res.end(file.data);
	return true;
}

module.exports = { serveStorage, STORAGE_FILES: FILES };
