/**
 * webhook() through n8n-core's WebhookContext with any query (properties, fixed seeds): the secret
 * missing, repeated, empty, wrong, beside other parameters, in any unicode. Only the exact secret
 * starts an execution, of exactly one item. Every form in SECRET_FORMS is tried.
 */
import fc from 'fast-check';

import { EVERY_EVENT, callEvery } from './answers';
import { SECRET, call } from './calls';
import { anyText, fixture, secretForm } from './garbage';

describe('the query', () => {
	/** Values a secret parameter takes: wrong in every way short of the exact text. */
	function wrongSecrets(secret: string) {
		return fc.oneof(
			fc.constantFrom(
				'',
				' ',
				secret.toUpperCase(),
				` ${secret}`,
				`${secret} `,
				`${secret}\u0000`,
				secret.slice(1),
				`${secret}0`,
				encodeURIComponent(`${secret}&`),
				secret.normalize('NFD') === secret ? `${secret}\u0301` : secret.normalize('NFD'),
				[secret, secret],
				[secret],
				{ secret },
				{ 0: secret },
				Number.NaN,
				true,
			),
			anyText,
			fc.array(anyText, { minLength: 1, maxLength: 3 }),
			fc
				.nat({ max: secret.length - 1 })
				.chain((at) =>
					anyText.map((text) => `${secret.slice(0, at)}${text}${secret.slice(at + 1)}`),
				),
		);
	}
	const extraQuery = fc.dictionary(
		fc.oneof(anyText, fc.constantFrom('Secret', 'SECRET', 'secret ', 'secret[]', 'token')),
		fc.oneof(anyText, fc.constant(SECRET), fc.array(anyText, { maxLength: 2 })),
		{ maxKeys: 4 },
	);

	it('an execution only with the exact secret; then exactly one item', async () => {
		const secretValue = fc.oneof(
			{ weight: 1, arbitrary: fc.constant<unknown>(SECRET) },
			{ weight: 3, arbitrary: wrongSecrets(SECRET) },
		);
		await fc.assert(
			fc.asyncProperty(
				fixture,
				fc.option(secretValue),
				extraQuery,
				secretForm,
				async (payload, given, extra, form) => {
					const { secret: _dropped, ...others } = extra;
					const where = given === null ? { query: others } : form(given, others);
					const result = await callEvery(payload, where);
					const exact = typeof given === 'string' && given === SECRET;
					expect(result.started).toBe(exact);
					if (exact) expect(result.items).toHaveLength(1);
					else expect(result.status).toBe(401);
				},
			),
			{ seed: 2308, numRuns: 1500 },
		);
	});

	it('Register the Webhook Myself: only the Secret as written, trimmed, starts', async () => {
		const manualSecret = fc
			.string({ unit: 'binary', minLength: 1, maxLength: 40 })
			.filter((secret) => secret.trim() !== '');
		await fc.assert(
			fc.asyncProperty(
				manualSecret.chain((secret) =>
					fc.tuple(fc.constant(secret), fc.option(wrongSecrets(secret.trim()))),
				),
				fixture,
				secretForm,
				async ([secret, wrong], payload, form) => {
					const parameters = { ...EVERY_EVENT, registration: 'manual', manualSecret: secret };
					fc.pre(wrong !== secret.trim());
					const refused = await call(parameters, payload, {
						staticData: {},
						...(wrong === null ? { query: {} } : form(wrong)),
					});
					expect(refused).toMatchObject({ status: 401, started: false });
					const accepted = await call(parameters, payload, {
						staticData: {},
						...form(secret.trim()),
					});
					expect(accepted.items).toHaveLength(1);
				},
			),
			{ seed: 2309, numRuns: 500 },
		);
	});
});
