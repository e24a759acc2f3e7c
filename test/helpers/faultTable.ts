/**
 * Every kind of failure the Z-API double can fake, and what the node must make of each: the exact
 * message, the description, the HTTP code, and whether the request may have done its work. The tests
 * that run every operation against it: faultRunner.ts.
 */
import type { Fault } from './scenario';

/** The Client Token of the double the fault tests run against (one row echoes it). */
export const CLIENT_TOKEN = 'CLIENTSECRET42';
/**
 * The node's Timeout option in the fault tests. Every request of every cell must be answered within
 * it: at 300 ms a CI machine busy with the background n8n installs let a request time out before the
 * double (in the same process) took it, and the late request then used the next cell's fault.
 */
export const TIMEOUT_MS = 1500;

export interface FaultRow {
	name: string;
	/** What the double does with the request; none for a refused connection (nothing listens). */
	fault?: Fault;
	/** The exact message; `{action}` is the operation's words, `{host}` the Base URL's host. */
	message: string;
	description: RegExp;
	httpCode?: string;
	/** The request may have reached Z-API and made its change: the description says to check. */
	uncertain: boolean;
}

export const faults: FaultRow[] = [
	{
		name: '400 with Z-API error text',
		fault: { status: 400, body: { error: 'Invalid request body' } },
		message: 'Z-API rejected the request (HTTP 400) when trying to {action}: Invalid request body',
		description: /^Z-API found the request invalid/,
		httpCode: '400',
		uncertain: false,
	},
	{
		name: '400 whose text echoes the tokens and the URL',
		fault: {
			status: 400,
			body: {
				error: `bad TESTTOKEN0001SECRET and ${CLIENT_TOKEN} at /instances/TESTINSTANCE0001/token/TESTTOKEN0001SECRET/x`,
			},
		},
		message:
			'Z-API rejected the request (HTTP 400) when trying to {action}: bad *** and *** at /instances/TESTINSTANCE0001/token/***/x',
		description: /^Z-API found the request invalid/,
		httpCode: '400',
		uncertain: false,
	},
	{
		name: '401',
		fault: { status: 401, body: { error: 'Unauthorized' } },
		message: 'Z-API rejected the request (HTTP 401) when trying to {action}: Unauthorized',
		description: /^Check the Instance ID and Instance Token .*Client Token/,
		httpCode: '401',
		uncertain: false,
	},
	{
		name: '429 with Retry-After',
		fault: { status: 429, body: { error: 'Too many requests' }, headers: { 'Retry-After': '30' } },
		message: 'Z-API rejected the request (HTTP 429) when trying to {action}: Too many requests',
		description: /limiting the rate.*wait 30 seconds/,
		httpCode: '429',
		uncertain: false,
	},
	{
		name: '500',
		fault: { status: 500, body: { error: 'Internal error' } },
		message: 'Z-API failed (HTTP 500) when trying to {action}: Internal error',
		description: /^Z-API had a problem on its side\./,
		httpCode: '500',
		uncertain: true,
	},
	{
		name: '502 with an HTML page',
		fault: { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
		message: 'Z-API answered with an HTML page instead of JSON (HTTP 502) when trying to {action}',
		description: /proxy, a maintenance page or a wrong Base URL/,
		httpCode: '502',
		uncertain: true,
	},
	{
		// Followed, it would reach the double a second time: a second group, a second message.
		name: '307 redirect to the same address (the instance token in its Location)',
		fault: { status: 307, headers: (request) => ({ Location: request.url ?? '/' }), body: {} },
		message:
			'Z-API answered with a redirect (HTTP 307) instead of an answer when trying to {action}',
		description: /^Nothing was done\. The node does not follow redirects/,
		httpCode: '307',
		uncertain: false,
	},
	{
		name: '200 with {"error": …}',
		fault: { status: 200, body: { error: 'Phone is invalid' } },
		message: 'Z-API could not {action}: Phone is invalid',
		description: /^Z-API reported an error in a successful answer/,
		httpCode: '200',
		uncertain: false,
	},
	{
		// Z-API documents these words on GET /status; it does not document the status code elsewhere.
		name: 'WhatsApp disconnected ("You are not connected", 400)',
		fault: { status: 400, body: { error: 'You are not connected' } },
		message:
			'Z-API could not {action}: WhatsApp is not connected to the Z-API instance (Z-API said "You are not connected")',
		description: /^Nothing was sent\. Open the Z-API panel .*scan the QR code/,
		httpCode: '400',
		uncertain: false,
	},
	{
		name: 'WhatsApp disconnected ("You need to restore the session", 200)',
		fault: { status: 200, body: { error: 'You need to restore the session' } },
		message:
			'Z-API could not {action}: WhatsApp is not connected to the Z-API instance (Z-API said "You need to restore the session")',
		description: /^Nothing was sent\. Open the Z-API panel .*scan the QR code/,
		httpCode: '200',
		uncertain: false,
	},
	{
		name: '200 with a body that is not JSON',
		fault: { status: 200, body: 'OK', contentType: 'text/plain' },
		message: 'Z-API answered without the expected data when trying to {action}',
		description: /^The answer was not the JSON Z-API documents\./,
		httpCode: '200',
		uncertain: true,
	},
	{
		name: 'connection reset before Z-API answered',
		fault: { reset: 'before' },
		message: 'The connection to Z-API at {host} broke before it answered when trying to {action}',
		description: /^The connection was closed or reset/,
		uncertain: true,
	},
	{
		name: 'connection reset after Z-API did the work',
		fault: { reset: 'after' },
		message: 'The connection to Z-API at {host} broke before it answered when trying to {action}',
		description: /^The connection was closed or reset/,
		uncertain: true,
	},
	{
		name: `no answer within the node's Timeout (${TIMEOUT_MS} ms)`,
		fault: { hang: true },
		message: `Z-API did not answer within ${TIMEOUT_MS} ms when trying to {action}`,
		description: /^Z-API may be slow or unreachable\. You can raise the node's Timeout option\./,
		uncertain: true,
	},
	{
		name: 'connection refused',
		message: 'Could not connect to Z-API at {host} to {action}',
		description: /refused or the host was not found, so nothing was sent/,
		uncertain: false,
	},
];
