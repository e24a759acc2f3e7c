/**
 * The pieces of the trigger's bench (`npm run bench`, `npm run bench:load`) that can be checked
 * without n8n: its flags and the command it prints, percentiles, a process's CPU time, the poster.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const options = require('../../../scripts/bench/trigger-options');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createPoster, cpuMs, percentile } = require('../../../scripts/bench/trigger-http');

const fail = (message: string) => {
	throw new Error(message);
};
const take = (argv: string[]) => options.takeTriggerOptions(argv, fail);

describe('the trigger flags of npm run bench', () => {
	it('leaves the other flags to bench.js, in order', () => {
		const { rest } = take(['--items', '20', '--trigger-calls', '7', '--rounds', '1', '--profile']);
		expect(rest).toEqual(['--items', '20', '--rounds', '1', '--profile']);
	});

	it.each([
		['CI: --rounds 1, no trigger flag', [], 1, { calls: 50, rounds: 1, triggerVersion: 2 }],
		['--rounds 2', [], 2, { calls: 50, rounds: 2, triggerVersion: 2 }],
		['the default run (--rounds 3)', [], 3, { calls: 200, rounds: 5, triggerVersion: 2 }],
		[
			'given sizes win',
			['--trigger-calls=9', '--trigger-rounds', '4', '--trigger-version', '1'],
			1,
			{ calls: 9, rounds: 4, triggerVersion: 1 },
		],
	])('sizes the comparison: %s', (_name, argv, benchRounds, expected) => {
		expect(options.comparisonSizes(take(argv).trigger, benchRounds)).toMatchObject(expected);
	});

	it.each([
		[['--trigger-calls', '0'], '--trigger-calls must be a positive whole number'],
		[['--trigger-rounds', '1.5'], '--trigger-rounds must be a positive whole number'],
		[['--load-rate', 'fast'], '--load-rate must be a positive number'],
		[['--trigger-version', '3'], '--trigger-version must be 1 or 2'],
		[['--load-first', 'both'], '--load-first must be trigger or webhook'],
		[['--n8n-env', 'lower=1'], '--n8n-env takes NAME=VALUE'],
		[['--trigger-only', '--load'], '--trigger-only and --load are separate runs'],
	])('refuses %j', (argv, message) => {
		expect(() => take(argv)).toThrow(message);
	});

	it('prints commands that give back the same settings', () => {
		const argv = ['--load', '--load-events', '300', '--load-rate', '25', '--n8n-env', 'A_B=c=d'];
		const { trigger } = take(argv);
		const command = options.commandOf('load', options.loadSettings(trigger), '2.41.1');
		expect(command).toBe(
			'npm run bench:load -- --load-events 300 --load-rate 25 --load-concurrency 1000 --load-first trigger --n8n 2.41.1 --n8n-env A_B=c=d',
		);
		const again = take(
			command
				.split(' -- ')[1]
				.split(' ')
				.filter((arg: string) => arg !== '--n8n'),
		);
		expect(options.loadSettings(again.trigger)).toEqual(options.loadSettings(trigger));
	});
});

describe('percentile', () => {
	it.each([
		['5 values, unsorted', [5, 1, 4, 2, 3], 50, 3],
		['5 values, unsorted', [5, 1, 4, 2, 3], 95, 5],
		['1 to 100', Array.from({ length: 100 }, (_, i) => i + 1), 95, 95],
		['one value', [7], 50, 7],
	])('of %s at %i (nearest rank)', (_name, values, p, expected) => {
		expect(percentile(values, p)).toBe(expected);
	});
});

describe('cpuMs', () => {
	it("follows this process's CPU time as Node counts it (to /proc's 10 ms ticks)", () => {
		const before = cpuMs(process.pid);
		const start = process.cpuUsage();
		// Busy until 150 ms of CPU are used, however long a loaded machine takes to give them.
		while (process.cpuUsage(start).user < 150000) Math.sqrt(Math.random());
		const used = process.cpuUsage(start);
		const measured = cpuMs(process.pid) - before;
		expect(Math.abs(measured - (used.user + used.system) / 1000)).toBeLessThanOrEqual(30);
	});
});

describe('createPoster', () => {
	it('posts JSON and resolves the status; 0 and the error code when nothing answers', async () => {
		const bodies: string[] = [];
		const server = http.createServer((request, response) => {
			let body = '';
			request.on('data', (chunk) => (body += chunk));
			request.on('end', () => {
				bodies.push(`${request.headers['content-type']} ${body}`);
				response.writeHead(body.includes('bad') ? 400 : 200).end('{}');
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
		const poster = createPoster(2);
		try {
			expect((await poster.post(url, { a: 1 })).status).toBe(200);
			expect((await poster.post(url, '{"bad":1}')).status).toBe(400);
			expect(bodies).toEqual(['application/json {"a":1}', 'application/json {"bad":1}']);
		} finally {
			poster.close();
			await new Promise((resolve) => server.close(resolve));
		}
		const refused = await createPoster(1).post(url, {});
		expect(refused).toMatchObject({ status: 0, error: 'ECONNREFUSED' });
	});
});
