/**
 * Whether digits read as international (country code first, no + or 00 written) are a number of some
 * country's plan. Lenient on purpose: it refuses only what is no number anywhere, such as a national
 * number taken for an international one (11987654321: +1 numbers never start with 1), and never a
 * number libphonenumber calls valid. docs/operations.md has the rule in words.
 */
import { regionName } from './nationalNumbers';
import { CALLING_CODES } from './phonePlans.generated';

/**
 * A calling code's plan: for each group, the first digits (a character class body), the test of them
 * (built once: a number is checked for every item) and the lengths.
 */
export interface Plan {
	region: string;
	groups: Array<{ first: string; startsRight: RegExp; lengths: number[] }>;
}

let plans: Map<string, Plan> | undefined;

function lengths(text: string): number[] {
	return text.split(',').flatMap((run) => {
		const [from, to = from] = run.split('-').map(Number);
		return Array.from({ length: to - from + 1 }, (_, i) => from + i);
	});
}

/** CALLING_CODES read: calling code → its main region and plan. */
export function plansByCode(): ReadonlyMap<string, Plan> {
	plans ??= new Map(
		CALLING_CODES.split(';').map((row) => {
			const [code, region, ...groups] = row.split(' ');
			const plan = groups.map((group) => {
				const [first, counts] = group.split(':');
				return { first, startsRight: new RegExp(`^[${first}]`), lengths: lengths(counts) };
			});
			return [code, { region, groups: plan }];
		}),
	);
	return plans;
}

/** True for an assigned country calling code, e.g. 1, 55, 351. */
export function isCallingCode(code: string): boolean {
	return plansByCode().has(code);
}

function countryName(region: string): string {
	const more = region.endsWith('+');
	const name = regionName(more ? region.slice(0, -1) : region);
	return more ? `${name} and other countries` : name;
}

/**
 * Why `digits` (all digits, country code first) are no number of any country, as words to follow the
 * value in a message; undefined when they can be one.
 */
export function planProblem(digits: string): string | undefined {
	const byCode = plansByCode();
	for (const size of [1, 2, 3]) {
		const code = digits.slice(0, size);
		const plan = byCode.get(code);
		if (!plan) continue;
		const national = digits.slice(size);
		const fits = plan.groups.some(
			({ startsRight, lengths }) => lengths.includes(national.length) && startsRight.test(national),
		);
		return fits
			? undefined
			: `is not a number with its country code (+${code}: ${countryName(plan.region)}; ${national} cannot be a number there)`;
	}
	const starts = [1, 2, 3].map((size) => digits.slice(0, size)).join(', ');
	return `does not start with a country code (no country's code is ${starts.replace(/, (?=[^,]*$)/, ' or ')})`;
}
