/**
 * Numbers written without a country code, read with the Default Country Code of the credential. Only
 * digits written without + or 00 come here; what comes back is a number with its country code, or the
 * reason it cannot be read (the caller names the value). docs/operations.md has the rules in words.
 */

import { BRAZIL_LOOKALIKES } from './phonePlans.generated';

export type Reading = { digits: string } | { problem: string };

const CREDENTIAL_FIELD = 'Default Country Code (in the Z-API credential)';

/** Brazil's area codes (DDD), the first two digits of every national number. */
export const BRAZIL_DDDS: ReadonlySet<string> = new Set(
	(
		'11 12 13 14 15 16 17 18 19 21 22 24 27 28 31 32 33 34 35 37 38 41 42 43 44 45 46 47 48 49 ' +
		'51 53 54 55 61 62 63 64 65 66 67 68 69 71 73 74 75 77 79 81 82 83 84 85 86 87 88 89 ' +
		'91 92 93 94 95 96 97 98 99'
	).split(' '),
);

/**
 * The credential's Default Country Code as digits ('' when not set): 55, +55 and " 55 " are the same.
 * Throws a message naming the field and the value for anything that is not 1 to 3 digits.
 */
export function parseCountryCode(value: unknown): string {
	if (value === undefined || value === null) return '';
	const text = typeof value === 'number' ? String(value) : value;
	if (typeof text === 'string') {
		const compact = text.replace(/\s+/g, '');
		if (compact === '') return '';
		const code = /^\+?([1-9]\d{0,2})$/.exec(compact)?.[1];
		if (code) return code;
	}
	throw new Error(
		`${CREDENTIAL_FIELD} must be a country calling code of 1 to 3 digits, e.g. 55 for Brazil, or empty (got ${JSON.stringify(value) ?? String(value)})`,
	);
}

/** A Brazilian number without country code: DDD + 8 digits (third 2-9) or DDD + 9 digits (third 9). */
export function isBrazilianNational(digits: string): boolean {
	return (
		BRAZIL_DDDS.has(digits.slice(0, 2)) &&
		(/^\d{2}[2-9]\d{7}$/.test(digits) || /^\d{2}9\d{8}$/.test(digits))
	);
}

/** +55 51 98765-4321, +55 51 3456-7890. */
function brazilianForm(national: string): string {
	const split = national.length - 4;
	return `+55 ${national.slice(0, 2)} ${national.slice(2, split)}-${national.slice(split)}`;
}

let regionNames: Intl.DisplayNames | undefined;
/** A region's English name, e.g. Peru for PE; 001 is libphonenumber's international networks. */
export function regionName(region: string): string {
	if (region === '001') return 'an international network';
	try {
		regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
		return regionNames.of(region) ?? region;
	} catch {
		return region;
	}
}

const lookalikePatterns = new Map<string, RegExp>();

/** How a Brazilian national number also reads as another country's number, e.g. `+51 987654321 (Peru)`. */
export function foreignReading(national: string): string | undefined {
	for (const [code, regions, pattern] of BRAZIL_LOOKALIKES) {
		if (!national.startsWith(code)) continue;
		let compiled = lookalikePatterns.get(code);
		if (!compiled) {
			compiled = new RegExp(`^(?:${pattern})$`);
			lookalikePatterns.set(code, compiled);
		}
		if (!compiled.test(national)) continue;
		const names = regions.split(' ').map(regionName).join(' or ');
		return `+${code} ${national.slice(code.length)} (${names})`;
	}
	return undefined;
}

function readBrazilian(digits: string): Reading {
	if (digits.startsWith('0')) {
		// Trunk prefix 0, then the area code and number, or a carrier code (CSP) first: 0 21 11 …
		const rest = digits.slice(1);
		if (isBrazilianNational(rest)) return { digits: `55${rest}` };
		if (rest.length >= 12 && isBrazilianNational(rest.slice(2))) {
			return { digits: `55${rest.slice(2)}` };
		}
		return {
			problem: `starts with 0 but is not a Brazilian number in national form (0 + area code + number, e.g. 011 99999-8888, or 0 + carrier code + area code + number): write it with its country code, e.g. +55 11 99999-8888`,
		};
	}
	if (!isBrazilianNational(digits)) return { digits };
	const foreign = foreignReading(digits);
	if (foreign) {
		return {
			problem: `can be read two ways: as ${brazilianForm(digits)} (Brazil, the Default Country Code) or as ${foreign}. Write it with its country code: ${brazilianForm(digits)} or ${foreign.replace(/ \(.*$/, '')}`,
		};
	}
	return { digits: `55${digits}` };
}

/**
 * `digits` (written without + or 00) with the country code: Brazil (55) reads national numbers with
 * or without the trunk 0; any other code only the trunk 0, which Italy (39) keeps as part of the
 * number. Anything else is taken as already international, as without a Default Country Code.
 */
export function withCountryCode(digits: string, countryCode: string): Reading {
	if (countryCode === '55') return readBrazilian(digits);
	if (!digits.startsWith('0')) return { digits };
	return { digits: countryCode + (countryCode === '39' ? digits : digits.slice(1)) };
}
