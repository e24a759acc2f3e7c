/**
 * The channel picker's From List mode, `methods.listSearch.searchChannels`: what only it does (what
 * every picker does is in search.test.ts).
 */
import { ZApi } from '../../../../nodes/ZApi/ZApi.node';
import { PICKERS, listSearch } from '../../../helpers/listSearch';
import { useZApiDouble } from '../../../helpers/scenario';

const double = useZApiDouble({ clientToken: 'CLIENTTOKEN0001SECRET' });
const zApi = new ZApi();
const picker = PICKERS.find(({ method }) => method === 'searchChannels')!;

describe('the channel picker’s list (From List)', () => {
	test('every Channel ID field is a picker with From List and By ID', () => {
		const fields = zApi.description.properties.filter((property) => property.name === 'channelId');
		// Get Metadata, the 4 updates, Follow, Unfollow, Mute, Unmute and Delete.
		expect(fields).toHaveLength(10);
		for (const field of fields) {
			expect(field.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
		}
	});

	test('GET /newsletter, no body: each channel owned or followed as its name and its id', async () => {
		const news = double.addChannel({ name: 'Acme News' });
		const zapi = double.addChannel({ name: 'Z-API', role: 'SUBSCRIBER' });
		double.addChannel({ name: 'Not followed', role: 'SUBSCRIBER', followed: false });
		const result = await listSearch(double, picker);
		expect(result).toEqual({
			results: [
				{ name: picker.shown('Acme News', news), value: news },
				{ name: picker.shown('Z-API', zapi), value: zapi },
			],
		});
		expect(double.requests).toHaveLength(1);
		expect(double.requests[0]).toMatchObject({
			method: 'GET',
			endpoint: '/newsletter',
			rawBody: '',
		});
	});
});
