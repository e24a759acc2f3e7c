/**
 * The Status sends against every kind of failure the Z-API double can fake
 * (test/helpers/faultTable.ts; faultRunner.ts: what each cell checks). Each input item of the runner
 * stands for a group of the double: here, a status whose text or caption names it.
 */
import type { OperationRow } from '../../../helpers/faultRunner';
import { describeOperationFaults, useFaultDouble } from '../../../helpers/faultRunner';

const double = useFaultDouble();

const STATUS_MAY_HAVE_BEEN_POSTED =
	'The status may have been posted anyway: do not post it again, or it may show twice. Check your status in WhatsApp first.';
const text = (groupId: string) => ({ text: `News ${groupId}` });
const posted = () => ({ messageId: expect.any(String), zaapId: expect.any(String) });

const operations: OperationRow[] = [
	{
		name: 'Status → Send Text Status',
		parameters: { resource: 'status', operation: 'sendText', message: '={{ $json.text }}' },
		route: '/send-text-status',
		item: text,
		action: () => 'post a text status',
		done: posted,
		ifUncertain: STATUS_MAY_HAVE_BEEN_POSTED,
	},
	{
		name: 'Status → Send Image Status',
		parameters: {
			resource: 'status',
			operation: 'sendImage',
			mediaSource: 'url',
			image: 'https://example.com/photo.jpg',
			additionalFields: { caption: '={{ $json.text }}' },
		},
		route: '/send-image-status',
		item: text,
		action: () => 'post an image status',
		done: posted,
		ifUncertain: STATUS_MAY_HAVE_BEEN_POSTED,
	},
	{
		name: 'Status → Send Video Status',
		parameters: {
			resource: 'status',
			operation: 'sendVideo',
			mediaSource: 'url',
			video: 'https://example.com/clip.mp4',
			additionalFields: { caption: '={{ $json.text }}' },
		},
		route: '/send-video-status',
		item: text,
		action: () => 'post a video status',
		done: posted,
		ifUncertain: STATUS_MAY_HAVE_BEEN_POSTED,
	},
];

describeOperationFaults(double, operations);
