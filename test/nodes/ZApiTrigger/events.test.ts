import { classify, eventOptions, readEvents, webhooksFor } from '../../../nodes/ZApiTrigger/events';
import { EVENT_FIXTURES, loadEvent, loadEventFixture } from '../../helpers/zapiEvents';

/** Each fixture's event: the option value and what the output's `event` says. */
const EXPECTED: Record<string, [string, string]> = {
	'button-reply': ['buttonReply', 'Button Reply'],
	'call-voice': ['otherNotification', 'Any Other Notification'],
	connected: ['connected', 'Connected'],
	delivery: ['delivery', 'Delivery'],
	disconnected: ['disconnected', 'Disconnected'],
	'invite-link-admins': ['inviteLinkSettingChanged', 'Invite Link Setting Changed'],
	'invite-link-all-members': ['inviteLinkSettingChanged', 'Invite Link Setting Changed'],
	'list-reply': ['listReply', 'List Reply'],
	'media-audio': ['messageReceived', 'Message Received'],
	'media-document': ['messageReceived', 'Message Received'],
	'media-gif': ['messageReceived', 'Message Received'],
	'media-image': ['messageReceived', 'Message Received'],
	'media-sticker': ['messageReceived', 'Message Received'],
	'media-video': ['messageReceived', 'Message Received'],
	'media-video-note': ['messageSentByMe', 'Message Sent by Me'],
	'media-voice-note': ['messageReceived', 'Message Received'],
	'membership-request-invite-link': ['membershipRequest', 'Membership Request'],
	'membership-request-non-admin-add': ['membershipRequest', 'Membership Request'],
	'membership-request-revoked': ['membershipRequest', 'Membership Request Revoked'],
	'message-status': ['messageStatus', 'Message Status'],
	'message-status-sent': ['messageStatus', 'Message Status'],
	'participant-added': ['participantAdded', 'Participant Added'],
	'poll-vote': ['pollVote', 'Poll Vote'],
	'presence-composing': ['chatPresence', 'Chat Presence'],
	'sent-by-me-broadcast': ['messageSentByMe', 'Message Sent by Me'],
	'text-group': ['messageReceived', 'Message Received'],
	'text-private': ['messageReceived', 'Message Received'],
};

describe('the event fixtures', () => {
	it('are the ones this test knows, each labelled with where it comes from', () => {
		expect(EVENT_FIXTURES).toEqual(Object.keys(EXPECTED).sort());
		const provenance = Object.fromEntries(
			EVENT_FIXTURES.map((name) => [name, loadEventFixture(name).provenance]),
		);
		expect(provenance).toEqual({
			'button-reply': 'verbatim',
			'call-voice': 'verbatim',
			connected: 'repaired',
			delivery: 'verbatim',
			disconnected: 'verbatim',
			'invite-link-admins': 'verbatim',
			'invite-link-all-members': 'verbatim',
			'list-reply': 'verbatim',
			'media-audio': 'assembled',
			'media-document': 'repaired',
			'media-gif': 'verbatim',
			'media-image': 'repaired',
			'media-sticker': 'repaired',
			'media-video': 'repaired',
			'media-video-note': 'verbatim',
			'media-voice-note': 'repaired',
			'membership-request-invite-link': 'verbatim',
			'membership-request-non-admin-add': 'verbatim',
			'membership-request-revoked': 'verbatim',
			'message-status': 'verbatim',
			'message-status-sent': 'verbatim',
			'participant-added': 'assembled',
			'poll-vote': 'verbatim',
			'presence-composing': 'verbatim',
			'sent-by-me-broadcast': 'verbatim',
			'text-group': 'assembled',
			'text-private': 'verbatim',
		});
		for (const name of EVENT_FIXTURES) {
			const fixture = loadEventFixture(name);
			expect(fixture.source).toMatch(/^Z-API\/z-api-docs@7021b82 /);
			if (fixture.provenance !== 'verbatim') expect(fixture.note).toEqual(expect.any(String));
		}
	});
});

describe('classify', () => {
	it.each(Object.entries(EXPECTED))('%s is %j', (name, [event, eventName]) => {
		expect(classify(loadEvent(name))).toEqual({ event, name: eventName });
	});

	it.each([
		['GROUP_PARTICIPANT_ADD', 'participantAdded', 'Participant Added'],
		['GROUP_PARTICIPANT_REMOVE', 'participantRemoved', 'Participant Removed'],
		['GROUP_PARTICIPANT_LEAVE', 'participantLeft', 'Participant Left'],
		['GROUP_CREATE', 'groupCreated', 'Group Created'],
		['MEMBERSHIP_APPROVAL_REQUEST', 'membershipRequest', 'Membership Request'],
		['REVOKED_MEMBERSHIP_REQUESTS', 'membershipRequest', 'Membership Request Revoked'],
		[
			'GROUP_MEMBER_LINK_PROPERTY_UPDATE',
			'inviteLinkSettingChanged',
			'Invite Link Setting Changed',
		],
		['CALL_VOICE', 'otherNotification', 'Any Other Notification'],
		['CALL_MISSED_VOICE', 'otherNotification', 'Any Other Notification'],
		['REVOKE', 'otherNotification', 'Any Other Notification'],
		['PROFILE_NAME_UPDATED', 'otherNotification', 'Any Other Notification'],
		['E2E_ENCRYPTED', 'otherNotification', 'Any Other Notification'],
		['A_NOTIFICATION_NOBODY_LISTED', 'otherNotification', 'Any Other Notification'],
		['group_participant_add', 'participantAdded', 'Participant Added'],
		[' GROUP_PARTICIPANT_LEAVE ', 'participantLeft', 'Participant Left'],
	])('notification %j is %s (%s)', (notification, event, name) => {
		expect(classify({ ...loadEvent('participant-added'), notification })).toEqual({ event, name });
	});

	it('never takes a notification for a message, even one with text, fromMe or both', () => {
		const text = loadEvent('text-private');
		expect(classify({ ...text, notification: 'REVOKE' })).toEqual({
			event: 'otherNotification',
			name: 'Any Other Notification',
		});
		expect(classify({ ...text, fromMe: true, notification: 'GROUP_PARTICIPANT_ADD' })).toEqual({
			event: 'participantAdded',
			name: 'Participant Added',
		});
	});

	it.each([null, '', '   ', 0, false, []])('takes notification %j as no notification', (value) => {
		expect(classify({ ...loadEvent('text-private'), notification: value })).toEqual({
			event: 'messageReceived',
			name: 'Message Received',
		});
	});

	it('tells Message Sent by Me by fromMe === true only', () => {
		const text = loadEvent('text-private');
		expect(classify({ ...text, fromMe: true })?.event).toBe('messageSentByMe');
		expect(classify({ ...text, fromMe: 'true' })?.event).toBe('messageReceived');
		expect(classify({ ...text, fromMe: undefined })?.event).toBe('messageReceived');
	});

	it.each(['ReceivedCallBack', 'RECEIVEDCALLBACK', ' receivedcallback '])(
		'reads type %j as ReceivedCallback',
		(type) => {
			expect(classify({ ...loadEvent('text-private'), type })?.event).toBe('messageReceived');
		},
	);

	it.each(['messageStatusCallback', 'DELIVERYCALLBACK', 'PresenceChatCallBack'])(
		'reads type %j in any letter case',
		(type) => {
			expect(classify({ type })).toBeDefined();
		},
	);

	it.each([
		[{ type: 'SomethingNewCallback', phone: '5544999999999' }],
		[{ type: '' }],
		[{ type: 42 }],
		// Names every object inherits: once taken for events, they answered 500.
		[{ type: 'constructor' }],
		[{ type: ' __proto__ ' }],
		[{ phone: '5544999999999' }],
		[{}],
	])('gives no event for %j', (body) => {
		expect(classify(body as never)).toBeUndefined();
	});
});

describe('the Events options', () => {
	it('list the 17 events, sorted by name', () => {
		expect(eventOptions.map(({ name, value }) => [name, value])).toEqual([
			['Any Other Notification', 'otherNotification'],
			['Button Reply', 'buttonReply'],
			['Chat Presence', 'chatPresence'],
			['Connected', 'connected'],
			['Delivery', 'delivery'],
			['Disconnected', 'disconnected'],
			['Group Created', 'groupCreated'],
			['Invite Link Setting Changed', 'inviteLinkSettingChanged'],
			['List Reply', 'listReply'],
			['Membership Request', 'membershipRequest'],
			['Message Received', 'messageReceived'],
			['Message Sent by Me', 'messageSentByMe'],
			['Message Status', 'messageStatus'],
			['Participant Added', 'participantAdded'],
			['Participant Left', 'participantLeft'],
			['Participant Removed', 'participantRemoved'],
			['Poll Vote', 'pollVote'],
		]);
		for (const option of eventOptions) expect(option.description).toMatch(/^[A-Z].*[^.]$/);
	});
});

describe('readEvents', () => {
	it.each([
		[
			['participantAdded', 'messageStatus'],
			['participantAdded', 'messageStatus'],
		],
		[['participantAdded', 'participantAdded', 'nope', 3, null], ['participantAdded']],
		['connected, disconnected', ['connected', 'disconnected']],
		['', []],
		[undefined, []],
		[{ connected: true }, []],
		[['toString', '__proto__'], []],
	])('reads %j as %j', (value, expected) => {
		expect(readEvents(value)).toEqual(expected);
	});
});

describe('webhooksFor', () => {
	it('names each webhook once, and the sent-by-me flag only for Message Sent by Me', () => {
		expect(webhooksFor(['participantAdded', 'messageReceived', 'groupCreated'])).toEqual({
			kinds: ['received'],
			sentByMe: false,
		});
		expect(webhooksFor(['messageSentByMe'])).toEqual({ kinds: ['received'], sentByMe: true });
		expect(webhooksFor(['pollVote', 'buttonReply', 'listReply'])).toEqual({
			kinds: ['received'],
			sentByMe: false,
		});
		expect(
			webhooksFor([
				'messageStatus',
				'delivery',
				'connected',
				'disconnected',
				'chatPresence',
				'otherNotification',
			]),
		).toEqual({
			kinds: ['messageStatus', 'delivery', 'connected', 'disconnected', 'chatPresence', 'received'],
			sentByMe: false,
		});
		expect(webhooksFor([])).toEqual({ kinds: [], sentByMe: false });
	});
});
