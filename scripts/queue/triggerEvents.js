'use strict';
/**
 * What the trigger part of the queue test sends: distinct Z-API events (each its own messageId; each
 * "participant added" its own participant), one in ten a text in the same group that the example's
 * filter (Participant Added only) must drop; and a call with a wrong secret, made from the URL Z-API
 * was given, whatever form the secret takes in it (query or path).
 */
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('../n8n/install');

const IGNORED_EVERY = 10;

function fixture(name) {
	const file = path.join(ROOT, 'test', 'fixtures', 'zapi-events', `${name}.json`);
	return JSON.parse(fs.readFileSync(file, 'utf8')).payload;
}

/**
 * `count` events: [{ index, messageId, passes, phone?, payload }]; `phone` is the participant added
 * (13 digits, the same width for all: no phone is part of another).
 */
function triggerEvents(count) {
	const added = fixture('participant-added');
	const text = fixture('text-group');
	return Array.from({ length: count }, (_, i) => {
		const index = i + 1;
		if (index % IGNORED_EVERY === 0) {
			const messageId = `QUEUETEXT${index}`;
			const payload = { ...text, phone: added.phone, chatName: added.chatName, messageId };
			return { index, messageId, passes: false, payload };
		}
		const phone = `5544977${String(index).padStart(6, '0')}`;
		const messageId = `QUEUE${index}`;
		const payload = { ...added, messageId, notificationParameters: [phone] };
		return { index, messageId, passes: true, phone, payload };
	});
}

/** Every string under a key named like "secret" in a JSON value. */
function secretsIn(value, key = '') {
	if (typeof value === 'string') return /secret/i.test(key) ? [value] : [];
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([k, v]) => secretsIn(v, Array.isArray(value) ? key : k));
}

/**
 * The trigger's secret: the one in the workflow's static data (Postgres) that the registered URL
 * carries, else the URL's `secret` query parameter; undefined when neither.
 */
function registeredSecret(postgres, workflowId, registered) {
	const raw = postgres
		.psql(`SELECT "staticData" FROM workflow_entity WHERE id = '${workflowId}';`)
		.trim();
	const stored = secretsIn(raw ? JSON.parse(raw) : null).filter(
		(secret) => secret.length >= 16 && registered.includes(secret),
	);
	return stored[0] ?? (new URL(registered).searchParams.get('secret') || undefined);
}

/** The registered URL with the secret swapped for a wrong one of the same length, on `origin`. */
function forgedUrl(registered, secret, origin) {
	const wrong = secret.replace(/./g, (c) => (c === 'f' ? '0' : 'f'));
	const url = new URL(registered.split(secret).join(wrong));
	return `${origin.replace(/\/+$/, '')}${url.pathname}${url.search}`;
}

module.exports = { triggerEvents, registeredSecret, forgedUrl, IGNORED_EVERY };
