#!/usr/bin/env node
'use strict';
/**
 * What the Z-API Trigger's Download Media option adds to its answer time, in a real n8n: two active
 * workflows (Register the Webhook Myself), the same trigger with Download Media off and on, called the
 * way Z-API calls them with a voice note whose file is on the double's storage host (127.0.0.1), at
 * several file sizes. Prints the median and 90th percentile of the time to n8n's answer.
 *
 *   npm run build && node scripts/bench-trigger-media.js [--n8n 2.41.1] [--calls 20]
 *
 * n8n runs with N8N_DEFAULT_BINARY_DATA_MODE=filesystem (the file is written to disk before n8n
 * answers). The storage host is local: over the internet, add the file's transfer time.
 */
const { N8nInstance, doubleCredential } = require('./n8n/instance');
const { packPackage } = require('./n8n/pack');
const { DEFAULT_N8N } = require('./n8n/versions');
const { table } = require('./table');
const { startZApiDouble } = require('../test/zapi-double/server');

const CREDENTIAL = { id: 'zApiBenchDouble1', name: 'Z-API (local double)' };
const SECRET = 'bench-media-secret-0123456789abcdef';

function workflow(id, webhookId, downloadMedia) {
	return {
		id,
		name: `bench: Download Media ${downloadMedia ? 'on' : 'off'}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: `${id}-trigger`,
				name: 'Z-API Trigger',
				type: 'n8n-nodes-z-api.zApiTrigger',
				typeVersion: 2,
				position: [0, 0],
				webhookId,
				parameters: {
					registration: 'manual',
					manualSecret: SECRET,
					events: ['messageReceived'],
					options: { downloadMedia, maxMediaSize: 16 },
				},
				credentials: { zApiApi: CREDENTIAL },
			},
		],
		connections: {},
		pinData: {},
	};
}

function voiceNote(url) {
	return {
		isGroup: false,
		messageId: 'BENCHVOICE0001',
		phone: '5544999999999',
		fromMe: false,
		momment: 1632228849000,
		status: 'RECEIVED',
		type: 'ReceivedCallback',
		audio: { ptt: true, seconds: 10, audioUrl: url, mimeType: 'audio/ogg; codecs=opus' },
	};
}

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
	const args = process.argv.slice(2);
	const version = args.includes('--n8n') ? args[args.indexOf('--n8n') + 1] : DEFAULT_N8N;
	const calls = args.includes('--calls') ? Number(args[args.indexOf('--calls') + 1]) : 20;
	const tarball = await packPackage();
	const double = await startZApiDouble();
	const off = workflow('zApiBenchMedia01', '6a0f6b1e-0000-4000-8000-00000000b001', false);
	const on = workflow('zApiBenchMedia02', '6a0f6b1e-0000-4000-8000-00000000b002', true);
	const n8n = await N8nInstance.create({
		version,
		name: 'bench-trigger-media',
		env: { N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem' },
	});
	let server;
	try {
		await n8n.installPackage(tarball);
		await n8n.importCredentials([doubleCredential(CREDENTIAL, double)]);
		await n8n.importWorkflows([off, on]);
		for (const { id } of [off, on]) {
			const command = version.startsWith('1.')
				? ['update:workflow', `--id=${id}`, '--active=true']
				: ['publish:workflow', `--id=${id}`];
			const result = await n8n.n8n(command);
			if (result.code !== 0) throw new Error(`n8n ${command.join(' ')}:\n${result.stderr}`);
		}
		server = await n8n.start();
		const urlOf = (flow) =>
			`${server.url}/webhook/${flow.nodes[0].webhookId}/zapi?secret=${SECRET}`;
		// n8n 2.x sets active workflows up in the background after "Editor is now accessible".
		const probe = voiceNote(`${double.url}/storage/voice-note.ogg`);
		for (const flow of [off, on]) {
			const deadline = Date.now() + 90000;
			while ((await double.deliverTo(urlOf(flow), probe)).status === 404) {
				if (Date.now() > deadline) throw new Error(`${flow.name}: its webhook never came up`);
				await new Promise((resolve) => setTimeout(resolve, 500));
			}
		}
		const cases = [
			{ label: 'Download Media off', flow: off, bytes: 2095 },
			{ label: 'on, 2 kB voice note', flow: on, bytes: 2095, path: 'voice-note.ogg' },
			{ label: 'on, 1 MB file', flow: on, bytes: 1024 * 1024 },
			{ label: 'on, 15 MB file', flow: on, bytes: 15 * 1024 * 1024 },
		];
		const rows = [];
		for (const entry of cases) {
			const fileUrl = `${double.url}/storage/${entry.path ?? `sized/${entry.bytes}.bin`}`;
			const times = [];
			for (let i = 0; i < calls + 3; i++) {
				const started = process.hrtime.bigint();
				const answer = await double.deliverTo(urlOf(entry.flow), voiceNote(fileUrl));
				const ms = Number(process.hrtime.bigint() - started) / 1e6;
				if (answer.status !== 200) throw new Error(`${entry.label}: HTTP ${answer.status}`);
				// The first three warm n8n up (module loading, the first file written).
				if (i >= 3) times.push(ms);
			}
			times.sort((a, b) => a - b);
			rows.push({ ...entry, median: percentile(times, 50), p90: percentile(times, 90) });
		}
		// Every download succeeded: a failed one would be logged (and measured as a refusal).
		if (/the media was not downloaded/.test(n8n.printedText())) {
			throw new Error('a download failed: the figures would not be those of a download');
		}
		const base = rows[0].median;
		console.log(
			`\nn8n ${version}, binary data mode filesystem, ${calls} calls per row, storage host on 127.0.0.1:\n`,
		);
		console.log(
			table(rows, [
				{ title: 'Call', value: (r) => r.label },
				{ title: 'Answer, median', value: (r) => `${r.median.toFixed(1)} ms` },
				{ title: '90th percentile', value: (r) => `${r.p90.toFixed(1)} ms` },
				{
					title: 'Added (median)',
					value: (r) => (r === rows[0] ? '-' : `${(r.median - base).toFixed(1)} ms`),
				},
			]),
		);
	} finally {
		await server?.stop();
		await double.close();
	}
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
