/**
 * fast-check arbitraries of phone numbers that some country's plan has (by the generated CALLING_CODES
 * table, itself checked against libphonenumber-js in phonePlans.generated.test.ts): what the phone
 * reader accepts as digits written without + or 00. Random digits are mostly no number anywhere
 * (12345678 is not: +1 numbers have 10 digits).
 */
import fc from 'fast-check';

import { plansByCode } from '../../nodes/ZApi/shared/numberingPlans';

/** [first digits, national length] pairs a calling code's numbers can have. */
function shapes(code: string): Array<[string[], number]> {
	const plan = plansByCode().get(code);
	if (!plan) throw new Error(`no calling code ${code}`);
	return plan.groups.flatMap(({ first, lengths }) => {
		const firsts = [...'0123456789'].filter((digit) => new RegExp(`[${first}]`).test(digit));
		return lengths.map((length): [string[], number] => [firsts, length]);
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

const codes = [...plansByCode().keys()].filter((code) =>
	shapes(code).some(([, length]) => code.length + length >= 8 && code.length + length <= 15),
);

/** A whole number, calling code first, of some country's plan: 8 to 15 digits. */
export const plannedNumber: fc.Arbitrary<string> = fc
	.constantFrom(...codes)
	.chain((code) => plannedNational(code).map((national) => code + national));
