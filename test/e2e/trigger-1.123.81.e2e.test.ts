import { triggerSuite } from './trigger.suite';

triggerSuite('1.123.81');
