/**
 * The one parser for participant lists. Users map phones from anywhere: an array from an expression,
 * a field of an earlier node, or text typed by hand; numbers arrive formatted the way people write them.
 */

import type { IExecuteFunctions } from 'n8n-workflow';

import { isGroupId } from './groupId';
import { readDefaultCountryCode } from './defaultCountryCode';
import { withCountryCode } from './nationalNumbers';
import { inputError } from './nodeErrors';
import { isCallingCode, planProblem } from './numberingPlans';
import { readPassParameter } from './passParameters';

// Where the readers of phone numbers have always found it.
export { readDefaultCountryCode };

export class PhoneListError extends Error {}

const LID = /^\d+@lid$/i;
const FORMATTING = /[\s().\-\u00a0]/g;
const SEPARATORS = /[,;\r\n]+/;
const MIN_DIGITS = 8;
const MAX_DIGITS = 15;

export const PHONE_EXAMPLE = '5511999998888';

function describe(value: unknown): string {
	if (typeof value === 'string') return `"${value}"`;
	if (typeof value === 'number') return String(value);
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}

function flatten(input: unknown, out: unknown[]): void {
	if (Array.isArray(input)) {
		for (const entry of input) flatten(entry, out);
	} else if (typeof input === 'string') {
		out.push(...input.split(SEPARATORS));
	} else {
		out.push(input);
	}
}

/** Why text without + or 00 is written the national way by its form, or undefined. */
function nationalForm(text: string): string | undefined {
	if (/^\D*\(/.test(text)) return 'is written without a country code (an area code in parentheses)';
	// 8 (495) 123-45-67 (Russia's trunk 8), unlike 1 (212) 555-0100 or 55 (11) 99999-8888.
	const before = /^(\d{1,3})[\s.\-\u00a0]*\(/.exec(text)?.[1];
	if (before !== undefined && !isCallingCode(before)) {
		return `is written without a country code (${before}, before the area code in parentheses, is no country code)`;
	}
	return undefined;
}

/** What to do about a number refused for want of a country code, given the Default Country Code. */
function advice(countryCode: string): string {
	if (countryCode === '') {
		return `write it as country code + area code + number, e.g. ${PHONE_EXAMPLE} (55 is Brazil), or set the Default Country Code in the Z-API credential to read numbers in national form`;
	}
	const national =
		countryCode === '55'
			? 'Brazilian numbers in national form (area code + 8 or 9 digits)'
			: 'numbers written with the trunk prefix 0';
	return `write it as country code + area code + number, e.g. ${PHONE_EXAMPLE} (55 is Brazil): with the Default Country Code ${countryCode}, only ${national} are read without one`;
}

/**
 * One entry to digits (or an `@lid` id, unchanged); throws naming the entry when it is not a phone.
 * `countryCode` (digits, from readDefaultCountryCode) is added to numbers written in national form.
 */
export function normalizePhone(entry: unknown, countryCode = ''): string | undefined {
	if (typeof entry === 'number') {
		if (!Number.isSafeInteger(entry) || entry < 0) {
			throw new PhoneListError(
				`${describe(entry)} is not a phone number: use digits only, e.g. ${PHONE_EXAMPLE}`,
			);
		}
		entry = String(entry);
	}
	if (typeof entry !== 'string') {
		if (entry === null || entry === undefined) return undefined;
		throw new PhoneListError(
			`${describe(entry)} is not a phone number: each phone number must be text or a number, e.g. ${PHONE_EXAMPLE}`,
		);
	}
	const text = entry.trim();
	if (text === '') return undefined;
	if (LID.test(text)) return text;
	if (isGroupId(text)) {
		throw new PhoneListError(`${describe(text)} is a group ID, not a participant's phone number`);
	}
	let digits = text.replace(FORMATTING, '');
	const international = digits.startsWith('+') || digits.startsWith('00');
	if (digits.startsWith('+')) digits = digits.slice(1);
	else if (digits.startsWith('00')) digits = digits.slice(2);
	if (!/^\d+$/.test(digits)) {
		throw new PhoneListError(
			`${describe(text)} is not a phone number: only digits, spaces, +, (, ), - and . are allowed, e.g. +55 (11) 99999-8888`,
		);
	}
	const national = !international && countryCode !== '';
	let readAsNational = false;
	if (national) {
		const reading = withCountryCode(digits, countryCode);
		if ('problem' in reading) throw new PhoneListError(`${describe(text)} ${reading.problem}`);
		readAsNational = reading.digits !== digits;
		digits = reading.digits;
	}
	if (digits.startsWith('0')) {
		// No country code starts with 0: this is a national number (trunk prefix 0) or a doubled prefix.
		const setting = countryCode
			? ''
			: ', or set the Default Country Code in the Z-API credential to read numbers in national form';
		throw new PhoneListError(
			`${describe(text)} does not start with a country code: write it as country code + area code + number, e.g. ${PHONE_EXAMPLE} (55 is Brazil)${setting}`,
		);
	}
	if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) {
		const counted = national ? ` with the Default Country Code ${countryCode}` : '';
		throw new PhoneListError(
			`${describe(text)} has ${digits.length} digits${counted}; a phone number is country code + area code + number (${MIN_DIGITS} to ${MAX_DIGITS} digits), e.g. ${PHONE_EXAMPLE}`,
		);
	}
	// Digits taken as international without + or 00: a number written the national way must not be
	// sent as another country's number.
	const bare = !international && !readAsNational;
	const form = bare ? nationalForm(text) : undefined;
	if (form) throw new PhoneListError(`${describe(text)} ${form}: ${advice(countryCode)}`);
	const problem = bare ? planProblem(digits) : undefined;
	if (problem) throw new PhoneListError(`${describe(text)} ${problem}: ${advice(countryCode)}`);
	return digits;
}

/**
 * Turns what the user gave into Z-API's form: digits only (country code first), `@lid` ids unchanged,
 * duplicates dropped with the first order kept. Accepts arrays (nested too), numbers, and text separated
 * by commas, semicolons or new lines. Throws a PhoneListError naming the first bad entry.
 */
export function parsePhoneList(input: unknown, countryCode = ''): string[] {
	const entries: unknown[] = [];
	flatten(input, entries);
	const phones = new Set<string>();
	for (const entry of entries) {
		const phone = normalizePhone(entry, countryCode);
		if (phone !== undefined) phones.add(phone);
	}
	return [...phones];
}

/** Digits of a phone as Z-API reports it (e.g. the connected number from /device). */
export function phoneDigits(value: unknown): string {
	return typeof value === 'string' || typeof value === 'number'
		? String(value).replace(/\D/g, '')
		: '';
}

// By the node's context (one per pass): the same text, e.g. typed-in Phones, is parsed once.
const parsedInPass = new WeakMap<object, Map<string, string[]>>();
const MAX_PARSED_IN_PASS = 20;

/** parsePhoneList, kept for the pass when `value` is text; a value that fails is parsed again. */
function parseOncePerPass(context: object, value: unknown, countryCode: string): string[] {
	if (typeof value !== 'string') return parsePhoneList(value, countryCode);
	let parsed = parsedInPass.get(context);
	if (!parsed) {
		parsed = new Map();
		parsedInPass.set(context, parsed);
	}
	const key = `${countryCode} ${value}`;
	let phones = parsed.get(key);
	if (!phones) {
		phones = parsePhoneList(value, countryCode);
		// An expression gives each item its own list: keeping them all would only take memory.
		if (parsed.size < MAX_PARSED_IN_PASS) parsed.set(key, phones);
	}
	return [...phones];
}

/**
 * The Phones parameter of the item, checked before any request: formatting removed, duplicates
 * dropped, errors naming the value. `needed` completes "give …" when none is given; `lid`, when set,
 * refuses WhatsApp private IDs (…@lid) and completes the message after "(@lid)".
 */
export async function readPhoneList(
	this: IExecuteFunctions,
	itemIndex: number,
	{ needed, lid }: { needed: string; lid?: string },
): Promise<string[]> {
	const value = readPassParameter<unknown>(this, 'phones', itemIndex);
	const countryCode = await readDefaultCountryCode.call(this, itemIndex);
	let phones: string[];
	try {
		phones = parseOncePerPass(this, value, countryCode);
	} catch (error) {
		throw inputError(this.getNode(), `Phones: ${(error as Error).message}`, itemIndex);
	}
	if (phones.length === 0) {
		throw inputError(
			this.getNode(),
			`Phones: no phone number given (got ${JSON.stringify(value) ?? 'nothing'}): give ${needed}, e.g. ${PHONE_EXAMPLE}`,
			itemIndex,
		);
	}
	const found = lid === undefined ? undefined : phones.find((phone) => /@lid$/i.test(phone));
	if (found) {
		throw inputError(
			this.getNode(),
			`Phones: "${found}" is a WhatsApp private ID (@lid)${lid}`,
			itemIndex,
		);
	}
	return phones;
}

/** The Phones parameter of Create and the participant operations. */
export function readPhonesParameter(
	this: IExecuteFunctions,
	itemIndex: number,
	lidIds: 'accepted' | 'refused',
): Promise<string[]> {
	return readPhoneList.call(this, itemIndex, {
		needed: 'at least one participant',
		lid:
			lidIds === 'refused'
				? ", which Z-API cannot add to a group: use the phone number, or send the group's invitation link instead"
				: undefined,
	});
}
