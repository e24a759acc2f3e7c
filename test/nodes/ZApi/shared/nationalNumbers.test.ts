import {
	BRAZIL_DDDS,
	foreignReading,
	isBrazilianNational,
	parseCountryCode,
	withCountryCode,
} from '../../../../nodes/ZApi/shared/nationalNumbers';

describe('parseCountryCode: the Default Country Code of the credential', () => {
	test.each<[unknown, string]>([
		['55', '55'],
		['+55', '55'],
		[' 55 ', '55'],
		['+ 55', '55'],
		['1', '1'],
		['351', '351'],
		[55, '55'],
		['', ''],
		['   ', ''],
		[undefined, ''],
		[null, ''],
	])('%j -> %j', (value, expected) => {
		expect(parseCountryCode(value)).toBe(expected);
	});

	test.each<[unknown, string]>([
		['5a', '"5a"'],
		['055', '"055"'],
		['0', '"0"'],
		['1234', '"1234"'],
		['+', '"+"'],
		['++55', '"++55"'],
		['55-11', '"55-11"'],
		['Brazil', '"Brazil"'],
		[5.5, '5.5'],
		[true, 'true'],
		[{ code: 55 }, '{"code":55}'],
	])('%j is refused, naming the credential field and the value', (value, named) => {
		expect(() => parseCountryCode(value)).toThrow(
			`Default Country Code (in the Z-API credential) must be a country calling code of 1 to 3 digits, e.g. 55 for Brazil, or empty (got ${named})`,
		);
	});
});

describe('isBrazilianNational', () => {
	test.each<[string, boolean]>([
		['11999998888', true], // São Paulo mobile
		['1133334444', true], // São Paulo landline
		['5133334444', true],
		['51987654321', true],
		['2012345678', false], // DDD 20 does not exist
		['10999998888', false],
		['11899998888', false], // 11 digits: the third must be 9
		['1113334444', false], // 10 digits: the third must be 2-9
		['119999988880', false],
		['5511999998888', false],
		['123456789', false],
	])('%j -> %p', (digits, expected) => {
		expect(isBrazilianNational(digits)).toBe(expected);
	});

	test('the DDD list is the real one: 67 area codes', () => {
		expect(BRAZIL_DDDS.size).toBe(67);
		for (const absent of ['10', '20', '23', '25', '26', '29', '30', '36', '39', '40', '50', '52']) {
			expect(BRAZIL_DDDS.has(absent)).toBe(false);
		}
	});
});

describe('withCountryCode: Brazil (55)', () => {
	test.each<[string, string, string]>([
		['São Paulo mobile', '11999998888', '5511999998888'],
		['São Paulo landline', '1133334444', '551133334444'],
		['Rio mobile', '21988887777', '5521988887777'],
		['trunk 0, mobile', '011999998888', '5511999998888'],
		['trunk 0, landline', '01133334444', '551133334444'],
		['trunk 0 and carrier code 21, mobile', '02111999998888', '5511999998888'],
		['trunk 0 and carrier code 15, landline', '0151133334444', '551133334444'],
		['trunk 0, Porto Alegre: the 0 says it is national', '051987654321', '5551987654321'],
		['already international, 13 digits', '5511999998888', '5511999998888'],
		['already international, 12 digits', '551133334444', '551133334444'],
		['US number from a Z-API output', '12125551234', '12125551234'],
		['Portugal number from a Z-API output', '351912345678', '351912345678'],
		['too short to be national: left for the length check', '123456', '123456'],
	])('%s: %j -> %j', (_name, digits, expected) => {
		expect(withCountryCode(digits, '55')).toEqual({ digits: expected });
	});

	test('Porto Alegre mobile 51987654321 is also Peru +51 987654321: both readings, no guess', () => {
		expect(withCountryCode('51987654321', '55')).toEqual({
			problem:
				'can be read two ways: as +55 51 98765-4321 (Brazil, the Default Country Code) or as +51 987654321 (Peru). Write it with its country code: +55 51 98765-4321 or +51 987654321',
		});
	});

	test('São Paulo 11999998888 is not a NANP number (+1 199…: no area code starts with 1)', () => {
		expect(foreignReading('11999998888')).toBeUndefined();
	});

	test('a foreign landline is no other reading: Joinville 4733334444 is not taken for +47 3333 4444', () => {
		expect(foreignReading('4733334444')).toBeUndefined();
	});

	test.each<[string, string]>([
		['51987654321', '+51 987654321 (Peru)'],
		['84912345678', '+84 912345678 (Vietnam)'],
		['79987654321', '+7 9987654321 (Russia)'],
	])('foreignReading(%j) is %j', (national, reading) => {
		expect(foreignReading(national)).toBe(reading);
	});

	test.each<string>(['0', '00800123', '08001234567', '0123', '0999998888'])(
		'%j starts with 0 but is no national number: refused',
		(digits) => {
			expect(withCountryCode(digits, '55')).toEqual({
				problem: expect.stringContaining(
					'starts with 0 but is not a Brazilian number in national form',
				),
			});
		},
	);
});

describe('withCountryCode: other country codes read only the trunk 0', () => {
	test.each<[string, string, string]>([
		['44', '07911123456', '447911123456'],
		['44', '447911123456', '447911123456'],
		['49', '030123456', '4930123456'],
		['351', '912345678', '912345678'], // no trunk 0: taken as international, as without a code
		['39', '0612345678', '390612345678'], // Italy keeps the 0
		['39', '3331234567', '3331234567'], // Italian mobiles have no 0: not recognised
		['1', '2125551234', '2125551234'], // US national numbers have no 0: not recognised
	])('%s: %j -> %j', (code, digits, expected) => {
		expect(withCountryCode(digits, code)).toEqual({ digits: expected });
	});
});
