/**
 * Runs before each test file, before n8n's modules load.
 * - n8n's logger at its most talkative, so that the secret scans read every line it writes.
 * - n8n's logger (winston's console transport) writes to `console._stdout` / `console._stderr` when they
 *   exist: give it streams that engine.ts can point at the current run (and that print otherwise).
 */
process.env.N8N_LOG_LEVEL = 'debug';

type Sink = ((text: string) => void) | undefined;
const state = globalThis as typeof globalThis & { __zApiLogSink?: Sink };

function stream(target: NodeJS.WriteStream) {
	return {
		write(text: string) {
			if (state.__zApiLogSink) state.__zApiLogSink(text);
			else target.write(text);
			return true;
		},
	};
}

Object.assign(console, { _stdout: stream(process.stdout), _stderr: stream(process.stderr) });
