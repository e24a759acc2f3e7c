import { parseRawOutput } from '../../../scripts/n8n/instance';

// What `n8n execute --rawOutput` printed, cut down: at info level the JSON stands alone among log
// lines; at debug level it goes through n8n's logger (colours, a time and level before the "{", a
// file/function note after the "}").
const execution = { data: { resultData: { runData: { 'Create Group': [] } } }, status: 'success' };
const json = JSON.stringify(execution, null, 2);

describe('parseRawOutput', () => {
	it('finds the execution among info-level log lines', () => {
		const stdout = `n8n Task Broker ready on 127.0.0.1, port 5799\n${json}\nShutting down\n`;
		expect(parseRawOutput(stdout)).toEqual(execution);
	});

	it('finds the execution printed through the debug logger', () => {
		const [first, ...rest] = json.split('\n');
		const last = rest.pop();
		const stdout = [
			'05:22:18.100   \u001b[34mdebug\u001b[39m   Database connect',
			`05:22:19.700   \u001b[32minfo\u001b[39m    ${first}`,
			...rest,
			`${last} { "file": "base-command.js", "function": "log" }`,
			'05:22:19.763   debug   Database connection monitor stopped { "file": "db.js" }',
			'}',
		].join('\n');
		expect(parseRawOutput(stdout)).toEqual(execution);
	});

	it('gives undefined when n8n printed no execution', () => {
		expect(parseRawOutput('The workflow with the id "x" does not exist.\n')).toBeUndefined();
		expect(parseRawOutput('{\n  "cut": \n')).toBeUndefined();
	});
});
