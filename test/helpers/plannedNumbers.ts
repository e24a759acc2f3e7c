/**
 * fast-check arbitraries of phone numbers that some country's plan has (by the generated CALLING_CODES
 * table, itself checked against libphonenumber-js in phonePlans.generated.test.ts): what the phone
 * reader accepts as digits written without + or 00. Random digits are mostly no number anywhere
 * (12345678 is not: +1 numbers have 10 digits).
 */
import fc from 'fast-check';

import { CALLING_CODES } from '../../nodes/ZApi/shared/phonePlans.generated';

function expandClass(body: string): string[] {
	return [...'0123456789'].filter((digit) => new RegExp(`[${body}]`).test(digit));
}

function expandLengths(text: string): number[] {
	return text.split(',').flatMap((run) => {
		const [from, to = from] = run.split('-').map(Number);
		return Array.from({ length: to - from + 1 }, (_, i) => from + i);
	});
}

/** [first digits, national length] pairs a calling code's numbers can have. */
function shapes(code: string): Array<[string[], number]> {
	const row = CALLING_CODES.find(([other]) => other === code);
	if (!row) throw new Error(`no calling code ${code}`);
	return row[2].split(' ').flatMap((group) => {
		const [first, lengths] = group.split(':');
		return expandLengths(lengths).map((length): [string[], number] => [expandClass(first), length]);
	});
}

const digit = fc.constantFrom(...'0123456789'.split(''));

/** A national number (without the calling code) of `code`'s plan, so that the whole has 8 to 15 digits. */
export function plannedNational(code: string): fc.Arbitrary<string> {
	const fitting = shapes(code).filter(
		([, length]) => code.length + length >= 8 && code.length + length <= 15,
	);
	return fc
		.constantFrom(...fitting)
		.chain(([firsts, length]) =>
			fc
				.tuple(
					fc.constantFrom(...firsts),
					fc.string({ unit: digit, minLength: length - 1, maxLength: length - 1 }),
				)
				.map(([first, rest]) => first + rest),
		);
}

const codes = CALLING_CODES.map(([code]) => code).filter((code) =>
	shapes(code).some(([, length]) => code.length + length >= 8 && code.length + length <= 15),
);

/** A whole number, calling code first, of some country's plan: 8 to 15 digits. */
export const plannedNumber: fc.Arbitrary<string> = fc
	.constantFrom(...codes)
	.chain((code) => plannedNational(code).map((national) => code + national));
