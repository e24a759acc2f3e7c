import { loadFixture, runWorkflow } from '../../helpers/engine';
const { startZApiDouble } = require('../../zapi-double/server');

test('smoke', async () => {
	const double = await startZApiDouble();
	const r = await runWorkflow(loadFixture('create-groups.workflow.json'), {
		zApiApi: { instanceId: double.config.instanceId, instanceToken: double.config.instanceToken, clientToken: '', baseUrl: double.url },
	});
	console.log(JSON.stringify(r.error), JSON.stringify(r.output(), null, 1), JSON.stringify(double.requests.map((x:any)=>[x.method,x.url,x.body]), null, 1));
	await double.close();
});
