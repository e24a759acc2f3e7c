import { pending } from '../../shared/pending';

export const { description, toolDescription, execute } = pending('Check Numbers');
