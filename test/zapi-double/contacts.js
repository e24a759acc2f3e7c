'use strict';
/** The double's contact side: does a number have WhatsApp (docs: contacts/phone-exists*.md). */

const ENDPOINTS = {
	'/phone-exists-batch': { method: 'POST', body: { phones: 'array' } },
	'/phone-exists/:phone': { method: 'GET' },
};

/** Z-API documents at most 50,000 numbers per batch request. */
const BATCH_LIMIT = 50_000;

function createHandlers({ config }) {
	// Numbers without WhatsApp: config.notOnWhatsApp (digits). Everything else has it.
	const exists = (phone) => !(config.notOnWhatsApp ?? []).includes(phone);
	// WhatsApp's form of a Brazilian mobile without its 9th digit: 55 DD 8 digits -> 55 DD 9 8 digits.
	const asWhatsApp = (phone) =>
		/^55\d{2}[6-9]\d{7}$/.test(phone) ? `${phone.slice(0, 4)}9${phone.slice(4)}` : phone;
	const lidOf = (phone) => `${phone.slice(-10)}${phone.length}@lid`;
	return {
		'/phone-exists-batch': ({ body }) => {
			// Z-API does not document an empty list; the double refuses it, as it does for groups.
			if (body.phones.length === 0) return [400, { error: 'phones must not be empty' }];
			if (body.phones.length > BATCH_LIMIT)
				return [400, { error: `at most ${BATCH_LIMIT} phones per request` }];
			if (body.phones.some((phone) => typeof phone !== 'string' || !/^\d+$/.test(phone)))
				return [400, { error: 'phones must be strings of digits' }];
			return [
				200,
				body.phones.map((phone) => {
					const has = exists(asWhatsApp(phone)) && exists(phone);
					return {
						exists: has,
						inputPhone: phone,
						outputPhone: asWhatsApp(phone),
						lid: has ? lidOf(asWhatsApp(phone)) : null,
					};
				}),
			];
		},
		'/phone-exists/:phone': ({ params }) => {
			const phone = params.phone;
			const has = exists(asWhatsApp(phone)) && exists(phone);
			return [
				200,
				[{ exists: has, phone: asWhatsApp(phone), lid: has ? lidOf(asWhatsApp(phone)) : null }],
			];
		},
	};
}

module.exports = { ENDPOINTS, createHandlers, BATCH_LIMIT };
