/** What models are told about each operation: [resource, operation, action, tool description]. */
// Written out, not built from the node's constants: a change to what models read fails here.
export const TOOL_TEXTS: Array<[string, string, string, string]> = [
	[
		'group',
		'addParticipants',
		'Add participants to a group',
		'Adds people to a WhatsApp group. Input: the group ID (groupId in the answer of Create or Get Many, e.g. 120363019502650977-group), and their phone numbers with country code and area code, digits only (e.g. 5511999998888), several separated by commas. People who cannot be added directly get a private invitation link instead. Returns added: true.',
	],
	[
		'group',
		'create',
		'Create a group',
		"Creates a new WhatsApp group, with this account as its admin. Input: the group name, and the participants' phone numbers with country code and area code, digits only (e.g. 5511999998888), several separated by commas. Returns groupId, the new group's ID (e.g. 120363019502650977-group, also in phone): use it to send messages to the group and for every other group operation. Also returns invitationLink and phonesNotAdded (people who got a private invitation instead). Each call creates another group, even with the same name: if a call fails, read the error before you call again.",
	],
	[
		'group',
		'demoteAdmins',
		'Demote admins of a group',
		'Turns admins of a WhatsApp group back into ordinary participants. Input: the group ID (groupId in the answer of Create or Get Many, e.g. 120363019502650977-group), and their phone numbers with country code and area code, digits only (e.g. 5511999998888), several separated by commas. Returns demoted: true.',
	],
	[
		'group',
		'getInvitationLink',
		'Get the invitation link of a group',
		'Gets the invitation link of a WhatsApp group, which anyone can use to join it. Input: the group ID (groupId in the answer of Create or Get Many, e.g. 120363019502650977-group). Returns invitationLink (https://chat.whatsapp.com/…).',
	],
	[
		'group',
		'getMany',
		'Get many groups',
		'Lists the WhatsApp groups this account is in, one entry per group with its name and groupId (e.g. 120363019502650977-group). Use it to find the ID of a group from its name.',
	],
	[
		'group',
		'getMetadata',
		'Get the metadata of a group',
		'Reads the details of a WhatsApp group. Input: the group ID (groupId in the answer of Create or Get Many, e.g. 120363019502650977-group). Returns subject (the group name), description, participants (each with phone, isAdmin and isSuperAdmin), participantCount, adminPhones, its settings and invitationLink.',
	],
	[
		'group',
		'leave',
		'Leave a group',
		'Makes this WhatsApp account leave a group; only an admin of the group can add it back. Input: the group ID (groupId in the answer of Create or Get Many, e.g. 120363019502650977-group). Returns left: true.',
	],
	[
		'group',
		'promoteAdmins',
		'Promote participants to admins of a group',
		'Makes participants of a WhatsApp group its admins. Input: the group ID (groupId in the answer of Create or Get Many, e.g. 120363019502650977-group), and their phone numbers with country code and area code, digits only (e.g. 5511999998888), several separated by commas; they must be in the group already. Returns promoted: true.',
	],
	[
		'group',
		'removeParticipants',
		'Remove participants from a group',
		'Removes people from a WhatsApp group. Input: the group ID (groupId in the answer of Create or Get Many, e.g. 120363019502650977-group), and their phone numbers with country code and area code, digits only (e.g. 5511999998888), several separated by commas. Returns removed: true.',
	],
	[
		'group',
		'resetInvitationLink',
		'Reset the invitation link of a group',
		'Replaces the invitation link of a WhatsApp group with a new one; the old link stops working. Input: the group ID (groupId in the answer of Create or Get Many, e.g. 120363019502650977-group). Returns the new invitationLink.',
	],
	[
		'group',
		'updateDescription',
		'Update the description of a group',
		'Changes the description of a WhatsApp group; this account must be one of its admins. Input: the group ID (groupId in the answer of Create or Get Many, e.g. 120363019502650977-group), and the new description. Returns descriptionUpdated: true.',
	],
	[
		'group',
		'updateName',
		'Update the name of a group',
		'Renames a WhatsApp group. Input: the group ID (groupId in the answer of Create or Get Many, e.g. 120363019502650977-group), and the new name. Returns renamed: true.',
	],
	[
		'group',
		'updatePhoto',
		'Update the photo of a group',
		"Changes the photo of a WhatsApp group. Input: the group ID (groupId in the answer of Create or Get Many, e.g. 120363019502650977-group), and the photo as a public image URL (https://…), or as Base64 if the node's Photo Source is Base64. Returns photoUpdated: true.",
	],
	[
		'group',
		'updateSettings',
		'Update the settings of a group',
		'Sets the four settings of a WhatsApp group at once, each true or false: only admins can send messages, only admins can edit the group info, admins approve new members, only admins can add members. A setting left out is turned off. Input: the group ID (groupId in the answer of Create or Get Many, e.g. 120363019502650977-group), and the settings. Returns settingsUpdated: true.',
	],
	[
		'message',
		'sendText',
		'Send a text message',
		'Sends a WhatsApp text message. Input: the recipient, either a phone number with country code and area code, digits only (e.g. 5511999998888), or a group ID (groupId in the answer of a Group operation, e.g. 120363019502650977-group); and the text, sent exactly as written. Returns messageId. Each call sends the message again: if a call fails, read the error before you call again.',
	],
];
