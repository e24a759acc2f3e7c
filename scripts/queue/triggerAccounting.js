'use strict';
/**
 * The trigger load's books: which event each execution in Postgres came from (the messageId the
 * trigger output), which participant each welcome at the double went to, and the timing figures.
 * An event is lost when no execution carries it, doubled when more than one does.
 */
const { countBy, nodeItems } = require('./checks');
const { spread } = require('./openLoop');

const TRIGGER_NODE = 'Participant Added';
const PARTICIPANT = /5544977\d{6}/g;

/** How many times each key occurs. */
function tally(keys) {
	const counts = new Map();
	for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
	return counts;
}

/** Lost, doubled and stray entries of `counts` against the `expected` keys. */
function books(expected, counts, { answered = () => true } = {}) {
	const wanted = new Set(expected);
	const lost = expected.filter((key) => !counts.has(key));
	return {
		lost: lost.length,
		// Lost although the main answered 2xx: the sender (Z-API) was told all was well.
		lostSilently: lost.filter(answered).length,
		doubled: expected.filter((key) => counts.get(key) > 1).length,
		strays: [...counts.keys()].filter((key) => !wanted.has(key)).length,
	};
}

/**
 * events: triggerEvents(); records: openLoop's; runs: executions with their data; sends: the
 * double's /send-text requests. Resolves the figures the checks and the summary line use.
 */
function account({ events, records, runs, sends }) {
	const passing = events.filter((event) => event.passes);
	const messageIdOf = (run) =>
		nodeItems(run, TRIGGER_NODE)[0]?.json?.messageId ?? `(none: ${run.id})`;
	const perEvent = tally(runs.map(messageIdOf));
	const ok = (status) => status >= 200 && status < 300;
	const statusOf = new Map(events.map((event, i) => [event.messageId, records[i].status]));
	const executions = books(
		passing.map((event) => event.messageId),
		perEvent,
		{ answered: (messageId) => ok(statusOf.get(messageId)) },
	);
	const perParticipant = tally(sends.flatMap((send) => send.body.message.match(PARTICIPANT) ?? []));
	const welcomes = books(
		passing.map((event) => event.phone),
		perParticipant,
	);
	const dueAt = new Map(events.map((event, i) => [event.messageId, records[i].dueAt]));
	const done = runs.filter((run) => run.stoppedAt);
	const firstCreated = Math.min(...runs.map((run) => run.createdAt));
	const lastStopped = Math.max(...done.map((run) => run.stoppedAt));
	const sentSpan = records.at(-1).sentAt - records[0].sentAt;
	return {
		sent: records.length,
		passing: passing.length,
		statuses: countBy(records.map((record) => record.status)),
		answered2xx: records.filter((r) => ok(r.status)).length,
		executions: { count: runs.length, ...executions, statuses: countBy(runs.map((r) => r.status)) },
		welcomes: { count: sends.length, ...welcomes },
		sendRate: sentSpan > 0 ? ((records.length - 1) * 1000) / sentSpan : NaN,
		senderLateMs: Math.max(...records.map((record) => record.sentAt - record.dueAt)),
		answerMs: records.map((record) => record.answeredAt - record.dueAt),
		executionRate: (1000 * done.length) / Math.max(lastStopped - firstCreated, 1),
		finishedMs: done
			.filter((run) => dueAt.has(messageIdOf(run)))
			.map((run) => run.stoppedAt - dueAt.get(messageIdOf(run))),
		queuedMs: done.map((run) => run.startedAt - run.createdAt),
		// From the last event that starts an execution (a dropped text may come after it).
		drainMs: lastStopped - Math.max(...passing.map((event) => dueAt.get(event.messageId))),
	};
}

/** The figures, one line: what the brief of issue 23 asks to see. */
function summary(books, rate) {
	const { executions: ex, welcomes } = books;
	return (
		`trigger load: sent ${books.sent} (${books.passing} pass the filter) at ${books.sendRate.toFixed(1)}/s ` +
		`(asked ${rate}/s, sender at most ${books.senderLateMs} ms late), answered 2xx ${books.answered2xx} ` +
		`${JSON.stringify(books.statuses)}, ` +
		`executions ${ex.count} ${JSON.stringify(ex.statuses)} (lost ${ex.lost}, of them answered 2xx ` +
		`${ex.lostSilently}; doubled ${ex.doubled}, stray ${ex.strays}), ` +
		`welcomes ${welcomes.count} (lost ${welcomes.lost}, doubled ${welcomes.doubled}); ` +
		`answer ${spread(books.answerMs)}; executions ${books.executionRate.toFixed(1)}/s, ` +
		`event to execution finished ${spread(books.finishedMs)}, waiting in the queue ` +
		`${spread(books.queuedMs)}, the last finished ${(books.drainMs / 1000).toFixed(1)} s after its event was due`
	);
}

module.exports = { account, summary, TRIGGER_NODE };
