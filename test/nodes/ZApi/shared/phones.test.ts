import fc from 'fast-check';
import { plannedNumber } from '../../../helpers/plannedNumbers';
import {
	normalizePhone,
	parsePhoneList,
	PHONE_EXAMPLE,
	PhoneListError,
	phoneDigits,
} from '../../../../nodes/ZApi/shared/phones';

const LID_ID = '2111897971174599@lid';

/** Runs fn and returns the PhoneListError it throws; fails the test when it throws nothing or something else. */
function phoneListError(fn: () => unknown): PhoneListError {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(PhoneListError);
		return error as PhoneListError;
	}
	throw new Error('expected a PhoneListError, but nothing was thrown');
}

function unique<T>(values: T[]): T[] {
	return [...new Set(values)];
}

describe('parsePhoneList: accepted input shapes', () => {
	test.each<[string, unknown, string[]]>([
		['array of strings', ['5511999998888', '5511988887777'], ['5511999998888', '5511988887777']],
		['array of numbers', [5511999998888, 5511988887777], ['5511999998888', '5511988887777']],
		[
			'mixed strings and numbers',
			['5511999998888', 5511988887777],
			['5511999998888', '5511988887777'],
		],
		[
			'nested arrays are flattened in order',
			[['5511999998888', ['5511988887777']], [[['5521977776666']]]],
			['5511999998888', '5511988887777', '5521977776666'],
		],
		['a single string', '5511999998888', ['5511999998888']],
		['a single number', 5511999998888, ['5511999998888']],
		['comma separated', '5511999998888,5511988887777', ['5511999998888', '5511988887777']],
		['semicolon separated', '5511999998888;5511988887777', ['5511999998888', '5511988887777']],
		['\\n separated', '5511999998888\n5511988887777', ['5511999998888', '5511988887777']],
		['\\r\\n separated', '5511999998888\r\n5511988887777', ['5511999998888', '5511988887777']],
		[
			'mixed separators with spaces around entries',
			' 5511999998888 , 5511988887777 ;\r\n 5521977776666\n',
			['5511999998888', '5511988887777', '5521977776666'],
		],
		[
			'separated text inside an array',
			['5511999998888, 5511988887777', '5521977776666;5531966665555'],
			['5511999998888', '5511988887777', '5521977776666', '5531966665555'],
		],
		[
			'null, undefined and empty entries are skipped',
			[null, '5511999998888', undefined, '', '   ', [null], '5511988887777'],
			['5511999998888', '5511988887777'],
		],
		[
			'empty entries between separators are skipped',
			',,5511999998888;;\n\n;,5511988887777,',
			['5511999998888', '5511988887777'],
		],
	])('%s', (_name, input, expected) => {
		expect(parsePhoneList(input)).toEqual(expected);
	});

	test.each<[string, unknown]>([
		['empty string', ''],
		['empty array', []],
		['whitespace only', '   '],
		['separators only', ',;\n\r\n'],
		['null', null],
		['undefined', undefined],
		['array of empty entries', [null, undefined, '', [' ']]],
	])('%s gives an empty list', (_name, input) => {
		expect(parsePhoneList(input)).toEqual([]);
	});
});

describe('parsePhoneList: formatting is removed', () => {
	test.each<[string, string]>([
		['+55 (11) 99999-8888', '5511999998888'],
		['0055 11 99999 8888', '5511999998888'],
		['00 55 11 99999-8888', '5511999998888'],
		['55.11.99999.8888', '5511999998888'],
		['55-11-99999-8888', '5511999998888'],
		['55 11 99999 8888', '5511999998888'],
		['55\u00a011\u00a099999\u00a08888', '5511999998888'],
		['\u00a0+55 11 99999-8888\u00a0', '5511999998888'],
		['  +1 (212) 555-0100  ', '12125550100'],
		['+44 20 7946 0958', '442079460958'],
		['(+55) 11 9 9999-8888', '5511999998888'],
		['55 (11) 99999-8888', '5511999998888'],
		['1 (212) 555-0100', '12125550100'],
	])('%j -> %j', (input, expected) => {
		expect(parsePhoneList(input)).toEqual([expected]);
		expect(normalizePhone(input)).toBe(expected);
	});

	test.each<[unknown, string]>([
		['000055119999', '"000055119999"'],
		['+0055119999', '"+0055119999"'],
		['011 99999-8888', '"011 99999-8888"'],
		['0', '"0"'],
		[0, '"0"'],
	])(
		'%j starts with 0 after the prefix, so it has no country code, and is refused',
		(value, named) => {
			const error = phoneListError(() => parsePhoneList([value]));
			expect(error.message).toBe(
				`${named} does not start with a country code: write it as country code + area code + number, e.g. 5511999998888 (55 is Brazil), or set the Default Country Code in the Z-API credential to read numbers in national form`,
			);
		},
	);

	test('a "+" is dropped like "00"', () => {
		expect(parsePhoneList('+5511999998888')).toEqual(['5511999998888']);
	});

	test.each<[number, string]>([
		[24722345, '24722345'],
		[5511999998888, '5511999998888'],
		[491511234567890, '491511234567890'],
	])('number %p -> %j', (input, expected) => {
		expect(parsePhoneList([input])).toEqual([expected]);
	});
});

describe('parsePhoneList: duplicates', () => {
	test.each<[string, unknown, string[]]>([
		['exact duplicates', ['5511999998888', '5511999998888'], ['5511999998888']],
		[
			'first order is kept',
			['5511988887777', '5511999998888', '5511988887777', '5521977776666', '5511999998888'],
			['5511988887777', '5511999998888', '5521977776666'],
		],
		[
			'duplicates differing only in formatting',
			[
				'+55 (11) 99999-8888',
				'0055 11 99999 8888',
				'5511999998888',
				5511999998888,
				'55.11.99999.8888',
			],
			['5511999998888'],
		],
		[
			'duplicates across separated text',
			'5511988887777, +55 11 99999-8888; 55 11 98888-7777\n5511999998888',
			['5511988887777', '5511999998888'],
		],
		['duplicate @lid ids', [LID_ID, LID_ID, '5511999998888'], [LID_ID, '5511999998888']],
	])('%s', (_name, input, expected) => {
		expect(parsePhoneList(input)).toEqual(expected);
	});
});

describe('parsePhoneList: @lid ids', () => {
	test.each<[unknown, string[]]>([
		[LID_ID, [LID_ID]],
		[[LID_ID], [LID_ID]],
		[`  ${LID_ID}  `, [LID_ID]],
		['123@LID', ['123@LID']],
		[`5511999998888, ${LID_ID}; +55 11 98888-7777`, ['5511999998888', LID_ID, '5511988887777']],
	])('%j -> %j', (input, expected) => {
		expect(parsePhoneList(input)).toEqual(expected);
	});

	test('normalizePhone returns an @lid id unchanged', () => {
		expect(normalizePhone(LID_ID)).toBe(LID_ID);
	});
});

describe('parsePhoneList: group ids are rejected', () => {
	test.each<string>([
		'120363019502650977-group',
		'120363019502650977-GROUP',
		'5511999999999-1623281429',
		'5511999999-162328142',
	])('%j', (groupId) => {
		const error = phoneListError(() => parsePhoneList(['5511999998888', groupId]));
		expect(error.message).toContain(`"${groupId}"`);
		expect(error.message).toContain('is a group ID');
	});

	test('the group id is named trimmed, from separated text', () => {
		const error = phoneListError(() =>
			parsePhoneList('5511999998888,  120363019502650977-group  '),
		);
		expect(error.message).toBe(
			'"120363019502650977-group" is a group ID, not a participant\'s phone number',
		);
	});
});

describe('parsePhoneList: values that are not phone numbers', () => {
	test.each<[string, unknown, string]>([
		['letters', 'abc', '"abc"'],
		['digits with letters', '5511999998888x', '"5511999998888x"'],
		['a name', 'John Doe', '"John Doe"'],
		['exponent notation text', '1e10', '"1e10"'],
		['"+" in the middle', '55+11999998888', '"55+11999998888"'],
		['double "+"', '++5511999998888', '"++5511999998888"'],
		['a slash', '5511/999998888', '"5511/999998888"'],
		['a phone with @c.us', '5511999998888@c.us', '"5511999998888@c.us"'],
		['an object', { phone: '5511999998888' }, '{"phone":"5511999998888"}'],
		['an empty object', {}, '{}'],
		['true', true, 'true'],
		['false', false, 'false'],
		['a non-integer number', 5511999998888.5, '5511999998888.5'],
		['a small fraction', 1.5, '1.5'],
		['a negative number', -5511999998888, '-5511999998888'],
		['an unsafe integer', 2 ** 53, '9007199254740992'],
	])('%s', (_name, value, named) => {
		const error = phoneListError(() => parsePhoneList(['5511999998888', value]));
		expect(error.message).toContain(named);
		expect(error.message).toContain('is not a phone number');
	});

	test('strings are reported quoted and trimmed', () => {
		const error = phoneListError(() => parsePhoneList('  hello  '));
		expect(error.message).toContain('"hello" is not a phone number');
	});

	test('text entries explain the allowed characters', () => {
		expect(phoneListError(() => parsePhoneList('abc')).message).toBe(
			'"abc" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888',
		);
	});

	test('an object inside the list explains the expected type', () => {
		expect(phoneListError(() => parsePhoneList([{ a: 1 }])).message).toBe(
			'{"a":1} is not a phone number: each phone number must be text or a number, e.g. 5511999998888',
		);
	});

	test('the first bad entry is the one named', () => {
		const error = phoneListError(() => parsePhoneList(['5511999998888', 'first', 'second']));
		expect(error.message).toContain('"first"');
		expect(error.message).not.toContain('second');
	});

	test('PhoneListError is an Error', () => {
		const error = phoneListError(() => parsePhoneList('abc'));
		expect(error).toBeInstanceOf(Error);
	});
});

describe('parsePhoneList: digit count', () => {
	test.each<[unknown, string, number]>([
		['1234567', '"1234567"', 7],
		['123', '"123"', 3],
		['+55 11 999', '"+55 11 999"', 7],
		['001234567', '"001234567"', 7],
		['1234567890123456', '"1234567890123456"', 16],
		['+55 (11) 99999-8888 1234', '"+55 (11) 99999-8888 1234"', 17],
		[1234567, '"1234567"', 7],
		[1234567890123456, '"1234567890123456"', 16],
	])('%j', (value, named, digits) => {
		const error = phoneListError(() => parsePhoneList([value]));
		expect(error.message).toContain(`${named} has ${digits} digits`);
		expect(error.message).toContain('8 to 15 digits');
	});

	test('digits are counted after the "00" prefix is dropped', () => {
		expect(parsePhoneList('0012345678')).toEqual(['12345678']);
	});

	// Ascension Island (+247) has 5-digit numbers, Germany (+49) 13-digit ones.
	test.each<string>(['24722345', '491511234567890'])('boundary %j is accepted', (value) => {
		expect(parsePhoneList(value)).toEqual([value]);
	});
});

describe('without a Default Country Code: a number written the national way is refused', () => {
	const SET_IT =
		'write it as country code + area code + number, e.g. 5511999998888 (55 is Brazil), or set the Default Country Code in the Z-API credential to read numbers in national form';
	test.each<[unknown, string]>([
		[
			'(11) 98765-4321',
			'"(11) 98765-4321" is written without a country code (an area code in parentheses)',
		],
		['(55) 11 9 9999-8888', '"(55) 11 9 9999-8888" is written without a country code'],
		[' ( 21 ) 98765-4321', '"( 21 ) 98765-4321" is written without a country code'],
		[
			'8 (495) 123-45-67',
			'"8 (495) 123-45-67" is written without a country code (8, before the area code in parentheses, is no country code)',
		],
		[
			'11987654321',
			'"11987654321" is not a number with its country code (+1: United States and other countries; 1987654321 cannot be a number there)',
		],
		[11987654321, '"11987654321" is not a number with its country code (+1'],
		['11 98765-4321', '"11 98765-4321" is not a number with its country code (+1'],
		[
			'21987654321',
			'"21987654321" does not start with a country code (no country\'s code is 2, 21 or 219)',
		],
		['3133334444', '"3133334444" is not a number with its country code (+31: Netherlands;'],
	])('%j', (value, problem) => {
		const error = phoneListError(() => parsePhoneList(['5511999998888', value]));
		expect(error.message).toContain(problem);
		expect(error.message).toMatch(new RegExp(`: ${SET_IT.replace(/[()+.]/g, '\\$&')}$`));
	});

	test.each<[unknown, string]>([
		['5511987654321', '5511987654321'],
		['+55 11 98765-4321', '5511987654321'],
		['0055 11 98765-4321', '5511987654321'],
		['(+55) 11 98765-4321', '5511987654321'],
		['55 (11) 98765-4321', '5511987654321'],
		['1 (212) 555-0100', '12125550100'],
		['12125550100', '12125550100'],
		['351912345678', '351912345678'],
		[5511987654321, '5511987654321'],
		// + and 00 say the country code is there: taken as written, as before.
		['+1 198 765 4321', '11987654321'],
		['0021987654321', '21987654321'],
	])('%j is accepted as %j', (value, digits) => {
		expect(normalizePhone(value)).toBe(digits);
	});
});

describe('normalizePhone', () => {
	test.each<[unknown]>([[null], [undefined], [''], ['  \u00a0 ']])(
		'%j gives undefined',
		(value) => {
			expect(normalizePhone(value)).toBeUndefined();
		},
	);

	test('an array entry is rejected, not flattened', () => {
		const error = phoneListError(() => normalizePhone(['5511999998888']));
		expect(error.message).toContain('["5511999998888"]');
	});
});

describe('phoneDigits', () => {
	test.each<[unknown, string]>([
		['+55 (11) 99999-8888', '5511999998888'],
		['5511999998888', '5511999998888'],
		['5511999998888@s.whatsapp.net', '5511999998888'],
		['abc', ''],
		['', ''],
		[5511999998888, '5511999998888'],
		[0, '0'],
		[null, ''],
		[undefined, ''],
		[true, ''],
		[{ phone: '5511999998888' }, ''],
		[['5511999998888'], ''],
	])('%j -> %j', (value, expected) => {
		expect(phoneDigits(value)).toBe(expected);
	});
});

describe('PHONE_EXAMPLE', () => {
	test('is itself a valid phone', () => {
		expect(parsePhoneList(PHONE_EXAMPLE)).toEqual([PHONE_EXAMPLE]);
	});
});

// ---------- property-based tests ----------

const digit = fc.constantFrom(...'0123456789'.split(''));
const digitString = fc.string({ unit: digit, minLength: 8, maxLength: 15 });
const formatChar = fc.constantFrom(' ', '-', '.', '(', ')', '\u00a0');
const formatRun = fc.string({ unit: formatChar, maxLength: 2 });

interface FormattedPhone {
	digits: string;
	text: string;
}

/**
 * A number of some country's plan written with random formatting, maybe a "+". Without it, no "("
 * before the fourth digit: "(11) 99999-8888" and "8 (495) 123-45-67" are national forms, refused.
 */
const formattedPhone: fc.Arbitrary<FormattedPhone> = fc
	.tuple(plannedNumber, fc.boolean())
	.chain(([digits, plus]) =>
		fc
			.array(formatRun, { minLength: digits.length + 1, maxLength: digits.length + 1 })
			.map((runs) => {
				const run = (i: number) => (plus || i > 3 ? runs[i] : runs[i].replace(/\(/g, ''));
				let text = run(0) + (plus ? '+' : '');
				for (let i = 0; i < digits.length; i++) text += digits[i] + run(i + 1);
				return { digits, text };
			}),
	);

/** Valid entries from a small pool, so duplicates are frequent, with @lid ids and numbers mixed in. */
const stableEntry: fc.Arbitrary<FormattedPhone> = fc.oneof(
	formattedPhone,
	plannedNumber.map((digits) => ({ digits, text: digits })),
	fc.bigInt({ min: 0n, max: 10n ** 18n }).map((n) => ({ digits: `${n}@lid`, text: `${n}@lid` })),
);
const stableEntries = fc
	.array(stableEntry, { minLength: 1, maxLength: 6 })
	.chain((pool) => fc.array(fc.constantFrom(...pool), { maxLength: 12 }));

const separator = fc
	.array(fc.constantFrom(',', ';', '\n', '\r\n'), { minLength: 1, maxLength: 3 })
	.map((parts) => parts.join(''));

describe('properties', () => {
	test('formatted digit strings give the de-duplicated digit strings in first order', () => {
		fc.assert(
			fc.property(fc.array(formattedPhone, { maxLength: 10 }), fc.nat(), (phones, seed) => {
				// Repeat some entries (with their own formatting) to exercise de-duplication.
				const entries = phones.concat(phones.filter((_, i) => (i + seed) % 3 === 0));
				const result = parsePhoneList(entries.map((p) => p.text));
				expect(result).toEqual(unique(entries.map((p) => p.digits)));
			}),
		);
	});

	test('the same digits written in two formats count once', () => {
		fc.assert(
			fc.property(formattedPhone, (phone) => {
				const spaced = phone.digits.split('').join(' ');
				expect(parsePhoneList([phone.text, spaced, `+${phone.digits}`])).toEqual([phone.digits]);
			}),
		);
	});

	test('idempotence: parsing the output again gives the output', () => {
		fc.assert(
			fc.property(stableEntries, (entries) => {
				const once = parsePhoneList(entries.map((e) => e.text));
				expect(parsePhoneList(once)).toEqual(once);
			}),
		);
	});

	test('text joined with any mix of , ; \\n \\r\\n gives the same result as the array', () => {
		fc.assert(
			fc.property(
				stableEntries.filter((entries) => entries.length > 0),
				fc.array(separator, { minLength: 12, maxLength: 12 }),
				(entries, separators) => {
					const texts = entries.map((e) => e.text);
					const joined = texts.reduce((acc, text, i) => `${acc}${separators[i - 1]}${text}`);
					const fromArray = parsePhoneList(texts);
					expect(parsePhoneList(joined)).toEqual(fromArray);
					expect(fromArray).toEqual(unique(entries.map((e) => e.digits)));
				},
			),
		);
	});

	test('output has no duplicates and every non-@lid entry is 8 to 15 digits', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(
						formattedPhone.map((p) => p.text),
						stableEntry.map((e) => e.text),
					),
					{ maxLength: 15 },
				),
				(texts) => {
					const result = parsePhoneList(texts);
					expect(new Set(result).size).toBe(result.length);
					for (const entry of result) {
						if (!/@lid$/i.test(entry)) expect(entry).toMatch(/^\d{8,15}$/);
					}
					expect(result.length).toBeLessThanOrEqual(texts.length);
				},
			),
		);
	});

	test('any entry with a letter throws a PhoneListError naming the trimmed entry', () => {
		const letter = fc.constantFrom(
			...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''),
		);
		// Any code point (fc's 'binary' unit is slow to start under jest), biased to phone-like characters.
		const codePoint = fc
			.integer({ min: 0, max: 0x10ffff })
			.filter((c) => c < 0xd800 || c > 0xdfff)
			.map((c) => String.fromCodePoint(c));
		const phoneChar = fc.constantFrom(...'0123456789 +()-.@\u00a0\t'.split(''));
		const text = fc.oneof(
			fc.string(),
			fc.string({ unit: fc.oneof(codePoint, phoneChar) }),
			digitString,
		);
		const withLetter = fc
			.tuple(text, letter, text)
			.map(([before, l, after]) => before + l + after)
			.filter((s) => !/[,;\r\n]/.test(s) && !/^\d+@lid$/i.test(s.trim()));
		fc.assert(
			fc.property(withLetter, fc.boolean(), (entry, asArray) => {
				const error = phoneListError(() =>
					parsePhoneList(asArray ? ['5511999998888', entry] : entry),
				);
				expect(error.message).toContain(`"${entry.trim()}"`);
			}),
		);
	});
});
