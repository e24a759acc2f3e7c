import { pending } from '../../shared/pending';

export const { description, execute } = pending('Approve Membership Requests');
