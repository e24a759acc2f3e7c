/**
 * normalizePhone and parsePhoneList with a Default Country Code: property tests over Brazilian numbers
 * written the ways people write them, checked against libphonenumber-js (a devDependency) for the
 * numbers that are also another country's, and against a copy of the parser as it was before the
 * Default Country Code for an empty one.
 */
import fc from 'fast-check';

import { isGroupId } from '../../../../nodes/ZApi/shared/groupId';
import {
	BRAZIL_DDDS,
	foreignReading,
	isBrazilianNational,
} from '../../../../nodes/ZApi/shared/nationalNumbers';
import { plannedNational, plannedNumber } from '../../../helpers/plannedNumbers';
import {
	normalizePhone,
	parsePhoneList,
	PhoneListError,
} from '../../../../nodes/ZApi/shared/phones';

type Parsed = { number: string; countryCallingCode: string; isValid(): boolean; getType(): string };
let parse: ((text: string) => Parsed | undefined) | undefined;
try {
	parse = (require('libphonenumber-js/max') as { parsePhoneNumberFromString: typeof parse })
		.parsePhoneNumberFromString;
} catch {
	// Not installed (npm ci installs it): the table is the oracle, checked on its own elsewhere.
}

/** The calling code of the other country a Brazilian national number is also a number of. */
function otherCountry(national: string): string | undefined {
	if (!parse) return foreignReading(national) && /^\+(\d+)/.exec(foreignReading(national)!)![1];
	const parsed = parse(`+${national}`);
	if (!parsed || parsed.number !== `+${national}` || parsed.countryCallingCode === '55') return;
	const type = parsed.isValid() ? parsed.getType() : undefined;
	// Mobiles only, as the node: a foreign landline on WhatsApp is rare (docs/operations.md).
	return ['MOBILE', 'FIXED_LINE_OR_MOBILE'].includes(type ?? '')
		? parsed.countryCallingCode
		: undefined;
}

/** normalizePhone before the Default Country Code (its text entries), to compare with. */
function before(text: string): string | undefined {
	const trimmed = text.trim();
	if (trimmed === '') return undefined;
	if (/^\d+@lid$/i.test(trimmed)) return trimmed;
	if (isGroupId(trimmed))
		throw new Error(`"${trimmed}" is a group ID, not a participant's phone number`);
	let digits = trimmed.replace(/[\s().\-\u00a0]/g, '');
	if (digits.startsWith('+')) digits = digits.slice(1);
	else if (digits.startsWith('00')) digits = digits.slice(2);
	if (!/^\d+$/.test(digits)) {
		throw new Error(
			`"${trimmed}" is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888`,
		);
	}
	if (digits.startsWith('0')) {
		throw new Error(
			`"${trimmed}" does not start with a country code: write it as country code + area code + number, e.g. 5511999998888 (55 is Brazil)`,
		);
	}
	if (digits.length < 8 || digits.length > 15) {
		throw new Error(
			`"${trimmed}" has ${digits.length} digits; a phone number is country code + area code + number (8 to 15 digits), e.g. 5511999998888`,
		);
	}
	return digits;
}

function outcome(run: () => string | undefined): { value?: string; error?: string } {
	try {
		return { value: run() };
	} catch (error) {
		return { error: (error as Error).message };
	}
}

const digit = fc.constantFrom(...'0123456789'.split(''));
const digits = (length: number) => fc.string({ unit: digit, minLength: length, maxLength: length });
const separator = fc.constantFrom('', ' ', '-', '.', '\u00a0', ' - ');

interface Written {
	national: string;
	/** Written with the trunk 0 (and maybe a carrier code): national for sure. */
	trunk: boolean;
	text: string;
}

/** A Brazilian number, mobile or landline, of any DDD, written as people write it. */
const brazilian: fc.Arbitrary<Written> = fc
	.record({
		ddd: fc.constantFrom(...BRAZIL_DDDS),
		subscriber: fc.oneof(
			digits(8).map((rest) => `9${rest}`),
			fc.tuple(fc.constantFrom(...'23456789'.split('')), digits(7)).map(([a, b]) => a + b),
		),
		prefix: fc.oneof(
			fc.constant(''),
			fc.constant('0'),
			fc.tuple(fc.constantFrom(...'123456789'.split('')), digit).map(([a, b]) => `0${a}${b}`),
		),
		style: fc.constantFrom('plain', 'brackets', 'brackets with the prefix', 'spaced'),
		gaps: fc.array(separator, { minLength: 3, maxLength: 3 }),
	})
	.map(({ ddd, subscriber, prefix, style, gaps: [a, b, c] }) => {
		const head = subscriber.slice(0, -4);
		const tail = subscriber.slice(-4);
		const text =
			style === 'plain'
				? prefix + ddd + subscriber
				: style === 'brackets'
					? `${prefix}${a}(${ddd})${b}${head}${c}${tail}`
					: style === 'brackets with the prefix'
						? `(${prefix}${ddd})${b}${head}-${tail}`
						: `${prefix}${a}${ddd}${b}${head}${c}${tail}`;
		return { national: ddd + subscriber, trunk: prefix !== '', text };
	});

/** How the message writes a Brazilian national number: +55 51 98765-4321. */
const brazilianForm = (national: string) =>
	`+55 ${national.slice(0, 2)} ${national.slice(2, -4)}-${national.slice(-4)}`;

/** A number written with + or 00 and its country code, formatted. */
const international = fc
	.record({
		number: fc
			.integer({ min: 8, max: 15 })
			.chain((length) => digits(length))
			.filter((value) => !value.startsWith('0')),
		prefix: fc.constantFrom('+', '00', '+ ', '00 '),
		gap: separator,
	})
	.map(({ number, prefix, gap }) => ({
		number,
		text: `${prefix}${number.slice(0, 2)}${gap}${number.slice(2)}`,
	}));

/** The same, of a number some country's plan has (read again without its +, it must still be one). */
const plannedInternational = fc
	.record({
		number: plannedNumber,
		prefix: fc.constantFrom('+', '00', '+ ', '00 '),
		gap: separator,
	})
	.map(({ number, prefix, gap }) => ({
		number,
		text: `${prefix}${number.slice(0, 2)}${gap}${number.slice(2)}`,
	}));

const anyCountryCode = fc.oneof(
	fc.constantFrom('', '55', '44', '39', '1', '351', '49'),
	fc.integer({ min: 1, max: 999 }).map(String),
);

describe('properties with the Default Country Code', () => {
	test('55: a Brazilian number in any common form is sent as 55 + DDD + number, unless it is ambiguous', () => {
		fc.assert(
			fc.property(brazilian, ({ national, trunk, text }) => {
				const other = trunk ? undefined : otherCountry(national);
				const result = outcome(() => normalizePhone(text, '55'));
				if (other === undefined) {
					expect(result).toEqual({ value: `55${national}` });
				} else {
					// Both readings, each as the user should write it.
					expect(result.error).toContain(`"${text.trim()}" can be read two ways`);
					expect(result.error).toContain(brazilianForm(national));
					expect(result.error).toContain(`+${other} ${national.slice(other.length)}`);
				}
			}),
			{ numRuns: 500 },
		);
	});

	test('the ambiguity is thrown as a PhoneListError, from lists too', () => {
		expect(() => parsePhoneList(['5511999998888', '51987654321'], '55')).toThrow(PhoneListError);
	});

	test('empty: the behaviour from before, except that digits without + or 00 must be a number with its country code', () => {
		const text = fc.oneof(
			brazilian.map((written) => written.text),
			international.map((written) => written.text),
			plannedNumber,
			fc.string({ unit: fc.constantFrom(...'0123456789 +-().@lidgroup'.split('')), maxLength: 20 }),
		);
		const hint =
			', or set the Default Country Code in the Z-API credential to read numbers in national form';
		fc.assert(
			fc.property(text, (entry) => {
				const now = outcome(() => normalizePhone(entry));
				const then = outcome(() => before(entry));
				if (then.error?.includes('does not start with a country code')) {
					expect(now).toEqual({ error: then.error + hint });
				} else if (then.value !== undefined && now.error !== undefined) {
					// Refused now: written without + or 00, named, and the credential field pointed to.
					expect(entry.replace(/[\s().\-\u00a0]/g, '')).not.toMatch(/^(\+|00)/);
					expect(now.error).toMatch(
						/^".*" (is written without a country code|is not a number with its country code|does not start with a country code) \(/,
					);
					expect(now.error).toContain(`"${entry.trim()}"`);
					expect(now.error.endsWith(hint)).toBe(true);
					// Never a number libphonenumber calls valid as written (not after dropping a trunk 0
					// behind the country code, as in 35902000000), unless its form says it is national.
					const parsed = parse?.(`+${then.value}`);
					if (parsed?.isValid() && parsed.number === `+${then.value}`) {
						expect(now.error).toContain('is written without a country code');
					}
				} else {
					expect(now).toEqual(then);
				}
			}),
			// A counterexample a random run found once: Bulgaria's +359 with Sofia's trunk 0 kept.
			{ numRuns: 500, examples: [['35902000000']] },
		);
	});

	test('empty: a Brazilian number written without its country code is never sent as another number', () => {
		fc.assert(
			fc.property(brazilian, ({ national, text }) => {
				const result = outcome(() => normalizePhone(text));
				// Accepted only as written: digits that are also a number of another country (+51 …).
				if (result.value !== undefined) {
					expect(text).not.toMatch(/\(/);
					expect(result.value).toBe(national);
				}
			}),
			{ numRuns: 500 },
		);
	});

	test('+ and 00 numbers are never changed, whatever the country code', () => {
		fc.assert(
			fc.property(international, anyCountryCode, ({ number, text }, countryCode) => {
				expect(normalizePhone(text, countryCode)).toBe(number);
			}),
			{ numRuns: 300 },
		);
	});

	test('idempotence: a normalized number normalized again with the same code is itself', () => {
		const entry = fc.oneof(
			brazilian.map(({ text }) => ({ text, countryCode: '55' })),
			fc
				.constantFrom('44', '49', '351', '33')
				.chain((countryCode) =>
					plannedNational(countryCode).map((number) => ({ text: `0${number}`, countryCode })),
				),
			plannedNational('39')
				.filter((number) => /^0[1-9]/.test(number))
				.map((number) => ({ text: number, countryCode: '39' })),
			fc
				.tuple(plannedInternational, anyCountryCode)
				.map(([{ text }, countryCode]) => ({ text, countryCode })),
		);
		fc.assert(
			fc.property(entry, ({ text, countryCode }) => {
				const once = outcome(() => normalizePhone(text, countryCode));
				if (once.value === undefined) return;
				// A + number that looks Brazilian (51987654321 from +51 …) is a question again, by design.
				if (countryCode === '55' && isBrazilianNational(once.value)) return;
				expect(normalizePhone(once.value, countryCode)).toBe(once.value);
				expect(parsePhoneList([once.value, text], countryCode)).toEqual([once.value]);
			}),
			{ numRuns: 500 },
		);
	});
});

describe('examples with the Default Country Code', () => {
	test.each<[string, unknown, string[]]>([
		['55', '(11) 99999-8888, 021 98888-7777', ['5511999998888', '5521988887777']],
		[
			'55',
			['(11) 99999-8888', '+55 11 99999-8888', '5511999998888', 11999998888],
			['5511999998888'],
		],
		['55', '0 21 11 99999-8888', ['5511999998888']],
		['55', '12125551234; 351912345678', ['12125551234', '351912345678']],
		['55', '2111897971174599@lid', ['2111897971174599@lid']],
		['44', '07911 123456', ['447911123456']],
		['39', '06 1234 5678', ['390612345678']],
	])('%s: %j -> %j', (countryCode, input, expected) => {
		expect(parsePhoneList(input, countryCode)).toEqual(expected);
	});

	test.each<[string, string, string]>([
		[
			'51987654321',
			'55',
			'"51987654321" can be read two ways: as +55 51 98765-4321 (Brazil, the Default Country Code) or as +51 987654321 (Peru). Write it with its country code: +55 51 98765-4321 or +51 987654321',
		],
		[
			'0800 123 4567',
			'55',
			'"0800 123 4567" starts with 0 but is not a Brazilian number in national form (0 + area code + number, e.g. 011 99999-8888, or 0 + carrier code + area code + number): write it with its country code, e.g. +55 11 99999-8888',
		],
		['120363019502650977-group', '55', '"120363019502650977-group" is a group ID'],
		[
			'0123',
			'44',
			'"0123" has 5 digits with the Default Country Code 44; a phone number is country code + area code + number (8 to 15 digits)',
		],
		['+0055119999', '55', '"+0055119999" does not start with a country code'],
		// Not read as national with the code: checked as without one, then.
		[
			'(11) 9876-543',
			'55',
			'"(11) 9876-543" is written without a country code (an area code in parentheses): write it as country code + area code + number, e.g. 5511999998888 (55 is Brazil): with the Default Country Code 55, only Brazilian numbers in national form (area code + 8 or 9 digits) are read without one',
		],
		[
			'(212) 555-0100',
			'1',
			'"(212) 555-0100" is written without a country code (an area code in parentheses): write it as country code + area code + number, e.g. 5511999998888 (55 is Brazil): with the Default Country Code 1, only numbers written with the trunk prefix 0 are read without one',
		],
		[
			'333 1234567',
			'39',
			'"333 1234567" is not a number with its country code (+33: France; 31234567 cannot be a number there)',
		],
	])('%j with %s is refused: %s', (entry, countryCode, message) => {
		const result = outcome(() => normalizePhone(entry, countryCode));
		expect(result.error).toContain(message);
	});
});
