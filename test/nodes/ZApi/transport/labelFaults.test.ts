/**
 * The Label operations against every kind of failure the Z-API double can fake
 * (test/helpers/faultTable.ts; faultRunner.ts: what each cell checks). Each input item of the runner
 * stands for a group of the double: here, a label made for it (and a chat that has it).
 */
import type { OperationRow } from '../../../helpers/faultRunner';
import { MEMBER, describeOperationFaults, useFaultDouble } from '../../../helpers/faultRunner';

const double = useFaultDouble();

/** The label of a group of the runner: its id is the group id's last digits. */
const labelOf = (groupId: string) => groupId.replace(/\D/g, '').slice(-6);
const addLabel = (groupId: string) => {
	const id = labelOf(groupId);
	double.labels.set(id, { id, name: `Label ${id}`, color: 1 });
	double.chatLabels.set(MEMBER, new Set([...(double.chatLabels.get(MEMBER) ?? []), id]));
};
const withLabel = (groupId: string) => ({ labelId: labelOf(groupId), phone: MEMBER });
const mapped = {
	resource: 'label',
	labelId: '={{ $json.labelId }}',
	phone: '={{ $json.phone }}',
	name: '={{ $json.name }}',
};
const CHAT_UNCERTAIN =
	"The change may have been made anyway: check the chat's labels in WhatsApp Business before you run this again.";

const operations: OperationRow[] = [
	{
		// One label per item (Limit 1): the first one the double lists.
		name: 'Label → Get Many',
		parameters: { ...mapped, operation: 'getMany', limit: 1 },
		route: '/tags',
		prepare: addLabel,
		action: () => 'list the labels',
		done: () => ({ labelId: expect.any(String) }),
		reads: true,
	},
	{
		name: 'Label → Create',
		parameters: { ...mapped, operation: 'create' },
		route: '/business/create-tag',
		item: (groupId) => ({ name: `Lead ${labelOf(groupId)}` }),
		action: (groupId) => `create the label "Lead ${labelOf(groupId)}"`,
		done: (groupId) => ({ name: `Lead ${labelOf(groupId)}`, labelId: expect.any(String) }),
		ifUncertain:
			'The label may have been created anyway: look for it with Label → Get Many before you run this again.',
	},
	{
		name: 'Label → Update',
		parameters: { ...mapped, operation: 'update' },
		route: '/business/edit-tag/:tagId',
		prepare: addLabel,
		item: (groupId) => ({ labelId: labelOf(groupId), name: 'Renamed' }),
		action: (groupId) => `update the label ${labelOf(groupId)}`,
		done: (groupId) => ({ labelId: labelOf(groupId), updated: true }),
		ifUncertain:
			'The label may have been changed anyway: check it with Label → Get Many before you run this again.',
	},
	{
		name: 'Label → Delete',
		parameters: { ...mapped, operation: 'delete' },
		route: '/business/tag/:tagId',
		prepare: addLabel,
		item: withLabel,
		action: (groupId) => `delete the label ${labelOf(groupId)}`,
		done: (groupId) => ({ labelId: labelOf(groupId), deleted: true }),
		ifUncertain:
			'The label may have been deleted anyway: check it with Label → Get Many before you run this again.',
	},
	{
		name: 'Label → Add to Chat',
		parameters: { ...mapped, operation: 'addToChat' },
		route: '/chats/:phone/tags/:tag/add',
		prepare: addLabel,
		item: withLabel,
		action: (groupId) => `add the label ${labelOf(groupId)} to the chat ${MEMBER}`,
		done: (groupId) => ({ labelId: labelOf(groupId), phone: MEMBER, added: true }),
		ifUncertain: CHAT_UNCERTAIN,
	},
	{
		name: 'Label → Remove from Chat',
		parameters: { ...mapped, operation: 'removeFromChat' },
		route: '/chats/:phone/tags/:tag/remove',
		prepare: addLabel,
		item: withLabel,
		action: (groupId) => `remove the label ${labelOf(groupId)} from the chat ${MEMBER}`,
		done: (groupId) => ({ labelId: labelOf(groupId), phone: MEMBER, removed: true }),
		ifUncertain: CHAT_UNCERTAIN,
	},
];

describeOperationFaults(double, operations);
