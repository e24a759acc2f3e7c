/**
 * The instance's profile and call settings against every kind of failure the Z-API double can fake
 * (test/helpers/faultTable.ts; faultRunner.ts: what each cell checks). The other instance operations
 * are in otherFaults.test.ts.
 */
import type { OperationRow } from '../../../helpers/faultRunner';
import { describeOperationFaults, useFaultDouble } from '../../../helpers/faultRunner';

const double = useFaultDouble();

const LOGO = 'https://example.com/logo.png';
const mayHaveChanged = (what: string) =>
	`${what} may have been changed anyway; setting it again changes nothing, so you can run this again.`;

const operations: OperationRow[] = [
	{
		name: 'Instance → Update Profile Name',
		parameters: { resource: 'instance', operation: 'updateProfileName', profileName: 'Acme' },
		route: '/profile-name',
		action: () => 'update the profile name',
		done: () => ({ profileName: 'Acme', updated: true }),
		ifUncertain: mayHaveChanged('The profile name'),
	},
	{
		name: 'Instance → Update Profile Description',
		parameters: {
			resource: 'instance',
			operation: 'updateProfileDescription',
			profileDescription: 'Open 9 to 6',
		},
		route: '/profile-description',
		action: () => 'update the profile description',
		done: () => ({ profileDescription: 'Open 9 to 6', updated: true }),
		ifUncertain: mayHaveChanged('The profile description'),
	},
	{
		name: 'Instance → Update Profile Picture',
		parameters: { resource: 'instance', operation: 'updateProfilePicture', pictureUrl: LOGO },
		route: '/profile-picture',
		action: () => 'update the profile picture',
		done: () => ({ pictureUrl: LOGO, updated: true }),
		ifUncertain: mayHaveChanged('The profile picture'),
	},
	{
		name: 'Instance → Set Call Reject',
		parameters: { resource: 'instance', operation: 'setCallReject', rejectCalls: false },
		route: '/update-call-reject-auto',
		action: () => 'turn off the rejection of calls',
		done: () => ({ rejectCalls: false, updated: true }),
		ifUncertain: mayHaveChanged('The rejection of calls'),
	},
	{
		name: 'Instance → Set Call Reject Message',
		parameters: {
			resource: 'instance',
			operation: 'setCallRejectMessage',
			callRejectMessage: 'No calls, please.',
		},
		route: '/update-call-reject-message',
		action: () => 'set the message sent after a rejected call',
		done: () => ({ callRejectMessage: 'No calls, please.', updated: true }),
		ifUncertain: mayHaveChanged('The call reject message'),
	},
];

describeOperationFaults(double, operations);
