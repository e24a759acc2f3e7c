import { batches, listed, readCheckAnswer } from '../../../../nodes/ZApi/shared/whatsAppNumbers';

describe('batches', () => {
	test('cuts a list into requests of at most the size, in order', () => {
		expect(batches(['1', '2', '3', '4', '5'], 2)).toEqual([['1', '2'], ['3', '4'], ['5']]);
		expect(batches(['1', '2'], 2)).toEqual([['1', '2']]);
		expect(batches(['1'], 50_000)).toEqual([['1']]);
		expect(batches([], 2)).toEqual([]);
	});
});

describe('listed', () => {
	test('names up to ten numbers, then counts the rest', () => {
		expect(listed(['1', '2'])).toBe('1, 2');
		const twelve = Array.from({ length: 12 }, (_, index) => String(index + 1));
		expect(listed(twelve)).toBe('1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more');
	});
});

describe('readCheckAnswer: Z-API’s answer to POST /phone-exists-batch', () => {
	const sent = ['5511988887777', '554488887777'];

	test('the documented answer, one check per number in the order sent', () => {
		expect(
			readCheckAnswer(sent, [
				{ exists: false, inputPhone: '554488887777', outputPhone: '5544988887777', lid: null },
				{ exists: true, inputPhone: '5511988887777', outputPhone: '5511988887777', lid: '1@lid' },
			]),
		).toEqual([
			{ phone: '5511988887777', exists: true, outputPhone: '5511988887777', lid: '1@lid' },
			{ phone: '554488887777', exists: false, outputPhone: '5544988887777', lid: null },
		]);
	});

	test('tolerated: inputPhone as a formatted number, "exists" as text, no outputPhone, an empty lid', () => {
		expect(
			readCheckAnswer(sent, [
				{ exists: 'true', inputPhone: 5511988887777, lid: ' ' },
				{ exists: 'false', inputPhone: '+55 44 8888-7777', outputPhone: '' },
			]),
		).toEqual([
			{ phone: '5511988887777', exists: true, outputPhone: '5511988887777', lid: null },
			{ phone: '554488887777', exists: false, outputPhone: '554488887777', lid: null },
		]);
	});

	test('by position only when no entry carries an inputPhone and the counts match', () => {
		expect(readCheckAnswer(sent, [{ exists: true }, { exists: false }])).toEqual([
			expect.objectContaining({ phone: '5511988887777', exists: true }),
			expect.objectContaining({ phone: '554488887777', exists: false }),
		]);
		expect(readCheckAnswer(sent, [{ exists: true }])).toBe('no answer for 5511988887777');
		expect(
			readCheckAnswer(sent, [{ exists: true, inputPhone: '5511988887777' }, { exists: false }]),
		).toBe('no answer for 554488887777');
	});

	test.each([
		[{ value: true }, 'the answer is not a list'],
		['[]', 'the answer is not a list'],
		[[null, 'x'], 'no answer for 5511988887777'],
		[
			[
				{ exists: 1, inputPhone: '5511988887777' },
				{ exists: true, inputPhone: '554488887777' },
			],
			'no "exists" for 5511988887777',
		],
	])('%j → %s', (answer, problem) => {
		expect(readCheckAnswer(sent, answer)).toBe(problem);
	});
});
