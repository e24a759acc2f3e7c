/**
 * The Label operations refuse bad input before any request, with a message naming the field and the
 * value. Values are mapped from the item: an empty field typed into the form stops n8n itself.
 */
import type { InputErrorRow } from '../../../../helpers/inputErrors';
import { refusedBeforeAnyRequest } from '../../../../helpers/inputErrors';
import { useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

const LABEL_ID_HINT = 'give the labelId from Label → Get Many, e.g. 10';
const labelIdRows: InputErrorRow[] = [
	[
		{},
		{ labelId: '' },
		`Label ID is empty (got ""): pick the label from the list, or ${LABEL_ID_HINT}`,
	],
	[
		{},
		{ labelId: null },
		`Label ID is empty (got null): pick the label from the list, or ${LABEL_ID_HINT}`,
	],
	[
		{},
		{ labelId: '1/../../x' },
		`Label ID must be letters, digits, - or _ only (got "1/../../x"): ${LABEL_ID_HINT}`,
	],
	[
		{},
		{ labelId: '1?x=2' },
		`Label ID must be letters, digits, - or _ only (got "1?x=2"): ${LABEL_ID_HINT}`,
	],
];

const COLOR_HINT = "give the index of one of Z-API's label colors, e.g. 1";
const nameAndColorRows: InputErrorRow[] = [
	[{}, { name: '' }, 'Name is empty (got ""): give the label a name, e.g. "New customer"'],
	[{}, { name: '   ' }, 'Name is empty (got "   "): give the label a name, e.g. "New customer"'],
	[
		{},
		{ name: { text: 'x' } },
		'Name must be text (got {"text":"x"}): give the label a name, e.g. "New customer"',
	],
	[{}, { color: -1 }, `Color must be a whole number from 0 (got -1): ${COLOR_HINT}`],
	[{}, { color: 1.5 }, `Color must be a whole number from 0 (got 1.5): ${COLOR_HINT}`],
	[{}, { color: 'red' }, `Color must be a whole number from 0 (got "red"): ${COLOR_HINT}`],
];

const phoneRows: InputErrorRow[] = [
	[
		{},
		{ phone: '' },
		'Phone is empty (got ""): give the chat\'s phone number with country code, e.g. 5511999998888',
	],
	[
		{},
		{ phone: '120363019502650977-group' },
		'Phone: "120363019502650977-group" is a group ID: Z-API documents labels for chats with a phone number, e.g. 5511999998888',
	],
	[
		{},
		{ phone: 'abc' },
		'Phone: "abc" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
	],
];

const mapped = {
	labelId: '={{ $json.labelId }}',
	name: '={{ $json.name }}',
	phone: '={{ $json.phone }}',
	additionalFields: { color: '={{ $json.color }}' },
};
const good = { labelId: '1', name: 'Lead', phone: '5511999998888', color: 1 };

describe.each([
	['create', nameAndColorRows],
	['update', [...labelIdRows, ...nameAndColorRows]],
	['delete', labelIdRows],
	['addToChat', [...labelIdRows, ...phoneRows]],
	['removeFromChat', [...labelIdRows, ...phoneRows]],
])('Label → %s', (operation, rows) => {
	test.each(rows)(
		'%j %j → %s',
		refusedBeforeAnyRequest(double, { resource: 'label', operation, ...mapped }, good),
	);
});

test('Label → Get Many: a Limit below 1 is refused before any request', async () => {
	await refusedBeforeAnyRequest(
		double,
		{ resource: 'label', operation: 'getMany', limit: '={{ $json.limit }}' },
		{},
	)({}, { limit: 0 }, 'Limit must be a whole number of at least 1 (got 0)');
});
