/**
 * One name for one thing in every Group output: the group's ID is `groupId` and its name `groupName`,
 * whatever Z-API calls them in its answer (`phone`, `subject`, `name`, kept as well, with the same
 * values), so a field mapped from one operation's output reads the same from another's.
 */
import type { IDataObject } from 'n8n-workflow';

import { CREATE_GROUP, runZApi, useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();
const NAME = 'Sales Team';
const LINK = 'https://chat.whatsapp.com/C1aBcDeFgHiJkLmNoPqRsT';

interface Row {
	operation: string;
	parameters: IDataObject;
	/** Whether the output can name the group (Z-API's answer or the request has its name). */
	named: boolean;
}

const byId = { groupId: '={{ $json.groupId }}' };
const rows: Row[] = [
	{ operation: 'create', parameters: CREATE_GROUP, named: true },
	{ operation: 'getMetadata', parameters: byId, named: true },
	{ operation: 'getMany', parameters: { returnAll: true }, named: true },
	{ operation: 'getInvitationMetadata', parameters: { invitationLink: LINK }, named: true },
	{ operation: 'getInvitationLink', parameters: byId, named: false },
	{ operation: 'resetInvitationLink', parameters: byId, named: false },
	{ operation: 'updateName', parameters: { ...byId, groupName: NAME }, named: true },
];

test.each(rows)('Group → $operation', async ({ operation, parameters, named }) => {
	const groupId = double.addGroup({ name: NAME, invitationLink: LINK });
	const result = await runZApi(double, {
		parameters: { ...parameters, resource: 'group', operation },
		items: [{ groupId, name: NAME, participants: '5511988887777', invite: true }],
	});
	expect(result.error).toBeUndefined();
	const [{ json }, ...more] = result.output();
	expect(more).toHaveLength(0);
	// Create makes a new group; every other operation reads or changes the one added above.
	const id = operation === 'create' ? json.groupId : groupId;
	expect(json.groupId).toEqual(expect.any(String));
	expect(json.groupId).toBe(id);
	if ('phone' in json) expect(json.phone).toBe(json.groupId);
	if (named) expect(json.groupName).toBe(NAME);
	if ('subject' in json) expect(json.subject).toBe(json.groupName);
	if ('name' in json) expect(json.name).toBe(json.groupName);
});
