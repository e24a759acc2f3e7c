'use strict';
/**
 * The benchmark's (d): the least an n8n node that creates one WhatsApp group per item, one request
 * after the other, must do under n8n's rules. It is what the Z-API node's Group → Create is compared
 * with, so it pays every cost that n8n imposes on such a node and nothing else:
 *   - the same credential type (zApiApi, from the installed n8n-nodes-z-api), read once per call of
 *     execute and handed to n8n's helper, as the Z-API node does (same decryption, same
 *     `authenticate` adding Client-Token);
 *   - per item, the same three parameters (Group Name, Phones, Auto Invite) read with
 *     getNodeParameter, so n8n evaluates the same `{{ }}` expression;
 *   - per item, one this.helpers.httpRequestWithAuthentication with the same URL, headers, body and
 *     options (json, returnFullResponse, ignoreHttpStatusErrors, timeout, disableFollowRedirect),
 *     awaited before the next;
 *   - one output item per input, with pairedItem, holding the same fields.
 * No validation beyond what keeps the bench honest (a failed create throws), no retry ledger, no
 * look-up of the connected number, no pacing. Plain JavaScript with no dependency; never published.
 */
const CREDENTIAL_TYPE = 'zApiApi';

class ZApiMinimal {
	constructor() {
		this.description = {
			displayName: 'Z-API Minimal (bench)',
			name: 'zApiMinimal',
			icon: 'fa:users',
			group: ['output'],
			version: 1,
			description: 'Benchmark fixture: Group → Create with nothing but what n8n requires',
			defaults: { name: 'Z-API Minimal' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: CREDENTIAL_TYPE, required: true }],
			properties: [
				{ displayName: 'Group Name', name: 'groupName', type: 'string', default: '' },
				{ displayName: 'Phones', name: 'phones', type: 'string', default: '' },
				{ displayName: 'Auto Invite', name: 'autoInvite', type: 'boolean', default: true },
			],
		};
	}

	async execute() {
		const items = this.getInputData();
		const { id, name } = this.getNode().credentials[CREDENTIAL_TYPE];
		const data = await this.getCredentials(CREDENTIAL_TYPE, 0);
		const credentialsDecrypted = { id, name, type: CREDENTIAL_TYPE, data };
		const text = (value) => String(value ?? '').trim();
		const base = (text(data.baseUrl) || 'https://api.z-api.io').replace(/\/+$/, '');
		const url = `${base}/instances/${encodeURIComponent(text(data.instanceId))}/token/${encodeURIComponent(text(data.instanceToken))}/create-group`;

		const returnData = [];
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const groupName = text(this.getNodeParameter('groupName', itemIndex));
			const phones = text(this.getNodeParameter('phones', itemIndex))
				.split(',')
				.map((phone) => phone.trim())
				.filter(Boolean);
			const autoInvite = this.getNodeParameter('autoInvite', itemIndex) === true;
			const response = await this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_TYPE,
				{
					method: 'POST',
					url,
					headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
					body: { groupName, phones, autoInvite },
					timeout: 30000,
					returnFullResponse: true,
					ignoreHttpStatusErrors: true,
					json: true,
					disableFollowRedirect: true,
				},
				{ credentialsDecrypted },
			);
			const answer = response.body;
			if (response.statusCode !== 200 || !answer || !answer.phone) {
				throw new Error(`create-group answered HTTP ${response.statusCode}`);
			}
			returnData.push({
				json: {
					phone: answer.phone,
					groupId: answer.phone,
					invitationLink: answer.invitationLink ?? null,
					phonesNotAdded: Array.isArray(answer.phonesNotAdded) ? answer.phonesNotAdded : [],
					groupName,
					phones,
				},
				pairedItem: { item: itemIndex },
			});
		}
		return [returnData];
	}
}

module.exports = { ZApiMinimal };
