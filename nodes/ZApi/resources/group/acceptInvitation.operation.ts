import { pending } from '../../shared/pending';

export const { description, execute } = pending('Accept Invitation');
