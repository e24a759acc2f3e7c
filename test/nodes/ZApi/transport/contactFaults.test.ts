/**
 * The contact operations (beyond Check Numbers, in otherFaults.test.ts) against every kind of failure
 * the Z-API double can fake (test/helpers/faultTable.ts; faultRunner.ts: what each cell checks).
 */
import type { OperationRow } from '../../../helpers/faultRunner';
import { MEMBER, describeOperationFaults, useFaultDouble } from '../../../helpers/faultRunner';

const double = useFaultDouble();

/** Each input item names MEMBER, a contact the double knows. */
const PHONE = { phone: '={{ $json.phone }}' };
const member = () => ({ phone: MEMBER });
const saveMember = () => {
	double.config.contacts = [{ phone: MEMBER, name: 'Member', imgUrl: 'https://example.com/m.jpg' }];
};

const operations: OperationRow[] = [
	{
		name: 'Contact → Get Many',
		parameters: { resource: 'contact', operation: 'getMany', limit: 1 },
		route: '/contacts',
		prepare: saveMember,
		action: () => 'list the contacts (page 1)',
		done: () => ({ phone: MEMBER }),
		reads: true,
	},
	{
		name: 'Contact → Get Metadata',
		parameters: { resource: 'contact', operation: 'getMetadata', ...PHONE },
		route: '/contacts/:phone',
		item: member,
		prepare: saveMember,
		action: () => `read the metadata of the contact ${MEMBER}`,
		done: () => ({ phone: MEMBER, name: 'Member' }),
		reads: true,
	},
	{
		// The answer is read by its own rule (a list with one { link }, or the object).
		name: 'Contact → Get Profile Picture',
		parameters: { resource: 'contact', operation: 'getProfilePicture', ...PHONE },
		route: '/profile-picture',
		item: member,
		prepare: saveMember,
		action: () => `get the profile picture of the contact ${MEMBER}`,
		done: () => ({ phone: MEMBER, link: 'https://example.com/m.jpg' }),
		reads: true,
	},
	{
		name: 'Contact → Block',
		parameters: { resource: 'contact', operation: 'block', ...PHONE },
		route: '/contacts/modify-blocked',
		item: member,
		action: () => `block the contact ${MEMBER}`,
		done: () => ({ phone: MEMBER, blocked: true }),
		ifUncertain:
			'The contact may have been blocked anyway; doing it again changes nothing, so you can run this again.',
	},
	{
		name: 'Contact → Unblock',
		parameters: { resource: 'contact', operation: 'unblock', ...PHONE },
		route: '/contacts/modify-blocked',
		item: member,
		action: () => `unblock the contact ${MEMBER}`,
		done: () => ({ phone: MEMBER, unblocked: true }),
		ifUncertain:
			'The contact may have been unblocked anyway; doing it again changes nothing, so you can run this again.',
	},
	{
		// A JSON list as the body.
		name: 'Contact → Add',
		parameters: {
			resource: 'contact',
			operation: 'add',
			contacts: { contact: [{ firstName: 'Member', phone: MEMBER }] },
		},
		route: '/contacts/add',
		action: () => `add ${MEMBER} to the phone's contacts`,
		done: () => ({ phones: [MEMBER], added: true }),
		ifUncertain:
			"The contacts may have been added anyway: check the phone's contacts before you run this again.",
	},
	{
		// A DELETE with a JSON list as the body.
		name: 'Contact → Remove',
		parameters: { resource: 'contact', operation: 'remove', phones: MEMBER },
		route: '/contacts/remove',
		prepare: saveMember,
		action: () => `remove ${MEMBER} from the phone's contacts`,
		done: () => ({ phones: [MEMBER], removed: true }),
		ifUncertain:
			'The contacts may have been removed anyway; removing them again changes nothing, so you can run this again.',
	},
];

describeOperationFaults(double, operations);
