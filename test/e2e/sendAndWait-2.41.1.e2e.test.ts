import { sendAndWaitSuite } from './sendAndWait.suite';

sendAndWaitSuite('2.41.1');
