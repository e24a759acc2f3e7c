#!/usr/bin/env node
'use strict';
/**
 * Writes nodes/ZApi/shared/phonePlans.generated.ts: for each country calling code that a Brazilian
 * number in national form (DDD + 8 or 9 digits, no country code) can start with, a pattern of the
 * Brazilian national numbers that are ALSO a valid number of that country read as international
 * (Porto Alegre's 51 98765-4321 is Peru's +51 987 654 321). The node fails such numbers instead of
 * guessing (nodes/ZApi/shared/nationalNumbers.ts). The data is libphonenumber-js's metadata.max.json
 * (a devDependency only, MIT; from Google's libphonenumber, Apache-2.0): each country's mobile pattern
 * within its general pattern and lengths. Only mobiles: a foreign landline on WhatsApp is rare, and
 * counting landlines too would refuse 13 % of Brazilian national numbers instead of about 5 %.
 *
 * It also writes CALLING_CODES (scripts/phone-plans/callingCodes.js): every calling code with the
 * lengths and first digits of its numbers, which digits written without + or 00 must fit when the
 * credential has no Default Country Code (nodes/ZApi/shared/numberingPlans.ts).
 *
 *   node scripts/generate-phone-plans.js           writes the file
 *   node scripts/generate-phone-plans.js --check   exits 1 when the committed file differs from it
 *
 * How: each pattern is expanded into sequences of digit sets (phone-plans/digitSets.js), intersected
 * position by position with the Brazilian national forms, merged, and written as one regular
 * expression per calling code over the whole 10- or 11-digit national number. A test compares the
 * table with libphonenumber-js itself, number by number.
 */
const fs = require('node:fs');
const path = require('node:path');

const { callingCodePlans } = require('./phone-plans/callingCodes');
const { ALL, bit, range, parse, expand, merge, source } = require('./phone-plans/digitSets');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'nodes/ZApi/shared/phonePlans.generated.ts');

/** The Brazilian DDDs (area codes); a test checks that nationalNumbers.ts has the same. */
const DDDS = (
	'11 12 13 14 15 16 17 18 19 21 22 24 27 28 31 32 33 34 35 37 38 41 42 43 44 45 46 47 48 49 ' +
	'51 53 54 55 61 62 63 64 65 66 67 68 69 71 73 74 75 77 79 81 82 83 84 85 86 87 88 89 ' +
	'91 92 93 94 95 96 97 98 99'
).split(' ');

/** The Brazilian national form of a DDD as digit sets: 10 digits (third 2-9) or 11 (third 9). */
function brazilianForm(ddd, length) {
	const third = length === 11 ? bit(9) : range(2, 9);
	return [bit(ddd[0]), bit(ddd[1]), third, ...Array(length - 3).fill(ALL)];
}

/** A libphonenumber-js numbering plan's mobile pattern with its lengths (WhatsApp runs on mobiles). */
function plansOf(metadata) {
	const [, , generalPattern, generalLengths] = metadata;
	const types = metadata[11];
	if (!types) return [[generalPattern, generalLengths]];
	const [fixed, mobile] = types;
	// An empty mobile pattern means "the same as fixed line" (fixed-line-or-mobile countries).
	return mobile ? [[mobile[0] || fixed[0], mobile[1] || generalLengths]] : [];
}

/** Sequences over the Brazilian form that a plan's pattern (and its general pattern) both match. */
function collisions(code, plan, forms) {
	const maxLength = 11 - code.length;
	const general = expand(parse(plan[2]), maxLength);
	const found = [];
	for (const [pattern, lengths] of plansOf(plan)) {
		const expanded = expand(parse(pattern), maxLength);
		for (const form of forms) {
			const length = form.length - code.length;
			if (!lengths.includes(length) || !plan[3].includes(length)) continue;
			const within = (sequence) =>
				[...code]
					.map(bit)
					.concat(sequence)
					.map((set, i) => set & form[i]);
			const generals = [...(general.get(length)?.values() ?? [])].map(within);
			for (const sequence of expanded.get(length)?.values() ?? []) {
				const typed = within(sequence);
				if (typed.includes(0)) continue;
				for (const other of generals) {
					const full = typed.map((set, i) => set & other[i]);
					// Past the DDD, a set that is the whole of the form's is written as any digit.
					if (!full.includes(0))
						found.push(full.map((set, i) => (i >= 2 && set === form[i] ? ALL : set)));
				}
			}
		}
	}
	return found;
}

/** [calling code, its regions that collide, pattern over the Brazilian national number]. */
function lookalikes(metadata) {
	const plans = Object.entries(metadata.country_calling_codes).map(([code, regions]) => [
		code,
		regions.map((region) => [region, metadata.countries[region]]),
	]);
	for (const [code, plan] of Object.entries(metadata.nonGeographic ?? {})) {
		plans.push([code, [['001', plan]]]);
	}
	const rows = [];
	for (const [code, regions] of plans) {
		if (code === '55' || code.length > 3) continue;
		const forms = DDDS.flatMap((ddd) => [10, 11].map((length) => brazilianForm(ddd, length)));
		const reachable = forms.filter((form) => [...code].every((digit, i) => form[i] & bit(digit)));
		const found = [];
		const named = [];
		for (const [region, plan] of regions) {
			const more = collisions(code, plan, reachable);
			if (more.length) named.push(region);
			found.push(...more);
		}
		if (found.length === 0) continue;
		const byLength = [10, 11].map((length) => merge(found.filter((s) => s.length === length)));
		rows.push([code, named.join(' '), source(byLength.flat())]);
	}
	return rows.sort(([a], [b]) => a.localeCompare(b));
}

function header(version) {
	return `/**
 * GENERATED by scripts/generate-phone-plans.js from libphonenumber-js ${version} (metadata.max.json):
 * do not edit. Regenerate with \`node scripts/generate-phone-plans.js\`; a test fails when this file
 * differs from what it writes. Data: libphonenumber-js, MIT licence, Copyright (c) 2016
 * @catamphetamine; its metadata comes from Google's libphonenumber, Apache License 2.0.
 *
 * The foreign numbers a Brazilian number in national form (DDD + 8 or 9 digits) can also be: rows of
 * [country calling code, the regions it is a mobile number of (ISO 3166 codes; 001:
 * international networks), a pattern over the whole 10- or 11-digit Brazilian national number].
 * 51987654321 matches the row of 51 because +51 987654321 is a valid number of Peru.
 *
 * CALLING_CODES: rows separated by ";" of every country calling code, its main region (+ when it
 * has more) and, for each length a national number can have there, the digits it can start with:
 * "1 US+ 3:7 2-9:10" reads "+1, the United States and more: 7 digits starting with 3, or 10
 * starting with 2 to 9" (scripts/phone-plans/callingCodes.js).
 */
`;
}

/** The file's text, formatted as the repository's Prettier settings want it. */
async function generate(metadataPath = require.resolve('libphonenumber-js/metadata.max.json')) {
	const packageFile = path.join(path.dirname(metadataPath), 'package.json');
	const { version } = JSON.parse(fs.readFileSync(packageFile, 'utf8'));
	const metadata = JSON.parse(fs.readFileSync(metadataPath, 'utf8'));
	const rows = lookalikes(metadata);
	const type = 'ReadonlyArray<readonly [string, string, string]>';
	// One string, not an array: a third of the bytes in the package, and no source map entry per row.
	const codes = callingCodePlans(metadata).map((row) => row.join(' '));
	const table =
		`export const BRAZIL_LOOKALIKES: ${type} = ${JSON.stringify(rows)};\n\n` +
		`export const CALLING_CODES: string = ${JSON.stringify(codes.join(';'))};\n`;
	const prettier = require('prettier');
	const options = await prettier.resolveConfig(OUT);
	return await prettier.format(header(version) + table, { ...options, filepath: OUT });
}

module.exports = { DDDS, OUT, generate, lookalikes };

if (require.main === module) {
	const relative = path.relative(ROOT, OUT);
	generate().then((text) => {
		const size = `${Buffer.byteLength(text)} bytes`;
		if (!process.argv.includes('--check')) {
			fs.writeFileSync(OUT, text);
			console.log(`wrote ${relative} (${size})`);
		} else if (fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === text) {
			console.log(`${relative} is up to date (${size})`);
		} else {
			console.error(`${relative} differs from what the generator writes: run it (see its top)`);
			process.exitCode = 1;
		}
	});
}
