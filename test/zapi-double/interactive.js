'use strict';
/**
 * The double's interactive sends (issue 22 §2; docs: message/send-poll, send-poll-vote, send-option-list,
 * send-button-list(-image, -video), send-button-actions, English and Portuguese): the top-level body as
 * validateBody checks it, and here the nested objects, with exactly the fields both pages document.
 * Any other field, at any depth, is refused as unknown.
 */
const messages = require('./messages');

const SHARED = { delayMessage: 'number?' };

const ENDPOINTS = {
	'/send-poll': {
		method: 'POST',
		body: {
			phone: 'string',
			message: 'string',
			poll: 'array',
			pollMaxOptions: 'number?',
			...SHARED,
		},
	},
	// No delayMessage on this page, in either language.
	'/send-poll-vote': {
		method: 'POST',
		body: { phone: 'string', pollMessageId: 'string', pollVote: 'array' },
	},
	'/send-option-list': {
		method: 'POST',
		body: { phone: 'string', message: 'string', optionList: 'object', ...SHARED },
	},
	'/send-button-list': {
		method: 'POST',
		body: { phone: 'string', message: 'string', buttonList: 'object', ...SHARED },
	},
	'/send-button-list-image': {
		method: 'POST',
		body: { phone: 'string', message: 'string', buttonList: 'object', ...SHARED },
	},
	'/send-button-list-video': {
		method: 'POST',
		body: { phone: 'string', message: 'string', buttonList: 'object', ...SHARED },
	},
	'/send-button-actions': {
		method: 'POST',
		body: {
			phone: 'string',
			message: 'string',
			buttonActions: 'array',
			title: 'string?',
			footer: 'string?',
			...SHARED,
		},
	},
};

/** The nested shapes: field → 'type' or 'type?'. */
const POLL_ITEM = { name: 'string' };
const OPTION_LIST = { title: 'string', buttonLabel: 'string', options: 'array' };
const OPTION = { id: 'string?', title: 'string', description: 'string' };
const BUTTON = { id: 'string?', label: 'string' };
const BUTTON_ACTION = {
	id: 'string?',
	type: 'string',
	label: 'string',
	url: 'string?',
	phone: 'string?',
};

/** What is wrong with `value` against `spec`, named by `path`; undefined when it fits. */
function shapeProblem(spec, value, path) {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return `${path} must be object`;
	for (const [field, declared] of Object.entries(spec)) {
		const optional = declared.endsWith('?');
		const type = declared.replace('?', '');
		const entry = value[field];
		if (entry === undefined || entry === null) {
			if (!optional) return `${path}.${field} is required`;
			continue;
		}
		if (type === 'array' ? !Array.isArray(entry) : typeof entry !== type)
			return `${path}.${field} must be ${type}`;
		if (type === 'string' && entry.trim() === '') return `${path}.${field} must not be empty`;
	}
	const extra = Object.keys(value).filter((key) => !(key in spec));
	return extra.length ? `unknown fields in ${path}: ${extra.join(', ')}` : undefined;
}

/** The first problem of a list of `spec` entries (at least one). */
function listProblem(spec, list, path) {
	if (list.length === 0) return `${path} must not be empty`;
	for (const [index, entry] of list.entries()) {
		const problem = shapeProblem(spec, entry, `${path}[${index}]`);
		if (problem) return problem;
	}
	return undefined;
}

const CHECKS = {
	'/send-poll': ({ poll, message }) =>
		(message.trim() === '' && 'message must not be empty') ||
		listProblem(POLL_ITEM, poll, 'poll') ||
		(poll.length < 2 || poll.length > 12 ? 'poll must have 2 to 12 options' : undefined),
	'/send-poll-vote': ({ pollMessageId, pollVote }) =>
		(pollMessageId.trim() === '' && 'pollMessageId must not be empty') ||
		listProblem(POLL_ITEM, pollVote, 'pollVote'),
	'/send-option-list': ({ optionList }) =>
		shapeProblem(OPTION_LIST, optionList, 'optionList') ||
		listProblem(OPTION, optionList.options, 'optionList.options'),
	'/send-button-list': ({ buttonList, message }) =>
		(message.trim() === '' && 'message must not be empty') ||
		shapeProblem({ buttons: 'array' }, buttonList, 'buttonList') ||
		listProblem(BUTTON, buttonList.buttons, 'buttonList.buttons'),
	'/send-button-list-image': ({ buttonList, message }) =>
		(message.trim() === '' && 'message must not be empty') ||
		shapeProblem({ image: 'string', buttons: 'array' }, buttonList, 'buttonList') ||
		listProblem(BUTTON, buttonList.buttons, 'buttonList.buttons'),
	'/send-button-list-video': ({ buttonList, message }) =>
		(message.trim() === '' && 'message must not be empty') ||
		shapeProblem({ video: 'string', buttons: 'array' }, buttonList, 'buttonList') ||
		listProblem(BUTTON, buttonList.buttons, 'buttonList.buttons'),
	'/send-button-actions': ({ buttonActions }) => {
		const problem = listProblem(BUTTON_ACTION, buttonActions, 'buttonActions');
		if (problem) return problem;
		for (const [index, button] of buttonActions.entries()) {
			const at = `buttonActions[${index}]`;
			if (!['URL', 'CALL', 'REPLY'].includes(button.type))
				return `${at}.type must be URL, CALL or REPLY`;
			// Documented: url only on URL buttons, starting with http:// or https://; phone only on CALL.
			if ((button.type === 'URL') !== (button.url !== undefined))
				return `${at}.url goes with type URL`;
			if (button.url !== undefined && !/^https?:\/\//.test(button.url))
				return `${at}.url must start with http:// or https://`;
			if ((button.type === 'CALL') !== (button.phone !== undefined))
				return `${at}.phone goes with type CALL`;
			if (button.phone !== undefined && !/^\d+$/.test(button.phone))
				return `${at}.phone must be digits`;
		}
		return undefined;
	},
};

function createHandlers(shared) {
	// Delays and an unknown group as every other send (messages.js).
	const send = messages.createHandlers(shared)['/send-location'];
	return Object.fromEntries(
		Object.keys(ENDPOINTS).map((route) => [
			route,
			(record) => {
				const problem = CHECKS[route](record.body);
				return problem ? [400, { error: problem }] : send(record);
			},
		]),
	);
}

module.exports = { ENDPOINTS, createHandlers };
