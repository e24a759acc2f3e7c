/** A community as Z-API answers it (Create, Get Metadata), with the names the other operations use. */
import type { IDataObject } from 'n8n-workflow';

function subGroupsOf(answer: IDataObject): IDataObject[] {
	const list = Array.isArray(answer.subGroups) ? answer.subGroups : [];
	return list.filter((entry): entry is IDataObject => !!entry && typeof entry === 'object');
}

/**
 * `communityId`, `communityName`, `announcementGroupId` (the group Message operations send to, to
 * reach the whole community) and `groups` (the linked groups, each with groupId and groupName) first;
 * Z-API's own fields (id, name, subGroups…) after them.
 */
export function namedCommunity(answer: IDataObject, name?: string): IDataObject {
	const subGroups = subGroupsOf(answer);
	const announcement = subGroups.find((group) => group.isGroupAnnouncement === true);
	const groups = subGroups
		.filter((group) => group.isGroupAnnouncement !== true)
		.map((group) => ({ groupId: group.phone ?? null, groupName: group.name ?? null, ...group }));
	return {
		communityId: answer.id ?? null,
		communityName: answer.name ?? name ?? null,
		announcementGroupId: announcement?.phone ?? null,
		announcementGroupName: announcement?.name ?? null,
		groups,
		groupIds: groups.map((group) => group.groupId),
		...answer,
	};
}
