/**
 * nodes/ZApi/shared/phonePlans.generated.ts against its source: the committed file is what the
 * generator writes from the installed libphonenumber-js (so it cannot drift), and the table answers
 * as libphonenumber-js itself does, number by number.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { BRAZIL_DDDS, foreignReading } from '../../../../nodes/ZApi/shared/nationalNumbers';
import { planProblem, plansByCode } from '../../../../nodes/ZApi/shared/numberingPlans';
import {
	BRAZIL_LOOKALIKES,
	CALLING_CODES,
} from '../../../../nodes/ZApi/shared/phonePlans.generated';

const ROOT = path.resolve(__dirname, '../../../..');
const GENERATOR = path.join(ROOT, 'scripts/generate-phone-plans.js');

interface LibPhoneNumber {
	getCountryCallingCode(region: string): string;
	parsePhoneNumberFromString(
		text: string,
		region?: string,
	):
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

	test('CALLING_CODES stays small: one row per calling code', () => {
		expect(CALLING_CODES.length).toBeLessThan(6_000);
		const codes = [...plansByCode().keys()];
		expect(codes).toHaveLength(CALLING_CODES.split(';').length);
		expect(new Set(codes).size).toBe(codes.length);
		expect(codes).toEqual(expect.arrayContaining(['1', '55', '351', '800', '882']));
		// No calling code is the start of another: digits have at most one.
		for (const code of codes)
			expect(codes.filter((other) => other.startsWith(code))).toEqual([code]);
	});

	withLibrary(
		'CALLING_CODES refuses no number libphonenumber-js calls valid, of any region or type',
		() => {
			const examples = require('libphonenumber-js/examples.mobile.json') as Record<string, string>;
			let state = 20261207;
			const next = (below: number) => {
				state = (state * 1103515245 + 12345) % 2 ** 31;
				return Math.floor((state / 2 ** 31) * below);
			};
			const refused: string[] = [];
			let valid = 0;
			for (const [region, example] of Object.entries(examples)) {
				const code = library!.getCountryCallingCode(region);
				// The example, then numbers that keep its start and change the rest and the length.
				for (let i = 0; i < 60; i++) {
					const keep = i === 0 ? example.length : next(example.length);
					let national = example.slice(0, keep);
					const length = i === 0 ? example.length : example.length - 1 + next(3);
					while (national.length < length) national += String(next(10));
					const parsed = library!.parsePhoneNumberFromString(national, region);
					if (!parsed?.isValid() || parsed.countryCallingCode !== code) continue;
					valid += 1;
					const digits = parsed.number.slice(1);
					if (planProblem(digits)) refused.push(`${digits} (${region}): ${planProblem(digits)}`);
				}
			}
			expect(valid).toBeGreaterThan(3_000);
			expect(refused.slice(0, 10)).toEqual([]);
		},
	);

	/**
	 * The share docs/operations.md states: Brazilian national numbers, every DDD weighted alike, that
	 * are no number of any country read as international, so are refused without a Default Country
	 * Code. The others are a valid number of some country as they stand: bare digits cannot tell.
	 */
	test('without a Default Country Code, about 78 % of landline and 50 % of mobile national forms are refused', () => {
		const numbers = sample(1000, 7);
		const share = (length: number) => {
			const forms = numbers.filter((digits) => digits.length === length);
			return forms.filter((digits) => planProblem(digits)).length / forms.length;
		};
		expect(share(10)).toBeGreaterThan(0.76);
		expect(share(10)).toBeLessThan(0.8);
		expect(share(11)).toBeGreaterThan(0.48);
		expect(share(11)).toBeLessThan(0.52);
	});
});
