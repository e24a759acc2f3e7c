'use strict';
/**
 * The flags of `npm run bench` for the trigger's parts (trigger.js, load.js), taken out of the
 * arguments before bench.js reads its own:
 *   --trigger-only          only the Z-API Trigger vs Webhook node comparison
 *   --no-trigger            skip that comparison
 *   --trigger-calls N       sequential calls per target and round (default 200; 50 with --rounds 1 or 2)
 *   --trigger-rounds R      rounds (default 5; --rounds when it is 1 or 2, as in CI's short run)
 *   --trigger-version V     the Z-API Trigger's typeVersion (default 2; 1 for workflows made before)
 *   --load                  only the load run (as `npm run bench:load`)
 *   --load-events N         events per target (default 3000)
 *   --load-rate R           events per second (default 50)
 *   --load-concurrency C    connections at most (default 1000)
 *   --load-first T          trigger (default) or webhook: which target takes the load first
 *   --n8n-env NAME=VALUE    an environment variable for that n8n (repeatable), e.g.
 *                           N8N_EXPRESSION_ENGINE=legacy to compare n8n's expression engines
 */
const FLAGS = {
	'--trigger-calls': 'calls',
	'--trigger-rounds': 'rounds',
	'--trigger-version': 'triggerVersion',
	'--load-events': 'events',
	'--load-rate': 'rate',
	'--load-concurrency': 'concurrency',
	'--load-first': 'first',
};

/** Resolves { rest (the other arguments), trigger options }; `fail(message)` on a bad value. */
function takeTriggerOptions(argv, fail) {
	const options = { only: false, skip: false, load: false, given: {}, env: {} };
	const rest = [];
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=');
		if (flag === '--trigger-only') options.only = true;
		else if (flag === '--no-trigger') options.skip = true;
		else if (flag === '--load') options.load = true;
		else if (flag === '--n8n-env') {
			const pair = argv[i].includes('=', flag.length + 1)
				? argv[i].slice(flag.length + 1)
				: argv[++i];
			const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(pair ?? '');
			if (!match) fail('--n8n-env takes NAME=VALUE');
			options.env[match[1]] = match[2];
		} else if (FLAGS[flag]) options.given[FLAGS[flag]] = inline ?? argv[++i];
		else rest.push(argv[i]);
	}
	const { given } = options;
	for (const [flag, name] of Object.entries(FLAGS)) {
		if (given[name] === undefined || ['triggerVersion', 'first'].includes(name)) continue;
		const value = Number(given[name]);
		if (!(value > 0) || (name !== 'rate' && !Number.isInteger(value)))
			fail(`${flag} must be a positive ${name === 'rate' ? 'number' : 'whole number'}`);
		given[name] = value;
	}
	if (given.triggerVersion !== undefined) {
		given.triggerVersion = Number(given.triggerVersion);
		if (![1, 2].includes(given.triggerVersion)) fail('--trigger-version must be 1 or 2');
	}
	if (given.first !== undefined && !['trigger', 'webhook'].includes(given.first))
		fail('--load-first must be trigger or webhook');
	if (options.only && options.load) fail('--trigger-only and --load are separate runs');
	return { rest, trigger: options };
}

/** The comparison's sizes: meaningful by default, small when bench runs only to check (CI). */
function comparisonSizes(trigger, benchRounds) {
	const short = benchRounds < 3;
	return {
		calls: trigger.given.calls ?? (short ? 50 : 200),
		rounds: trigger.given.rounds ?? (short ? benchRounds : 5),
		triggerVersion: trigger.given.triggerVersion ?? 2,
		startEnv: trigger.env,
	};
}

/** The load run's settings. */
function loadSettings(trigger) {
	const { events = 3000, rate = 50, concurrency = 1000, first = 'trigger' } = trigger.given;
	return { events, rate, concurrency, first, startEnv: trigger.env };
}

/** The command that reproduces a part, from its settings. */
function commandOf(part, settings, version, packageDir) {
	const env = Object.entries(settings.startEnv ?? {}).map(
		([name, value]) => ` --n8n-env ${name}=${value}`,
	);
	const n8n = ` --n8n ${version}${packageDir ? ` --package ${packageDir}` : ''}${env.join('')}`;
	if (part === 'load') {
		const { events, rate, concurrency, first } = settings;
		return `npm run bench:load -- --load-events ${events} --load-rate ${rate} --load-concurrency ${concurrency} --load-first ${first}${n8n}`;
	}
	const { calls, rounds, triggerVersion } = settings;
	return `npm run bench -- --trigger-only --trigger-calls ${calls} --trigger-rounds ${rounds} --trigger-version ${triggerVersion}${n8n}`;
}

module.exports = { takeTriggerOptions, comparisonSizes, loadSettings, commandOf };
