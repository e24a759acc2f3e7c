'use strict';
/**
 * The double's contact side (docs: contacts/*.md): does a number have WhatsApp, the contact list
 * (`config.contacts`, replaced, never changed in place, so that reset() brings the test's list back),
 * a contact's metadata, blocking (`config.blocked`), and the phone's contacts (add, remove).
 * GET /profile-picture is in instance.js, which has the PUT of the same path.
 */

const ENDPOINTS = {
	'/phone-exists-batch': { method: 'POST', body: { phones: 'array' } },
	'/phone-exists/:phone': { method: 'GET' },
	'/contacts': { method: 'GET' },
	'/contacts/:phone': { method: 'GET' },
	'/contacts/modify-blocked': { method: 'POST', body: { phone: 'string', action: 'string' } },
	'/contacts/add': {
		method: 'POST',
		list: { firstName: 'string', lastName: 'string?', phone: 'string' },
	},
	'/contacts/remove': { method: 'DELETE', list: 'string' },
};

/** The fields get-contacts.md lists for each contact. */
const LISTED = ['name', 'short', 'notify', 'vname', 'phone'];
const DIGITS = /^\d{8,15}$/;
const BAD_PHONE = [400, { error: 'phone must be digits only' }];

/** Z-API documents at most 50,000 numbers per batch request. */
const BATCH_LIMIT = 50_000;

function createHandlers({ config }) {
	// Numbers without WhatsApp: config.notOnWhatsApp (digits). Everything else has it.
	const exists = (phone) => !(config.notOnWhatsApp ?? []).includes(phone);
	// WhatsApp's form of a Brazilian mobile without its 9th digit: 55 DD 8 digits -> 55 DD 9 8 digits.
	const asWhatsApp = (phone) =>
		/^55\d{2}[6-9]\d{7}$/.test(phone) ? `${phone.slice(0, 4)}9${phone.slice(4)}` : phone;
	const lidOf = (phone) => `${phone.slice(-10)}${phone.length}@lid`;
	const contacts = () => config.contacts ?? [];
	const positive = (text) => /^[1-9]\d*$/.test(text ?? '');
	return {
		'/contacts': ({ query }) => {
			// Both are required (get-contacts.md); Z-API does not document its answer without them.
			if (!positive(query.page) || !positive(query.pageSize))
				return [400, { error: 'page and pageSize are required' }];
			if (Object.keys(query).some((key) => !['page', 'pageSize'].includes(key)))
				return [400, { error: 'only page and pageSize are documented' }];
			const page = Number(query.page);
			const size = Number(query.pageSize);
			const listed = contacts().map((contact) =>
				Object.fromEntries(LISTED.map((field) => [field, contact[field] ?? ''])),
			);
			return [200, listed.slice((page - 1) * size, page * size)];
		},
		'/contacts/:phone': ({ params }) => {
			if (!DIGITS.test(params.phone)) return BAD_PHONE;
			// Z-API does not document the answer for a number without WhatsApp: the double's choice.
			if (!exists(params.phone)) return [404, { error: 'Contact not found' }];
			const known = contacts().find((contact) => contact.phone === params.phone) ?? {};
			return [
				200,
				{
					name: known.name ?? '',
					phone: params.phone,
					notify: known.notify ?? '',
					short: known.short ?? '',
					imgUrl: known.imgUrl ?? null,
					about: known.about ?? '',
				},
			];
		},
		'/contacts/modify-blocked': ({ body }) => {
			if (!DIGITS.test(body.phone)) return BAD_PHONE;
			if (!['block', 'unblock'].includes(body.action))
				return [400, { error: 'action must be block or unblock' }];
			const others = (config.blocked ?? []).filter((phone) => phone !== body.phone);
			config.blocked = body.action === 'block' ? [...others, body.phone] : others;
			return [200, { value: true }];
		},
		'/contacts/add': ({ body }) => {
			if (body.some((contact) => !DIGITS.test(contact.phone))) return BAD_PHONE;
			const added = body.map(({ firstName, lastName, phone }) => ({
				phone,
				name: [firstName, lastName].filter(Boolean).join(' '),
				short: firstName,
			}));
			const phones = added.map((contact) => contact.phone);
			config.contacts = [
				...contacts().filter((contact) => !phones.includes(contact.phone)),
				...added,
			];
			return [200, { success: true, errors: [] }];
		},
		'/contacts/remove': ({ body }) => {
			if (body.some((phone) => !DIGITS.test(phone))) return BAD_PHONE;
			config.contacts = contacts().filter((contact) => !body.includes(contact.phone));
			return [200, { success: true, errors: [] }];
		},
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
