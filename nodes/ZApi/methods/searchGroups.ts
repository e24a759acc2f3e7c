/** The group picker's From List mode (`methods.listSearch`): the instance's groups, each with its ID. */
import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { isGroupId } from '../shared/groupId';
import { PAGE_SIZE, groupListPages } from '../shared/groupList';
import {
	editorTimeout,
	idEnd,
	listedName,
	pageOf,
	pickerList,
	searchPages,
	textIdOf,
} from './search';

/** Digits of a group id shown in the list: enough to tell an account's groups apart. */
const ID_TAIL = 8;

/**
 * The instance's groups, for From List: one Z-API page of PAGE_SIZE per call, the next one on scroll.
 * With a search text, only the groups whose name or ID contains it. Z-API's group list gives no member
 * count.
 */
export async function searchGroups(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const list = pickerList(filter, {
		idField: 'phone',
		readId: textIdOf(isGroupId),
		show: (name, id) => listedName(name, id, idEnd(id, ID_TAIL, /-group$/i)),
	});
	const pages = groupListPages.call(this, {
		pageSize: PAGE_SIZE,
		firstPage: pageOf(paginationToken),
		itemIndex: 0,
		timeout: editorTimeout(this),
		endlessAdvice: 'pick the group By ID instead',
	});
	return await searchPages(list, pages, (page) => page.groups);
}
