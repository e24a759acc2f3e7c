/**
 * The pieces of `npm run test:queue` that can be checked without n8n: the double's answer time per
 * route, the bounded loop of webhook calls, the CPU count per process group, and how part 3b picks
 * the inputs to run again and judges the re-runs.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { startZApiDouble } from '../zapi-double/server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { post } = require('../../scripts/queue/load');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { groupCpuMs } = require('../../scripts/queue/cpu');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const rerun = require('../../scripts/queue/rerun');
const { inputOf, inputsToRunAgain, expectedOutcomes, wrongOutputs } = rerun;

describe("the double's answerDelayMs", () => {
	it('answers every request to the route after the delay, and does the work', async () => {
		const double = await startZApiDouble({ answerDelayMs: { '/create-group': 300 } });
		try {
			const base = `${double.url}/instances/${double.config.instanceId}/token/${double.config.instanceToken}`;
			const create = () =>
				fetch(`${base}/create-group`, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify({ groupName: 'G', phones: ['5511988887777'], autoInvite: true }),
				});
			const started = Date.now();
			const answers = await Promise.all([create(), create()]);
			const elapsed = Date.now() - started;
			expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
			expect(elapsed).toBeGreaterThanOrEqual(290);
			const device = await fetch(`${base}/device`);
			expect(device.status).toBe(200);
			expect(double.count('/create-group')).toBe(2);
		} finally {
			await double.close();
		}
	});
});

describe('the bounded loop of webhook calls', () => {
	it('keeps at most `parallel` calls in flight and reports refused ones', async () => {
		let inFlight = 0;
		let most = 0;
		const server = http.createServer((req, res) => {
			inFlight += 1;
			most = Math.max(most, inFlight);
			req.resume();
			setTimeout(() => {
				inFlight -= 1;
				res.writeHead(req.url === '/refuse' ? 503 : 200);
				res.end('ok');
			}, 20);
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		try {
			const bodies = Array.from({ length: 30 }, (_, i) => ({ i }));
			const result = await post(`http://127.0.0.1:${port}/ok`, bodies, { parallel: 4 });
			expect(result).toEqual({ sent: 30, refused: [] });
			expect(most).toBeLessThanOrEqual(4);
			expect(most).toBeGreaterThan(1);
			const refused = await post(`http://127.0.0.1:${port}/refuse`, [{}], { parallel: 2 });
			expect(refused.refused).toEqual([{ index: 0, status: 503 }]);
		} finally {
			server.close();
		}
	});
});

describe('CPU per process group', () => {
	it('counts the CPU a detached child group used', async () => {
		const child = spawn(
			process.execPath,
			['-e', 'const end = Date.now() + 300; while (Date.now() < end);'],
			{ detached: true, stdio: 'ignore' },
		);
		await new Promise((resolve) => setTimeout(resolve, 250));
		const used = groupCpuMs(child.pid);
		await new Promise((resolve) => child.once('exit', resolve));
		expect(used).toBeGreaterThan(0);
	});
});

describe('part 3b: the executions that did not succeed, run again', () => {
	const body = (name: string) => ({ name, phones: ['5511910000000'] });
	const items = (json: object) => [{ data: { main: [[{ json }]] } }];
	const success = (name: string) => ({
		status: 'success',
		data: {
			resultData: {
				runData: {
					Webhook: items({ body: body(name) }),
					'Create Group': items({ groupName: name }),
				},
			},
		},
	});
	// A crashed execution as n8n may store it: the webhook's output still on the execution stack.
	const crashed = (name: string) => ({
		status: 'crashed',
		data: {
			resultData: { runData: {} },
			executionData: {
				nodeExecutionStack: [{ data: { main: [[{ json: { body: body(name) } }]] } }],
			},
		},
	});

	it("reads an execution's input from its run data, else from its execution stack", () => {
		expect(inputOf(success('a'))).toEqual(body('a'));
		expect(inputOf(crashed('b'))).toEqual(body('b'));
		expect(inputOf({ status: 'crashed' })).toBeUndefined();
	});

	it('sends again the inputs no successful execution output a group for', () => {
		const phase = {
			bodies: ['a', 'b', 'c', 'd'].map(body),
			runs: [success('a'), crashed('b'), success('c'), { status: 'error', data: undefined }],
		};
		expect(inputsToRunAgain(phase)).toEqual({ bodies: [body('b'), body('d')], recorded: ['b'] });
	});

	it('expects the existing group where a create had reached the double, and judges the outputs', () => {
		const outcomes = expectedOutcomes(['b', 'd'], [{ body: { groupName: 'b' } }]);
		expect([...outcomes]).toEqual([
			['b', 'existed'],
			['d', 'created'],
		]);
		const link = 'https://chat.whatsapp.com/X';
		const ids = new Map([
			['b', ['1-group']],
			['d', ['2-group']],
		]);
		const right = [
			{ groupName: 'd', groupId: '2-group', invitationLink: link, alreadyExisted: false },
			{ groupName: 'b', groupId: '1-group', invitationLink: link, alreadyExisted: true },
		];
		expect(wrongOutputs(right, outcomes, ids)).toEqual([]);
		expect(wrongOutputs([{ ...right[0], alreadyExisted: true }, undefined], outcomes, ids)).toEqual(
			['b: 0 outputs', 'd: alreadyExisted true, expected created'],
		);
		expect(wrongOutputs(right, outcomes, new Map([...ids, ['b', ['1-group', '3-group']]]))).toEqual(
			['b: groupId 1-group, the double has 1-group, 3-group'],
		);
	});
});
