/**
 * readPhoneList in a real run of the node: typed-in Phones are parsed once per pass of the node, a list
 * from an expression for each item, and every item still gets (and is checked with) its own copy.
 */
import * as numberingPlans from '../../../../nodes/ZApi/shared/numberingPlans';
import { CREATE_GROUP, runZApi, useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble();

const TYPED = '5511988887777, 5521988887777';
// From an expression, each item its own list.
const items = ['One', 'Two', 'Three', 'Four', 'Five'].map((name, i) => ({
	name,
	participants: `551198888777${i}, 5521988887777`,
	invite: true,
}));

async function checkedNumbers(parameters: typeof CREATE_GROUP) {
	// Each number taken as international without + is checked against the numbering plans once.
	const check = jest.spyOn(numberingPlans, 'planProblem');
	try {
		const result = await runZApi(double, { parameters, items });
		return { result, checks: check.mock.calls.length };
	} finally {
		check.mockRestore();
	}
}

test.each([
	{ case: 'typed in: parsed once for 5 items', phones: TYPED, checks: 2 },
	{ case: 'from an expression: parsed for each item', phones: CREATE_GROUP.phones, checks: 10 },
])('$case', async ({ phones, checks }) => {
	const typed = phones === TYPED;
	const { result, checks: counted } = await checkedNumbers({ ...CREATE_GROUP, phones });
	expect(counted).toBe(checks);
	expect(result.output()).toHaveLength(5);
	const sent = double.requests.filter((request) => request.endpoint === '/create-group');
	expect(sent.map((request) => request.body.phones)).toEqual(
		items.map((_, i) => [typed ? '5511988887777' : `551198888777${i}`, '5521988887777']),
	);
});

test('a list one item changes (the connected number left out) is not what the next item gets', async () => {
	const connected = double.config.connectedPhone;
	const { result } = await checkedNumbers({
		...CREATE_GROUP,
		phones: `${connected}, 5521988887777`,
	});
	expect(result.output().map((item) => item.json.phones)).toEqual(Array(5).fill(['5521988887777']));
});
