/**
 * Whether digits read as international (country code first, no + or 00 written) are a number of some
 * country's plan. Lenient on purpose: it refuses only what is no number anywhere, such as a national
 * number taken for an international one (11987654321: +1 numbers never start with 1), and never a
 * number libphonenumber calls valid. docs/operations.md has the rule in words.
 */
import { regionName } from './nationalNumbers';
import { CALLING_CODES } from './phonePlans.generated';

interface Plan {
	region: string;
	groups: Array<{ first: RegExp; lengths: ReadonlySet<number> }>;
}

let plans: Map<string, Plan> | undefined;

function lengths(text: string): Set<number> {
	const out = new Set<number>();
	for (const run of text.split(',')) {
		const [from, to = from] = run.split('-').map(Number);
		for (let length = from; length <= to; length++) out.add(length);
	}
	return out;
}

function plansByCode(): Map<string, Plan> {
	plans ??= new Map(
		CALLING_CODES.map(([code, region, plan]) => [
			code,
			{
				region,
				groups: plan.split(' ').map((group) => {
					const [first, counts] = group.split(':');
					return { first: new RegExp(`^[${first}]`), lengths: lengths(counts) };
				}),
			},
		]),
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
			({ first, lengths }) => lengths.has(national.length) && first.test(national),
		);
		return fits
			? undefined
			: `is not a number with its country code (+${code}: ${countryName(plan.region)}; ${national} cannot be a number there)`;
	}
	const starts = [1, 2, 3].map((size) => digits.slice(0, size)).join(', ');
	return `does not start with a country code (no country's code is ${starts.replace(/, (?=[^,]*$)/, ' or ')})`;
}
