import type { IDataObject } from 'n8n-workflow';

import { chatKey, isListedChat, parseChatList } from '../../../nodes/ZApiTrigger/chats';
import { classify } from '../../../nodes/ZApiTrigger/events';
import { dropReason, readChats } from '../../../nodes/ZApiTrigger/filters';
import { eventFields } from '../../../nodes/ZApiTrigger/normalise';
import type { SettingsContext, TriggerSettings } from '../../../nodes/ZApiTrigger/settings';
import { loadEvent } from '../../helpers/zapiEvents';

describe('parseChatList', () => {
	it.each([
		['5544999999999', '', ['554499999999']],
		['+55 (44) 99999-9999', '', ['554499999999']],
		['5544999999999, 120363019502650977-group', '', ['554499999999', '120363019502650977-group']],
		[
			'5511988887777;\n 120363019502650977-GROUP \r\n',
			'',
			['551188887777', '120363019502650977-group'],
		],
		[['5544999999999', ['5544999999999', 5511988887777]], '', ['554499999999', '551188887777']],
		['(44) 99999-9999', '55', ['554499999999']],
		['44 3222-1111', '55', ['554432221111']],
		['0044 20 7946 0958', '55', ['442079460958']],
		['020 7946 0958', '44', ['442079460958']],
		['5511999999999-1623281429', '', ['5511999999999-1623281429']],
		['81896604192873@lid', '', ['81896604192873@lid']],
		['', '', []],
		[' , ;\n', '', []],
		[null, '', []],
		[[], '', []],
	])('reads %j (Default Country Code %j) as %j', (input, countryCode, expected) => {
		expect(parseChatList(input, countryCode)).toEqual(expected);
	});

	it.each([
		['Sales Team', /^"Sales Team" is not a phone number/],
		['abc-group', /^"abc-group" is not a group ID/],
		['9999-99', /^"9999-99" has 6 digits/],
		[{ phone: '5544999999999' }, /is not a phone number/],
	])('refuses %j, naming it', (input, message) => {
		expect(() => parseChatList(input, '')).toThrow(message);
	});
});

describe('chatKey', () => {
	it.each([
		['5544999999999', '554499999999'],
		['554499999999', '554499999999'],
		['5511988887777', '551188887777'],
		// Not a Brazilian mobile number: kept as it is.
		['5544932221111', '5544932221111'],
		['14155550100', '14155550100'],
		['120363019502650977-Group', '120363019502650977-group'],
	])('%s → %s', (chatId, key) => {
		expect(chatKey(chatId)).toBe(key);
	});

	it('matches a Brazilian mobile number with or without the 9th digit', () => {
		const keys = parseChatList('+55 44 99999-9999', '');
		expect(isListedChat('5544999999999', keys)).toBe(true);
		expect(isListedChat('554499999999', keys)).toBe(true);
		expect(isListedChat('5544999999998', keys)).toBe(false);
		expect(isListedChat('5544999999998', [])).toBe(true);
	});
});

function settings(overrides: Partial<TriggerSettings> = {}): TriggerSettings {
	return {
		registration: 'automatic',
		events: ['messageReceived'],
		replaceExisting: false,
		ignoreOwnMessages: true,
		chatType: 'all',
		chats: '',
		ignoreApiMessages: false,
		manualSecret: '',
		...overrides,
	};
}

function reason(body: IDataObject, overrides: Partial<TriggerSettings>, chats: string[] = []) {
	return dropReason(body, eventFields(body, classify(body)!), settings(overrides), chats);
}

describe('dropReason', () => {
	const privateText = loadEvent('text-private');
	const groupText = loadEvent('text-group');

	it('keeps what no filter drops', () => {
		expect(reason(privateText, {})).toBeUndefined();
		expect(reason(groupText, {})).toBeUndefined();
		expect(reason(loadEvent('participant-added'), {})).toBeUndefined();
	});

	it('drops anything from the connected number while Ignore Own Messages is on', () => {
		const own = 'sent by the connected number (Ignore Own Messages)';
		expect(reason(loadEvent('sent-by-me-broadcast'), {})).toBe(own);
		expect(reason({ ...loadEvent('participant-added'), fromMe: true }, {})).toBe(own);
		expect(reason(loadEvent('sent-by-me-broadcast'), { ignoreOwnMessages: false })).toBeUndefined();
	});

	it('drops fromApi === true only, while Ignore API Messages is on', () => {
		const api = { ...privateText, fromApi: true };
		expect(reason(api, {})).toBeUndefined();
		expect(reason(api, { ignoreApiMessages: true })).toBe(
			'sent through the API (Ignore API Messages)',
		);
		expect(
			reason({ ...privateText, fromApi: 'true' }, { ignoreApiMessages: true }),
		).toBeUndefined();
		expect(reason(privateText, { ignoreApiMessages: true })).toBeUndefined();
		const broadcast = loadEvent('sent-by-me-broadcast');
		expect(
			reason(broadcast, { ignoreOwnMessages: false, ignoreApiMessages: true }),
		).toBeUndefined();
	});

	it('keeps groups or private chats by Chat Type', () => {
		expect(reason(privateText, { chatType: 'groups' })).toBe('not a group (Chat Type)');
		expect(reason(groupText, { chatType: 'groups' })).toBeUndefined();
		expect(reason(groupText, { chatType: 'private' })).toBe('not a private chat (Chat Type)');
		expect(reason(privateText, { chatType: 'private' })).toBeUndefined();
		expect(reason(loadEvent('message-status'), { chatType: 'groups' })).toBe(
			'not a group (Chat Type)',
		);
	});

	it('keeps only the listed chats', () => {
		const chats = parseChatList('120363019502650977-group', '');
		expect(reason(groupText, {}, chats)).toBeUndefined();
		expect(reason(privateText, {}, chats)).toBe('not one of the chosen chats (Chats)');
		expect(reason(loadEvent('participant-added'), {}, chats)).toBe(
			'not one of the chosen chats (Chats)',
		);
	});

	it('does not filter events without a chat by chat', () => {
		const chats = parseChatList('120363019502650977-group', '');
		for (const name of ['connected', 'disconnected']) {
			expect(reason(loadEvent(name), { chatType: 'groups' }, chats)).toBeUndefined();
			expect(reason(loadEvent(name), { chatType: 'private' }, chats)).toBeUndefined();
		}
	});
});

describe('readChats', () => {
	function context(defaultCountryCode: unknown) {
		const reads: string[] = [];
		const fake = {
			getNode: () => ({ name: 'Z-API Trigger' }),
			getNodeParameter: () => undefined,
			getCredentials: async (type: string) => {
				reads.push(type);
				return { defaultCountryCode };
			},
		} as unknown as SettingsContext;
		return { fake, reads };
	}

	it('reads no credential when there is no list', async () => {
		const { fake, reads } = context('55');
		expect(await readChats(fake, '')).toEqual([]);
		expect(await readChats(fake, undefined)).toEqual([]);
		expect(await readChats(fake, [])).toEqual([]);
		expect(reads).toEqual([]);
	});

	it("reads national numbers with the credential's Default Country Code", async () => {
		const { fake, reads } = context(' +55 ');
		expect(await readChats(fake, '(44) 99999-9999, 120363019502650977-group')).toEqual([
			'554499999999',
			'120363019502650977-group',
		]);
		expect(reads).toEqual(['zApiApi']);
	});

	it('names the field for a bad entry, and the credential field for a bad country code', async () => {
		await expect(readChats(context('').fake, 'Sales Team')).rejects.toThrow(
			'Filters → Chats: "Sales Team" is not a phone number',
		);
		await expect(readChats(context('Brazil').fake, '5544999999999')).rejects.toThrow(
			/^Default Country Code \(in the Z-API credential\) must be a country calling code/,
		);
	});
});
