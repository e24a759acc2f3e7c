/**
 * A number written without its country code is never sent as another number: with the credential's
 * Default Country Code empty, every phone field refuses "(11) 98765-4321" (national by its form) and
 * "11987654321" (no number of any country: +1 numbers never start with 1) before any request, naming
 * the field, the value and the credential field; numbers with their country code pass as before, and
 * with Default Country Code 55 the national forms are read as Brazilian. One table over every field
 * that reads phone numbers, through n8n's engine; the trigger's Chats filter after it.
 */
import type { INodeParameters, NodeOperationError } from 'n8n-workflow';

import type { ZApiDouble } from '../../helpers/scenario';
import { CREATE_GROUP, expectNoSecrets, runZApi, useZApiDouble } from '../../helpers/scenario';
import { DOUBLE_FOR_TRIGGER, TriggerHost } from '../../helpers/triggerHooks';
import { TRIGGER_CREDENTIALS } from '../../helpers/trigger';
import { loadEvent } from '../../helpers/zapiEvents';
import { call } from '../ZApiTrigger/calls';

const double = useZApiDouble(DOUBLE_FOR_TRIGGER);

const NUMBER = '5511987654321';
const NATIONAL = '(11) 98765-4321';
const BARE = '11987654321';
const SET_IT =
	'write it as country code + area code + number, e.g. 5511999998888 (55 is Brazil), or set the Default Country Code in the Z-API credential to read numbers in national form';
const REFUSED: Array<[string, string]> = [
	[
		NATIONAL,
		`"${NATIONAL}" is written without a country code (an area code in parentheses): ${SET_IT}`,
	],
	[
		BARE,
		`"${BARE}" is not a number with its country code (+1: United States and other countries; 1987654321 cannot be a number there): ${SET_IT}`,
	],
];
const WITH_COUNTRY_CODE = [NUMBER, '+55 11 98765-4321', '0055 11 98765-4321'];

interface PhoneField {
	operation: string;
	/** The field as the message names it. */
	field: string;
	parameters: INodeParameters;
	/** The item that puts `value` in the field, after whatever the operation needs in the double. */
	item(double: ZApiDouble, value: string): Record<string, unknown>;
}

const group = (double: ZApiDouble) =>
	double.addGroup({ name: 'Team', participants: [NUMBER, '5521977776666'] });
const groupPhones = { groupId: '={{ $json.groupId }}', phones: '={{ $json.value }}' };
const toGroup = (double: ZApiDouble, value: string) => ({ to: group(double), value });
const toValue = (_double: ZApiDouble, value: string) => ({ to: value });
const sendTo = (operation: string, fields: INodeParameters): PhoneField => ({
	operation: `Message → ${operation}`,
	field: 'Phone or Group ID',
	parameters: { resource: 'message', phone: '={{ $json.to }}', ...fields },
	item: toValue,
});

const FIELDS: PhoneField[] = [
	{
		operation: 'Group → Create',
		field: 'Phones',
		parameters: CREATE_GROUP,
		item: (_double, value) => ({ name: 'Sales', participants: value, invite: true }),
	},
	{
		operation: 'Group → Create',
		field: 'Admins',
		parameters: { ...CREATE_GROUP, additionalFields: { admins: '={{ $json.value }}' } },
		item: (_double, value) => ({ name: 'Sales', participants: NUMBER, invite: true, value }),
	},
	...(
		[
			['Add Participants', 'addParticipants'],
			['Remove Participants', 'removeParticipants'],
			['Promote Admins', 'promoteAdmins'],
			['Demote Admins', 'demoteAdmins'],
			['Approve Membership Requests', 'approveMembershipRequests'],
			['Reject Membership Requests', 'rejectMembershipRequests'],
		] as const
	).map(([name, operation]): PhoneField => ({
		operation: `Group → ${name}`,
		field: 'Phones',
		parameters: { resource: 'group', operation, ...groupPhones },
		item: (double, value) => {
			const groupId = group(double);
			// Asked to join, as the Membership Request event announces it (the double keeps `requests`).
			(double.group(groupId) as { requests?: Set<string> }).requests = new Set([NUMBER]);
			return { groupId, value };
		},
	})),
	{
		operation: 'Contact → Check Numbers',
		field: 'Phones',
		parameters: { resource: 'contact', operation: 'checkNumbers', phones: '={{ $json.value }}' },
		item: (_double, value) => ({ value }),
	},
	sendTo('Send Text', { operation: 'sendText', message: 'Hi' }),
	{
		// The field as the editor saves it now: the picker's Phone mode.
		...sendTo('Send Text', { operation: 'sendText', message: 'Hi' }),
		operation: 'Message → Send Text (Phone mode)',
		parameters: {
			resource: 'message',
			operation: 'sendText',
			message: 'Hi',
			phone: { __rl: true, mode: 'phone', value: '={{ $json.to }}' },
		},
	},
	{
		operation: 'Message → Send Text',
		field: 'Mentions',
		parameters: {
			resource: 'message',
			operation: 'sendText',
			phone: '={{ $json.to }}',
			message: 'Hi',
			additionalFields: { mentioned: '={{ $json.value }}' },
		},
		item: toGroup,
	},
	sendTo('Send Image', {
		operation: 'sendImage',
		mediaSource: 'url',
		image: 'https://example.com/photo.jpg',
	}),
	sendTo('Send Document', {
		operation: 'sendDocument',
		mediaSource: 'url',
		document: 'https://example.com/invoice.pdf',
	}),
	sendTo('Send Audio', {
		operation: 'sendAudio',
		mediaSource: 'url',
		audio: 'https://example.com/message.mp3',
	}),
	sendTo('Send Video', {
		operation: 'sendVideo',
		mediaSource: 'url',
		video: 'https://example.com/clip.mp4',
	}),
	sendTo('Send Link', {
		operation: 'sendLink',
		message: 'Our new catalogue is online:',
		linkUrl: 'https://example.com/catalogue',
		title: 'Spring Catalogue',
		linkDescription: 'Every product of the season',
		image: 'https://example.com/catalogue.png',
	}),
	sendTo('Send Location', {
		operation: 'sendLocation',
		title: 'Z-API Office',
		address: 'Av. Paulista, 1000, São Paulo, SP',
		latitude: '-23.5613',
		longitude: '-46.6565',
	}),
	sendTo('Send Contact', {
		operation: 'sendContact',
		contactName: 'Maria Souza',
		contactPhone: '5521988887777',
	}),
	sendTo('Send Reaction', {
		operation: 'sendReaction',
		messageId: '3EB0C767D26A1D8A5A4F',
		reaction: '👍',
	}),
	sendTo('Send Sticker', {
		operation: 'sendSticker',
		mediaSource: 'url',
		sticker: 'https://example.com/sticker.webp',
	}),
	sendTo('Send Video Note', {
		operation: 'sendVideoNote',
		mediaSource: 'url',
		ptv: 'https://example.com/note.mp4',
	}),
	sendTo('Mark as Read', { operation: 'markAsRead', messageId: '3EB0C767D26A1D8A5A4F' }),
	sendTo('Delete Message', {
		operation: 'deleteMessage',
		messageId: '3EB0C767D26A1D8A5A4F',
		owner: true,
	}),
	sendTo('Send Poll', {
		operation: 'sendPoll',
		message: 'Which day?',
		pollOptions: { option: [{ name: 'Monday' }, { name: 'Tuesday' }] },
	}),
	sendTo('Send Poll Vote', {
		operation: 'sendPollVote',
		pollMessageId: '3EB0C767D26A1D8A5A4F',
		pollVote: { option: [{ name: 'Monday' }] },
	}),
	sendTo('Send Option List', {
		operation: 'sendOptionList',
		message: 'Choose:',
		listTitle: 'Options',
		buttonLabel: 'Open',
		listOptions: { option: [{ title: 'Z-API', description: 'The API' }] },
	}),
	sendTo('Send Button List', {
		operation: 'sendButtonList',
		message: 'Good?',
		buttons: { button: [{ label: 'Yes' }] },
	}),
	sendTo('Send Button Actions', {
		operation: 'sendButtonActions',
		message: 'Our site',
		buttons: { button: [{ type: 'URL', label: 'Visit', url: 'https://z-api.io' }] },
	}),
	{
		operation: 'Message → Send Button Actions',
		field: 'Button 1 → Phone Number',
		parameters: {
			resource: 'message',
			operation: 'sendButtonActions',
			phone: '={{ $json.to }}',
			message: 'Call us',
			buttons: { button: [{ type: 'CALL', label: 'Call', phone: '={{ $json.value }}' }] },
		},
		item: toGroup,
	},
	{
		operation: 'Message → Send Contact',
		field: 'Contact Phone',
		parameters: {
			resource: 'message',
			operation: 'sendContact',
			phone: '={{ $json.to }}',
			contactName: 'Maria Souza',
			contactPhone: '={{ $json.value }}',
		},
		item: toGroup,
	},
];

const cases = (values: string[]) =>
	FIELDS.flatMap((field) =>
		values.map((value) => [field.operation, field.field, value, field] as const),
	);

describe('Default Country Code empty', () => {
	test.each(
		FIELDS.flatMap((field) =>
			REFUSED.map(
				([value, message]) => [field.operation, field.field, value, message, field] as const,
			),
		),
	)(
		'%s → %s: %j fails before any request, naming the field, the value and Default Country Code',
		async (_operation, name, value, message, field) => {
			const item = field.item(double, value);
			const result = await runZApi(double, {
				parameters: field.parameters,
				items: [item],
				credentials: { defaultCountryCode: '' },
			});
			expect(result.error?.name).toBe('NodeOperationError');
			expect(result.error?.message).toBe(`${name}: ${message}`);
			expect((result.error as NodeOperationError).context.itemIndex).toBe(0);
			expect(double.requests).toHaveLength(0);
			expectNoSecrets(result.text, double);
		},
	);

	test.each(cases(WITH_COUNTRY_CODE))(
		'%s → %s: %j is sent as 5511987654321',
		async (_operation, _name, value, field) => {
			const result = await runZApi(double, {
				parameters: field.parameters,
				items: [field.item(double, value)],
			});
			expect(result.error).toBeUndefined();
			expect(JSON.stringify(double.requests)).toContain(NUMBER);
		},
	);
});

describe('Default Country Code 55', () => {
	test.each(cases([NATIONAL, BARE]))(
		'%s → %s: %j is read as Brazilian, 5511987654321',
		async (_operation, _name, value, field) => {
			const result = await runZApi(double, {
				parameters: field.parameters,
				items: [field.item(double, value)],
				credentials: { defaultCountryCode: '55' },
			});
			expect(result.error).toBeUndefined();
			const sent = JSON.stringify(double.requests);
			expect(sent).toContain(NUMBER);
			expect(sent).not.toMatch(/(?<!55)11987654321/);
		},
	);
});

describe('the trigger’s Filters → Chats', () => {
	const parameters = (chats: string) => ({ events: ['participantAdded'], filters: { chats } });

	test.each(REFUSED)(
		'%j: activation fails naming the field, the value and Default Country Code, with no request',
		async (value, message) => {
			const run = await new TriggerHost({
				double,
				parameters: parameters(value),
				credentials: { defaultCountryCode: '' },
			}).activate();
			expect(run.error?.message).toBe(`Filters → Chats: ${message}`);
			expect(run.error?.level).toBe('warning');
			expect(double.requests).toHaveLength(0);
		},
	);

	test.each(REFUSED)(
		'%j: a call does not throw, answers 500 and starts nothing, and the log says why',
		async (value, message) => {
			const result = await call(parameters(value), loadEvent('participant-added'));
			expect(result).toMatchObject({ status: 500, started: false });
			expect(result.logs).toContain(`Filters → Chats: ${message}`);
		},
	);

	test.each([...WITH_COUNTRY_CODE, '120363423529374305-group'])(
		'%j: activation works',
		async (value) => {
			const run = await new TriggerHost({ double, parameters: parameters(value) }).activate();
			expect(run.error).toBeUndefined();
		},
	);

	test.each([NATIONAL, BARE])(
		'%j with Default Country Code 55: read as 5511987654321',
		async (value) => {
			const credentials = { zApiApi: { ...TRIGGER_CREDENTIALS.zApiApi, defaultCountryCode: '55' } };
			const text = { ...loadEvent('text-private'), phone: NUMBER };
			const listed = await call({ ...parameters(value), events: ['messageReceived'] }, text, {
				credentials,
			});
			expect(listed).toMatchObject({ started: true });
			const other = await call(
				{ ...parameters(value), events: ['messageReceived'] },
				{ ...text, phone: '5521977776666' },
				{ credentials },
			);
			expect(other).toMatchObject({ started: false });
		},
	);
});
