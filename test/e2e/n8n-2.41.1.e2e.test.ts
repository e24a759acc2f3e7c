import { createGroupSuite } from './createGroup.suite';

createGroupSuite('2.41.1');
