/**
 * Limit Wait Time, as n8n's own send-and-wait nodes offer it: after an interval, or at a date and
 * time. The execution then resumes without an answer (its output is the node's input).
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { WAIT_INDEFINITELY } from 'n8n-workflow';

import { inputError } from '../nodeErrors';

const UNIT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

export const limitWaitTimeProperties: INodeProperties[] = [
	{
		displayName: 'Limit Wait Time',
		name: 'limitWaitTime',
		type: 'boolean',
		default: false,
		description:
			'Whether the workflow goes on without an answer after a while; then the output is the input of this node',
	},
	{
		displayName: 'Limit Type',
		name: 'limitType',
		type: 'options',
		default: 'afterTimeInterval',
		displayOptions: { show: { limitWaitTime: [true] } },
		options: [
			{
				name: 'After Time Interval',
				value: 'afterTimeInterval',
				description: 'Wait for a certain amount of time',
			},
			{
				name: 'At Specified Time',
				value: 'atSpecifiedTime',
				description: 'Wait until a date and time',
			},
		],
	},
	{
		displayName: 'Amount',
		name: 'resumeAmount',
		type: 'number',
		default: 45,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		displayOptions: { show: { limitWaitTime: [true], limitType: ['afterTimeInterval'] } },
		description: 'How long to wait for the answer',
	},
	{
		displayName: 'Unit',
		name: 'resumeUnit',
		type: 'options',
		default: 'minutes',
		displayOptions: { show: { limitWaitTime: [true], limitType: ['afterTimeInterval'] } },
		options: [
			{ name: 'Minutes', value: 'minutes' },
			{ name: 'Hours', value: 'hours' },
			{ name: 'Days', value: 'days' },
		],
	},
	{
		displayName: 'Max Date and Time',
		name: 'maxDateAndTime',
		type: 'dateTime',
		default: '',
		displayOptions: { show: { limitWaitTime: [true], limitType: ['atSpecifiedTime'] } },
		description: 'When the workflow goes on without an answer, e.g. 2026-12-24T18:00:00',
	},
];

/** When the wait ends without an answer: n8n's WAIT_INDEFINITELY when there is no limit. */
export function readWaitTill(this: IExecuteFunctions, itemIndex: number, now = Date.now()): Date {
	if (this.getNodeParameter('limitWaitTime', itemIndex, false) !== true) return WAIT_INDEFINITELY;
	if (this.getNodeParameter('limitType', itemIndex, 'afterTimeInterval') === 'atSpecifiedTime') {
		const value = this.getNodeParameter('maxDateAndTime', itemIndex, '') as unknown;
		const date = typeof value === 'string' && value.trim() !== '' ? new Date(value) : new Date(NaN);
		if (Number.isNaN(date.getTime())) {
			throw inputError(
				this.getNode(),
				`Max Date and Time is not a date (got ${JSON.stringify(value)}): give one such as 2026-12-24T18:00:00`,
				itemIndex,
			);
		}
		return date;
	}
	const amount = this.getNodeParameter('resumeAmount', itemIndex, 45) as unknown;
	const unit = this.getNodeParameter('resumeUnit', itemIndex, 'minutes') as keyof typeof UNIT_MS;
	if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || !UNIT_MS[unit]) {
		throw inputError(
			this.getNode(),
			`Amount must be a number of ${String(unit)} from 0 (got ${JSON.stringify(amount)})`,
			itemIndex,
		);
	}
	return new Date(now + amount * UNIT_MS[unit]);
}
