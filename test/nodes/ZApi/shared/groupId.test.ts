import { parseGroupId } from '../../../../nodes/ZApi/shared/groupId';

describe('parseGroupId', () => {
	it.each([
		['120363019502650977-group', '120363019502650977-group'],
		['  120363019502650977-group \n', '120363019502650977-group'],
		['5511999999999-1623281429', '5511999999999-1623281429'],
	])('takes %j as %j', (input, expected) => {
		expect(parseGroupId(input)).toBe(expected);
	});

	it.each([
		['', /^no group ID given \(got ""\)/],
		[undefined, /^no group ID given \(got nothing\)/],
		[null, /^no group ID given \(got null\)/],
		['5511999998888', /^"5511999998888" is not a group ID \(this looks like a phone number/],
		[5511999998888, /^"5511999998888" is not a group ID \(this looks like a phone number/],
		['Sales Team', /^"Sales Team" is not a group ID: use the ID Z-API gave the group/],
		['120363019502650977@g.us', /^"120363019502650977@g.us" is not a group ID/],
		['abc-group', /^"abc-group" is not a group ID/],
	])('refuses %j, naming the value', (input, message) => {
		expect(() => parseGroupId(input)).toThrow(message);
	});
});
