'use strict';
/**
 * The numbering plan of every country calling code, cut down to what tells a number from no number:
 * for each length a national number can have there (libphonenumber's possible lengths), the digits it
 * can start with (the first digit of its general pattern, which covers every type of number). Digits
 * written without + or 00 and without a Default Country Code must fit one of these to be sent as an
 * international number (nodes/ZApi/shared/numberingPlans.ts): 11987654321 does not (+1 is North
 * America, whose 10-digit numbers never start with 1).
 *
 * A plan is written as groups "<first digits>:<lengths>" separated by spaces, e.g. "3:7 2-9:10" for
 * +1: first digits as the body of a character class, lengths as "9", "8-10" or "5,8-12".
 */
const { parse, expand, bit } = require('./digitSets');

function digitsText(set) {
	const digits = [...'0123456789'].filter((digit) => set & bit(digit)).map(Number);
	const runs = [];
	for (const digit of digits) {
		const last = runs[runs.length - 1];
		if (last && last[1] === digit - 1) last[1] = digit;
		else runs.push([digit, digit]);
	}
	return runs
		.map(([from, to]) => (to - from > 1 ? `${from}-${to}` : to > from ? `${from}${to}` : `${from}`))
		.join('');
}

function lengthsText(lengths) {
	const runs = [];
	for (const length of lengths) {
		const last = runs[runs.length - 1];
		if (last && last[1] === length - 1) last[1] = length;
		else runs.push([length, length]);
	}
	return runs.map(([from, to]) => (to > from ? `${from}-${to}` : `${from}`)).join(',');
}

/** For one region's metadata: length → the first digits a national number of that length can have. */
function firstDigits(plan, into) {
	const [, , generalPattern, possibleLengths] = plan;
	for (const [length, bucket] of expand(parse(generalPattern), 17)) {
		if (!possibleLengths.includes(length)) continue;
		for (const sequence of bucket.values()) into.set(length, (into.get(length) ?? 0) | sequence[0]);
	}
}

/**
 * [calling code, its main region (ISO 3166; 001: international networks), followed by + when the code
 * has more, plan], by code.
 */
function callingCodePlans(metadata) {
	const codes = Object.entries(metadata.country_calling_codes).map(([code, regions]) => [
		code,
		regions,
		regions.map((region) => metadata.countries[region]),
	]);
	for (const [code, plan] of Object.entries(metadata.nonGeographic ?? {})) {
		codes.push([code, ['001'], [plan]]);
	}
	return codes
		.map(([code, regions, plans]) => {
			const byLength = new Map();
			for (const plan of plans) firstDigits(plan, byLength);
			const bySet = new Map();
			for (const [length, set] of [...byLength].sort(([a], [b]) => a - b)) {
				if (!bySet.has(set)) bySet.set(set, []);
				bySet.get(set).push(length);
			}
			const groups = [...bySet].map(
				([set, lengths]) => `${digitsText(set)}:${lengthsText(lengths)}`,
			);
			return [code, regions[0] + (regions.length > 1 ? '+' : ''), groups.join(' ')];
		})
		.filter(([, , plan]) => plan !== '')
		.sort(([a], [b]) => a.localeCompare(b));
}

module.exports = { callingCodePlans };
