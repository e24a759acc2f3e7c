/**
 * Z-API's action buttons (`buttonActions`): a row of Send Button Actions read and checked, and URL
 * buttons for links the node makes itself (Send and Wait's answer links).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { rowText } from '../../shared/choices';
import { inputError } from '../../shared/nodeErrors';
import { readOptionalText } from '../../shared/parameters';
import { PHONE_EXAMPLE, normalizePhone } from '../../shared/phones';

const TYPES = ['URL', 'CALL', 'REPLY'] as const;
type ButtonType = (typeof TYPES)[number];

/** A button's link as Z-API takes it (http:// or https://), or an input error naming the button. */
function checkButtonUrl(
	this: IExecuteFunctions,
	itemIndex: number,
	where: string,
	url: string,
): string {
	if (!/^https?:\/\/[^\s/?#]+\S*$/i.test(url)) {
		throw inputError(
			this.getNode(),
			`${where} → URL must start with http:// or https:// (got ${JSON.stringify(url)})`,
			itemIndex,
		);
	}
	return url;
}

/**
 * URL buttons (`buttonActions`, type URL) for links the node made itself, e.g. Send and Wait's answer
 * links; checked as Send Button Actions checks its URL buttons. Z-API states no length for a label.
 */
export function urlButtonActions(
	this: IExecuteFunctions,
	itemIndex: number,
	links: Array<{ label: string; url: string }>,
): IDataObject[] {
	return links.map(({ label, url }, index) => ({
		type: 'URL',
		label,
		url: checkButtonUrl.call(this, itemIndex, `Button ${index + 1}`, url),
	}));
}

export function readButton(
	this: IExecuteFunctions,
	itemIndex: number,
	row: IDataObject,
	index: number,
	countryCode: string,
): IDataObject {
	const where = `Button ${index + 1}`;
	const type = typeof row.type === 'string' ? row.type.trim().toUpperCase() : row.type;
	if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type)) {
		throw inputError(
			this.getNode(),
			`${where} → Type must be URL, CALL or REPLY (got ${JSON.stringify(row.type) ?? 'nothing'})`,
			itemIndex,
		);
	}
	const id = rowText.call(this, itemIndex, where, { label: 'ID', value: row.id, required: false });
	const label = rowText.call(this, itemIndex, where, {
		label: 'Label',
		value: row.label,
		required: true,
	});
	const button: IDataObject = { ...(id !== '' ? { id } : {}), type, label };
	if ((type as ButtonType) === 'URL') {
		const url = rowText.call(this, itemIndex, where, {
			label: 'URL',
			value: row.url,
			required: true,
			hint: 'give the link, e.g. https://example.com',
		});
		button.url = checkButtonUrl.call(this, itemIndex, where, url);
	}
	if ((type as ButtonType) === 'CALL') {
		const field = `${where} → Phone Number`;
		const given = readOptionalText.call(this, itemIndex, field, row.phone);
		let phone: string | undefined;
		try {
			phone = normalizePhone(given, countryCode);
		} catch (error) {
			throw inputError(this.getNode(), `${field}: ${(error as Error).message}`, itemIndex);
		}
		if (phone === undefined || phone.endsWith('@lid')) {
			throw inputError(
				this.getNode(),
				`${field} is ${phone ? 'a WhatsApp private ID, which cannot be called' : 'empty'} (got ${JSON.stringify(row.phone) ?? 'nothing'}): give the number to call, e.g. ${PHONE_EXAMPLE}`,
				itemIndex,
			);
		}
		button.phone = phone;
	}
	return button;
}
