import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupIdField, readGroupIdParameter } from '../../shared/groupId';
import { inputError } from '../../shared/nodeErrors';
import type { OperationContext } from '../../shared/operation';
import { photoFromBase64, photoFromBinary, photoFromUrl } from '../../shared/photo';
import { zApiRequestValueTrue } from '../../shared/valueTrue';

type PhotoSource = 'url' | 'base64' | 'binary';

const showForSource = (source: PhotoSource) => ({ show: { photoSource: [source] } });

const properties: INodeProperties[] = [
	groupIdField,
	{
		displayName: 'Photo Source',
		name: 'photoSource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Base64',
				value: 'base64',
				description: 'Image data as Base64 text or a data URL',
			},
			{
				name: 'Binary File',
				value: 'binary',
				description: 'An image file from an earlier node (HTTP Request, Read File…)',
			},
			{ name: 'URL', value: 'url', description: 'The public address of an image' },
		],
		default: 'url',
		description: 'Where the new group photo comes from',
	},
	{
		displayName: 'Photo URL',
		name: 'groupPhoto',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/logo.png',
		description:
			'The public http(s) address of the image. Z-API downloads it, so it must be reachable from the internet.',
		displayOptions: showForSource('url'),
	},
	{
		displayName: 'Photo Base64',
		name: 'groupPhoto',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. data:image/png;base64,iVBORw0KGgoAAAANSUhEUg…',
		description:
			'The image as a data URL (data:image/png;base64,…) or as bare Base64 text. Line breaks in it are removed.',
		displayOptions: showForSource('base64'),
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		placeholder: 'e.g. data',
		description:
			'The name of the binary field of the input item that holds the image (JPEG or PNG). Nodes that read or download files usually put them in data.',
		displayOptions: showForSource('binary'),
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['updatePhoto'] } },
	properties,
);

/** Reads a photo parameter, turning a problem into an input error that names the field. */
async function read(
	this: IExecuteFunctions,
	itemIndex: number,
	field: string,
	parameter: string,
	parse: (value: unknown) => string | Promise<string>,
): Promise<string> {
	try {
		return await parse(this.getNodeParameter(parameter, itemIndex) as unknown);
	} catch (error) {
		throw inputError(this.getNode(), `${field}: ${(error as Error).message}`, itemIndex);
	}
}

/** Outputs `{groupId, photoSource, photoUrl, photoUpdated: true}`; never the image data itself. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	{ timeout }: OperationContext,
): Promise<IDataObject> {
	const groupId = readGroupIdParameter.call(this, itemIndex);
	const photoSource = this.getNodeParameter('photoSource', itemIndex) as PhotoSource;
	let groupPhoto: string;
	if (photoSource === 'url') {
		groupPhoto = await read.call(this, itemIndex, 'Photo URL', 'groupPhoto', photoFromUrl);
	} else if (photoSource === 'base64') {
		groupPhoto = await read.call(this, itemIndex, 'Photo Base64', 'groupPhoto', photoFromBase64);
	} else if (photoSource === 'binary') {
		groupPhoto = await read.call(
			this,
			itemIndex,
			'Input Binary Field',
			'binaryPropertyName',
			(name) => photoFromBinary.call(this, itemIndex, name),
		);
	} else {
		throw inputError(
			this.getNode(),
			`Photo Source must be URL, Base64 or Binary File (got ${JSON.stringify(photoSource)})`,
			itemIndex,
		);
	}
	await zApiRequestValueTrue.call(this, {
		method: 'POST',
		endpoint: '/update-group-photo',
		body: { groupId, groupPhoto },
		itemIndex,
		timeout,
		action: `change the photo of the group ${groupId}`,
	});
	return {
		groupId,
		photoSource,
		photoUrl: photoSource === 'url' ? groupPhoto : null,
		photoUpdated: true,
	};
}
