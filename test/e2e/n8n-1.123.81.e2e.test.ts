import { createGroupSuite } from './createGroup.suite';

createGroupSuite('1.123.81');
