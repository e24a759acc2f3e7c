/**
 * nodes/ZApi/shared/phonePlans.generated.ts against its source: the committed file is what the
 * generator writes from the installed libphonenumber-js (so it cannot drift), and the table answers
 * as libphonenumber-js itself does, number by number.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { BRAZIL_DDDS, foreignReading } from '../../../../nodes/ZApi/shared/nationalNumbers';
import { BRAZIL_LOOKALIKES } from '../../../../nodes/ZApi/shared/phonePlans.generated';

const ROOT = path.resolve(__dirname, '../../../..');
const GENERATOR = path.join(ROOT, 'scripts/generate-phone-plans.js');

interface LibPhoneNumber {
	parsePhoneNumberFromString(text: string):
		| {
				number: string;
				countryCallingCode: string;
				isValid(): boolean;
				getType(): string | undefined;
		  }
		| undefined;
}

function load<T>(id: string): T | undefined {
	try {
		return require(id) as T;
	} catch {
		return undefined;
	}
}

// A devDependency, installed by `npm ci`: missing only in an install without devDependencies.
const library = load<LibPhoneNumber>('libphonenumber-js/max');
const withLibrary = library ? test : test.skip;
if (!library) {
	console.warn(
		'libphonenumber-js is not installed (npm ci installs it): phonePlans.generated.ts is not checked against it',
	);
}

/** The oracle: digits read as international are a valid mobile number outside Brazil. */
function foreignByLibrary(digits: string): string | undefined {
	const parsed = library!.parsePhoneNumberFromString(`+${digits}`);
	if (!parsed || parsed.number !== `+${digits}` || parsed.countryCallingCode === '55') return;
	if (!parsed.isValid()) return;
	const type = parsed.getType();
	return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE'
		? parsed.countryCallingCode
		: undefined;
}

/** Brazilian national numbers: every DDD, landlines (10 digits) and mobiles (11), seeded. */
function sample(perDddAndLength: number, seed = 20240615): string[] {
	let state = seed;
	const next = (below: number) => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return Math.floor((state / 2 ** 31) * below);
	};
	const numbers: string[] = [];
	for (const ddd of BRAZIL_DDDS) {
		for (const length of [10, 11]) {
			for (let i = 0; i < perDddAndLength; i++) {
				let digits = ddd + (length === 11 ? '9' : String(2 + next(8)));
				while (digits.length < length) digits += String(next(10));
				numbers.push(digits);
			}
		}
	}
	return numbers;
}

describe('phonePlans.generated.ts', () => {
	withLibrary(
		'is what scripts/generate-phone-plans.js writes (run it after updating libphonenumber-js)',
		() => {
			// A child process: the generator formats with Prettier, which does not load inside jest's VM.
			const output = execFileSync(process.execPath, [GENERATOR, '--check'], {
				cwd: ROOT,
				encoding: 'utf8',
			});
			expect(output).toContain('is up to date');
		},
	);

	test('the generator knows the DDDs nationalNumbers.ts knows', () => {
		const generator = require(GENERATOR) as { DDDS: string[] };
		expect(generator.DDDS).toEqual([...BRAZIL_DDDS]);
	});

	test('stays small: a few kB, one row per calling code', () => {
		const size = JSON.stringify(BRAZIL_LOOKALIKES).length;
		expect(size).toBeLessThan(10_000);
		const codes = BRAZIL_LOOKALIKES.map(([code]) => code);
		expect(new Set(codes).size).toBe(codes.length);
		expect(codes).not.toContain('55');
		expect(codes).not.toContain('1'); // NANP: no area code a Brazilian national number can give
	});

	withLibrary('agrees with libphonenumber-js on 20,000 Brazilian national numbers', () => {
		const disagreements: string[] = [];
		for (const digits of sample(150)) {
			const expected = foreignByLibrary(digits);
			const reading = foreignReading(digits);
			const got = reading ? /^\+(\d+) /.exec(reading)![1] : undefined;
			if (got !== expected)
				disagreements.push(`${digits}: table ${got}, libphonenumber-js ${expected}`);
		}
		expect(disagreements.slice(0, 10)).toEqual([]);
	});

	withLibrary('agrees with libphonenumber-js on the numbers each row is about', () => {
		const disagreements: string[] = [];
		for (const [code, , pattern] of BRAZIL_LOOKALIKES) {
			const row = new RegExp(`^(?:${pattern})$`);
			// National numbers that start with the calling code, from every DDD it can be the start of.
			const numbers = sample(10, Number(code)).map((digits) => code + digits.slice(code.length));
			for (const digits of numbers) {
				if (!/^\d{2}(?:[2-9]\d{7}|9\d{8})$/.test(digits) || !BRAZIL_DDDS.has(digits.slice(0, 2)))
					continue;
				const inTable = row.test(digits);
				if (inTable !== (foreignByLibrary(digits) === code))
					disagreements.push(`${digits}: row ${code} ${inTable ? 'matches' : 'does not match'}`);
			}
		}
		expect(disagreements.slice(0, 10)).toEqual([]);
	});

	/**
	 * The share docs/operations.md states ("Numbers without a country code"): Brazilian national
	 * numbers, every DDD weighted alike, that the node refuses as ambiguous with Default Country Code 55.
	 */
	test('about 3 % of landline and 6 % of mobile national forms are ambiguous', () => {
		const numbers = sample(1000, 7);
		const share = (length: number) => {
			const forms = numbers.filter((digits) => digits.length === length);
			return forms.filter((digits) => foreignReading(digits)).length / forms.length;
		};
		expect(share(10)).toBeGreaterThan(0.02);
		expect(share(10)).toBeLessThan(0.035);
		expect(share(11)).toBeGreaterThan(0.055);
		expect(share(11)).toBeLessThan(0.07);
	});
});
