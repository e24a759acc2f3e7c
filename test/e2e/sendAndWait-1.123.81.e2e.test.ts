import { sendAndWaitSuite } from './sendAndWait.suite';

sendAndWaitSuite('1.123.81');
