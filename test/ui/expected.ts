/**
 * What the editor must show, written out rather than read from the package's descriptions (compared
 * with the descriptions they come from, a wrong text would pass).
 */

export const NODE = {
	name: 'Z-API',
	/** What the node creator says of "Z-API" for a first step: the trigger's description. */
	firstStepDescription:
		'Send WhatsApp messages, manage groups and start workflows on WhatsApp events through Z-API',
	createAction: 'Create a group',
};

/** Operations whose action once said something else, by name: the Z-API entry of the node creator lists each. */
export const ACTIONS_BY_NAME = {
	'Accept Invitation': 'Accept a group invitation',
	'Approve Membership Requests': 'Approve membership requests of a group',
	'Get Invitation Metadata': 'Get the invitation metadata of a group',
	'Reject Membership Requests': 'Reject membership requests of a group',
	'Send Reaction': 'Send a reaction to a message',
	'Check Numbers': 'Check phone numbers',
	'Delete One Queued Message': 'Delete one queued message',
	'Set Disappearing Messages': 'Set disappearing messages of a chat',
};

/** The sections of the node creator's Z-API entry, in order, with how many actions each lists. */
export const CREATOR_SECTIONS = {
	'Channel Actions': 13,
	'Chat Actions': 13,
	'Community Actions': 14,
	'Contact Actions': 8,
	'Group Actions': 18,
	'Instance Actions': 12,
	'Label Actions': 6,
	'Message Actions': 22,
	'Status Actions': 3,
};

/** What the canvas shows under a Z-API node: the operation's and resource's names (forms.ui.test.ts). */
export const CANVAS = {
	resource: 'Group',
	operation: 'Update Settings',
	subtitle: 'Update Settings: Group',
	/** The node's name: n8n renames a node after the action of the operation picked. */
	title: 'Update the settings of a group',
};

export const GROUP_FIELDS = {
	groupName: {
		placeholder: 'e.g. Sales Team São Paulo',
		description: 'The name of the new WhatsApp group. Participants see it at the top of the chat.',
	},
	phones: {
		placeholder: 'e.g. 5511999998888, +55 (21) 98888-7777',
		hint: 'Country code + area code + number: +55 (11) 99999-8888 is sent as 5511999998888. A number without its country code, e.g. (11) 99999-8888, needs the Default Country Code of the Z-API credential. The number connected to your Z-API instance is always left out: you are in the group as its creator.',
		description:
			'The participants: phone numbers with country code and area code. Separate them with commas, semicolons or new lines, or map an array from an earlier node. Formatting (+, spaces, brackets, dashes) is removed and duplicates are dropped; WhatsApp private IDs (…@lid) are passed on as they are.',
	},
	autoInvite: {
		description:
			'Whether to send a private invitation link to participants that cannot be added directly (for example because they have not saved your number). Such participants are listed in the output field phonesNotAdded until they accept.',
	},
};

/** Create's Additional Fields as a new node (version 2) offers them: the photo is one Photo. */
export const CREATE_ADDITIONAL_FIELDS = [
	'Admins',
	'Group Description',
	'Ignore Follow-Up Errors',
	'Only Numbers on WhatsApp',
	'Photo',
	'Welcome Message',
];
/** Create's Photo as it is added: its source, URL, and the URL's field. */
export const CREATE_PHOTO = ['Photo Source', 'Photo URL'];
/** The photo field each Photo Source shows, in Create's Photo and in Update Photo. */
export const PHOTO_FIELD_FOR_SOURCE = {
	URL: 'Photo URL',
	Base64: 'Photo Base64',
	'Binary File': 'Input Binary Field',
};
export const OPTIONS = [
	'Timeout (Milliseconds)',
	'Item Interval (Milliseconds)',
	'Items per Batch',
	'Batch Interval (Milliseconds)',
];

export const UPDATE_SETTINGS = {
	notice:
		'All four settings are set at once: each one left off here is turned off in the group, whatever it was before.',
	labels: [
		'Group ID',
		'Only Admins Can Send Messages',
		'Only Admins Can Edit Group Info',
		'Admins Approve New Members',
		'Only Admins Can Add Members',
	],
};

export const SEND_TEXT = {
	labels: ['Phone or Group ID', 'Message', 'Additional Fields'],
	phonePlaceholder: 'e.g. 5511999998888',
	phoneHint:
		'A phone number with country code, or a channel ID (…@newsletter). For a group, choose From List or By ID.',
	additionalFields: [
		'Z-API Send Delay (Seconds)',
		'Delay Typing (Seconds)',
		'Reply To Message ID',
		'Mentions',
		'Mention Everyone',
	],
};

export const CREDENTIAL = {
	labels: ['Instance ID', 'Instance Token', 'Client Token', 'Default Country Code', 'Base URL'],
	hints: {
		instanceId: 'Z-API panel → Instances → your instance: its ID.',
		instanceToken: 'Z-API panel → Instances → your instance: the token next to its ID.',
		clientToken: 'Z-API panel → Security → Account Security Token, if you switched it on.',
	},
	defaultBaseUrl: 'https://api.z-api.io',
	disconnected:
		'Z-API accepted these credentials, but WhatsApp is not connected to this instance, so the node cannot send anything yet: that is why n8n says it could not connect. Scan the QR code in the Z-API panel with the phone, then click Retry.',
	wrongClientToken:
		'Z-API says "Client-Token not allowed": the Client Token is wrong. Copy the account security token again from the Z-API panel (Security); it is not the Instance Token.',
};

/** The Z-API Trigger's form (test/ui/trigger.ui.test.ts). */
export const TRIGGER = {
	name: 'Z-API Trigger',
	/** In the node creator n8n drops " Trigger" from the name: the description tells them apart. */
	creatorName: 'Z-API',
	/** n8n lists one trigger per Events option in the node creator. */
	action: 'On participant added',
	description:
		'Send WhatsApp messages, manage groups and start workflows on WhatsApp events through Z-API',
	labels: [
		'Registration',
		'Events',
		'Replace Existing Webhook',
		'Ignore Own Messages',
		'Filters',
		'Options',
	],
	httpsNotice:
		'Z-API only sends events to https:// addresses. If the Webhook URLs above start with http://, Z-API cannot reach this n8n: put a public https address in front of it (a tunnel such as cloudflared or ngrok, or a reverse proxy) and set WEBHOOK_URL to it.',
	/** The Events list, sorted by name as n8n's lint wants. */
	events: [
		'Any Other Notification',
		'Button Reply',
		'Chat Presence',
		'Connected',
		'Delivery',
		'Disconnected',
		'Group Created',
		'Invite Link Setting Changed',
		'List Reply',
		'Membership Request',
		'Message Received',
		'Message Sent by Me',
		'Message Status',
		'Participant Added',
		'Participant Left',
		'Participant Removed',
		'Poll Vote',
	],
	filters: ['Chat Type', 'Chats', 'Ignore API Messages'],
	/** The Options collection: Download Media and its limits. */
	options: ['Download Media', 'Download Timeout (Seconds)', 'Media Size Limit (MB)'],
	chatsPlaceholder: 'e.g. 5511999998888, 120363019502650977-group',
	sentByMeNotice:
		'Message Sent by Me never starts the workflow while Ignore Own Messages is on: turn it off below.',
	manual: {
		option: 'Register the Webhook Myself',
		labels: ['Registration', 'Secret', 'Events', 'Ignore Own Messages', 'Filters', 'Options'],
		notice:
			"Copy this node's Test URL while you test it with Execute step, and its Production URL once the workflow is published (Webhook URLs, above); add ?secret= and your Secret at its end. Then, in the Z-API panel (Instances → your instance → Webhooks):",
		/** One notice per Z-API panel field the chosen events need. */
		panelNotices: {
			received:
				'Paste it into the "Upon receiving" field, for messages, replies, poll votes and group events.',
			sentByMe: 'Also tick "notify sent by me" in the Z-API panel, for Message Sent by Me.',
			delivery: 'Paste it into the "When sending" field, for Delivery.',
		},
		noSecretNotice:
			'Without a Secret, this workflow accepts calls from anyone who knows its URL, not only from Z-API.',
	},
};

/** The group picker: every Group ID field (test/ui/picker.ui.test.ts). */
export const PICKER = {
	/** The node creator's action the test adds the node with. */
	action: 'Get the metadata of a group',
	label: 'Group ID',
	/** n8n's own words for the list and ID modes (its editor translates the names list, id and url). */
	modes: ['From list', 'By ID', 'By Link'],
	listPlaceholder: 'Select a group...',
	idPlaceholder: 'e.g. 120363019502650977-group',
	linkPlaceholder: 'https://chat.whatsapp.com/…',
	linkHint:
		"The group's invitation link, e.g. https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT. The node asks Z-API which group it opens; this joins nothing.",
	idIssue: 'Group ID: not a group ID; use one like 120363019502650977-group',
};

/** Every send's Phone or Group ID: a phone number by default, or the group picker's list and ID. */
export const RECIPIENT = {
	label: 'Phone or Group ID',
	modes: ['Phone', 'From list', 'By ID'],
	phonePlaceholder: 'e.g. 5511999998888',
	listPlaceholder: 'Select a group...',
	idIssue: 'Phone or Group ID: not a group ID; use one like 120363019502650977-group',
};
