/**
 * Contact → Check Numbers, the group operations on invitations and membership requests, and the
 * instance operations against every kind of failure the Z-API double can fake
 * (test/helpers/faultTable.ts; faultRunner.ts: what each cell checks).
 */
import type { OperationRow } from '../../../helpers/faultRunner';
import {
	GROUP_ID,
	MEMBER,
	describeOperationFaults,
	useFaultDouble,
} from '../../../helpers/faultRunner';
import type { ZApiDouble } from '../../../helpers/scenario';

const double = useFaultDouble();

type DoubleGroup = NonNullable<ReturnType<ZApiDouble['group']>> & { requests?: Set<string> };

const linkOf = (groupId: string) => double.group(groupId)!.invitationLink;
/** The item of the invitation operations: the group's link, as Group → Get Invitation Link gives it. */
const withLink = (groupId: string) => ({ groupId, link: linkOf(groupId) });
/** MEMBER asks to join the group, as the Z-API Trigger's Membership Request event announces. */
const queueRequest = (groupId: string) => {
	(double.group(groupId) as DoubleGroup).requests = new Set([MEMBER]);
};

/** A send held in the double's queue, as Instance → Get Queue lists it and its deletes remove it. */
const QUEUED = 'ZAAP3EB0QUEUED0000000001';
/** Each group's own held send, for the deletes of one message (one per input item). */
const queuedFor = (groupId: string) => `ZAAP${groupId.replace(/\D/g, '')}`;
const hold = (zaapId: string) => {
	if (double.queue.some((entry) => entry.zaapId === zaapId)) return;
	double.queue.push({
		zaapId,
		messageId: zaapId.slice(4),
		id: zaapId.slice(4),
		phone: MEMBER,
		message: 'Bulk',
		created: 1,
	});
};
const holdOne = () => hold(QUEUED);

const operations: OperationRow[] = [
	{
		// A POST that only reads: every item checks MEMBER, one output item per number.
		name: 'Contact → Check Numbers',
		parameters: { resource: 'contact', operation: 'checkNumbers', phones: MEMBER },
		route: '/phone-exists-batch',
		action: () => `check whether ${MEMBER} has WhatsApp`,
		done: () => ({ phone: MEMBER, exists: true }),
		reads: true,
	},
	{
		name: 'Group → Get Invitation Metadata',
		parameters: { operation: 'getInvitationMetadata', invitationLink: '={{ $json.link }}' },
		route: '/group-invitation-metadata',
		item: withLink,
		action: () => 'read the group of the invitation link',
		done: (groupId) => ({ groupId, subject: 'Team', invitationLink: linkOf(groupId) }),
		reads: true,
	},
	{
		// A GET that joins the group.
		name: 'Group → Accept Invitation',
		parameters: { operation: 'acceptInvitation', invitationLink: '={{ $json.link }}' },
		route: '/accept-invite-group',
		item: withLink,
		action: (groupId) => `join the group of the invitation link ${linkOf(groupId)}`,
		done: (groupId) => ({ invitationLink: linkOf(groupId), accepted: true }),
		ifUncertain:
			'The connected number may have joined the group anyway: look for it with Group → Get Many before you run this again.',
	},
	{
		name: 'Group → Approve Membership Requests',
		parameters: { operation: 'approveMembershipRequests', ...GROUP_ID, phones: MEMBER },
		route: '/approve-participant',
		prepare: queueRequest,
		action: (groupId) => `approve requests to join the group ${groupId}`,
		done: (groupId) => ({ groupId, phones: [MEMBER], approved: true }),
	},
	{
		name: 'Group → Reject Membership Requests',
		parameters: { operation: 'rejectMembershipRequests', ...GROUP_ID, phones: MEMBER },
		route: '/reject-participant',
		prepare: queueRequest,
		action: (groupId) => `reject requests to join the group ${groupId}`,
		done: (groupId) => ({ groupId, phones: [MEMBER], rejected: true }),
	},
	{
		// Its `error` field is data only beside a boolean `connected`: the faults' bodies have none, so
		// every row fails as it does elsewhere (getStatus.operation.test.ts has the statuses with words).
		name: 'Instance → Get Status',
		parameters: { resource: 'instance', operation: 'getStatus' },
		route: '/status',
		action: () => 'read the status of the instance',
		done: () => ({ connected: true, smartphoneConnected: true }),
		reads: true,
	},
	{
		// Plain text is read only when it is a PNG in Base64 or says "already connected": the
		// faults' "OK" is neither (getQrCode.operation.test.ts has the forms it takes).
		name: 'Instance → Get QR Code',
		parameters: { resource: 'instance', operation: 'getQrCode', binaryPropertyName: 'data' },
		route: '/qr-code/image',
		action: () => 'get the QR code of the instance',
		// The double's instance is connected: no code, no file.
		done: () => ({ connected: true }),
		reads: true,
	},
	{
		// A GET that restarts the instance.
		name: 'Instance → Restart',
		parameters: { resource: 'instance', operation: 'restart' },
		route: '/restart',
		action: () => 'restart the instance',
		done: () => ({ restarted: true }),
		ifUncertain:
			'The instance may have restarted anyway: check it with Instance → Get Status before you run this again.',
	},
	{
		// A GET that disconnects. An empty answer is a success, but the faults' "OK" is not empty.
		name: 'Instance → Disconnect',
		parameters: { resource: 'instance', operation: 'disconnect' },
		route: '/disconnect',
		action: () => 'disconnect the instance',
		done: () => ({ disconnected: true }),
		ifUncertain:
			'The number may have been disconnected anyway: check it with Instance → Get Status before you run this again.',
	},
	{
		// A POST that only reads, paged by its cursor.
		name: 'Instance → Get Queue',
		parameters: { resource: 'instance', operation: 'getQueue' },
		route: '/queue',
		prepare: holdOne,
		action: () => 'list the send queue (page 1)',
		done: () => ({ zaapId: QUEUED, phone: MEMBER }),
		reads: true,
	},
	{
		name: 'Instance → Delete Queue',
		parameters: { resource: 'instance', operation: 'deleteQueue' },
		route: '/queue',
		prepare: holdOne,
		action: () => 'delete the send queue',
		done: () => ({ queueDeleted: true }),
		ifUncertain:
			'The queue may have been deleted anyway: check it with Instance → Get Queue before you run this again.',
	},
	{
		name: 'Instance → Delete One Queued Message',
		parameters: {
			resource: 'instance',
			operation: 'deleteQueuedMessage',
			zaapId: '={{ $json.zaapId }}',
		},
		route: '/queue/:zaapId',
		item: (groupId) => ({ zaapId: queuedFor(groupId) }),
		prepare: (groupId) => hold(queuedFor(groupId)),
		action: (groupId) => `delete the message ${queuedFor(groupId)} from the send queue`,
		done: (groupId) => ({ zaapId: queuedFor(groupId), deleted: true }),
		ifUncertain:
			'The message may have been deleted from the queue anyway: check it with Instance → Get Queue before you run this again.',
	},
];

describeOperationFaults(double, operations);
