/**
 * webhook() through n8n-core's WebhookContext with each valid fixture and one documented field of
 * another type, or absent (properties, fixed seeds): every field events.ts, normalise.ts, replies.ts,
 * receivedMedia.ts, mediaFile.ts and filters.ts read. The event still starts, with a well-typed item;
 * only a wrong `type` may stop it, with a 200 "ignored" or a 400 (and Ignore API Messages, a
 * `fromApi: true` added where there was none).
 */
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import { EVERY_EVENT, FIXTURES, callEvery, expectAnswered, expectValidItem } from './answers';
import { anyJson } from './garbage';

const MEDIA: Record<string, string[]> = {
	image: ['imageUrl', 'mimeType', 'mimetype', 'fileName', 'caption', 'seconds', 'downloadError'],
	audio: ['audioUrl', 'ptt', 'seconds', 'mimeType', 'downloadError'],
	video: ['videoUrl', 'caption', 'seconds', 'mimeType', 'downloadError'],
	document: ['documentUrl', 'fileName', 'mimeType', 'caption', 'downloadError'],
	sticker: ['stickerUrl', 'mimeType', 'downloadError'],
};

/** Where the trigger reads a payload, as paths; nested ones apply where their parent is there. */
const DOCUMENTED: string[][] = [
	...[
		'type',
		'phone',
		'isGroup',
		'fromMe',
		'fromApi',
		'momment',
		'messageId',
		'ids',
		'chatName',
		'senderName',
		'participantPhone',
		'notification',
		'notificationParameters',
		'status',
		'referenceMessageId',
		'text',
		'pollVote',
		'buttonsResponseMessage',
		'listResponseMessage',
		...Object.keys(MEDIA),
	].map((field) => [field]),
	['ids', '0'],
	['notificationParameters', '0'],
	['text', 'message'],
	['pollVote', 'pollMessageId'],
	['pollVote', 'options'],
	['pollVote', 'options', '0'],
	['pollVote', 'options', '0', 'name'],
	['buttonsResponseMessage', 'buttonId'],
	['buttonsResponseMessage', 'message'],
	['listResponseMessage', 'selectedRowId'],
	['listResponseMessage', 'title'],
	['listResponseMessage', 'message'],
	...Object.entries(MEDIA).flatMap(([key, fields]) => fields.map((field) => [key, field])),
];

function parentOf(payload: IDataObject, path: string[]): Record<string, unknown> | undefined {
	let value: unknown = payload;
	for (const key of path.slice(0, -1)) {
		if (typeof value !== 'object' || value === null) return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return typeof value === 'object' && value !== null
		? (value as Record<string, unknown>)
		: undefined;
}

function kindOf(value: unknown): string {
	if (value === null) return 'null';
	return Array.isArray(value) ? 'array' : typeof value;
}

/** A deep copy of `payload` with the value at `path` replaced, or removed when undefined. */
function withValue(payload: IDataObject, path: string[], value: unknown): IDataObject {
	const copy = structuredClone(payload);
	const parent = parentOf(copy, path)!;
	const key = path[path.length - 1];
	if (value === undefined) delete parent[key];
	else parent[key] = value;
	return copy;
}

/** A fixture, one of its documented paths, and a value of another kind than the one there. */
const mutation = fc
	.constantFrom(...FIXTURES)
	.chain(([name, payload]) =>
		fc.tuple(
			fc.constant(name),
			fc.constant(payload),
			fc.constantFrom(...DOCUMENTED.filter((path) => parentOf(payload, path) !== undefined)),
		),
	)
	.chain(([name, payload, path]) => {
		const kind = kindOf(parentOf(payload, path)![path[path.length - 1]]);
		const value = fc.oneof(anyJson, fc.constant(undefined)).filter((v) => kindOf(v) !== kind);
		return fc.tuple(fc.constant(name), fc.constant(payload), fc.constant(path), value);
	});

describe('a documented field of another type, or absent', () => {
	it('still starts the event with a well-typed item; only a wrong type may stop it', async () => {
		await fc.assert(
			fc.asyncProperty(
				mutation,
				fc.constantFrom(1, 2),
				async ([, payload, path, value], typeVersion) => {
					const body = withValue(payload, path, value);
					// A URL that is no text: Download Media says why, and no request goes out.
					const download = /Url$/.test(path[path.length - 1]);
					// No fixture is sent through the API: only a fromApi added as true drops one.
					const parameters = {
						filters: { ignoreApiMessages: true },
						...(download ? { options: { downloadMedia: true } } : {}),
					};
					const result = await callEvery(body, {
						typeVersion,
						parameters: { ...EVERY_EVENT, ...parameters },
					});
					expectAnswered(result);
					if (path[0] === 'type') return;
					if (path[0] === 'fromApi' && value === true) {
						expect(result.answer).toEqual({
							message: 'Event ignored: sent through the API (Ignore API Messages)',
						});
						return;
					}
					expect(result.started).toBe(true);
					const [item] = result.items;
					expectValidItem(item);
					if (download) expect(item.mediaDownloadError).toEqual(expect.any(String));
				},
			),
			{ seed: 2310, numRuns: 3000 },
		);
	});
});
