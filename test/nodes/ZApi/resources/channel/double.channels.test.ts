/**
 * The double's channels (test/zapi-double/channels.js) refuse what Z-API's pages do not document, so
 * that a request the node got wrong fails the engine tests instead of passing.
 */
import { useZApiDouble } from '../../../../helpers/scenario';

const double = useZApiDouble();

async function call(method: string, endpoint: string, body?: unknown) {
	const { instanceId, instanceToken } = double.config;
	const response = await fetch(
		`${double.url}/instances/${instanceId}/token/${instanceToken}${endpoint}`,
		{
			method,
			headers: { 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		},
	);
	return [response.status, await response.json()];
}

test.each([
	['POST', '/create-newsletter', { name: 'A', picture: 'x' }, 'unknown fields: picture'],
	['POST', '/create-newsletter', { description: 'A' }, 'name is required'],
	[
		'POST',
		'/search-newsletter',
		{ limit: '50', filters: { countryCodes: ['BR'] } },
		'limit must be number',
	],
	[
		'POST',
		'/search-newsletter',
		{ limit: 5, filters: { countryCodes: ['BR'], text: 'x' } },
		'unknown filters: text',
	],
	['PUT', '/follow-newsletter', { id: 'X', phone: '1' }, 'unknown fields: phone'],
	['POST', '/update-newsletter-picture', { id: 'X', picture: 'x' }, 'pictureUrl is required'],
	[
		'POST',
		'/newsletter/settings/1@newsletter',
		{ id: 'x', reactionCodes: 'all' },
		'unknown fields: id',
	],
])('%s %s %j is refused: %s', async (method, endpoint, body, error) => {
	expect(await call(method, endpoint, body)).toEqual([400, { error }]);
});

test('a method Z-API does not document for the path is refused (405)', async () => {
	const [status] = await call('POST', '/follow-newsletter', { id: '1@newsletter' });
	expect(status).toBe(405);
});

test('an unknown channel: 400 with an error text (Z-API documents no answer)', async () => {
	expect(await call('GET', '/newsletter/metadata/120363000000000000@newsletter')).toEqual([
		400,
		{ error: 'Newsletter not found' },
	]);
});
