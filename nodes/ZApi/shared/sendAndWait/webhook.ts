/**
 * The answer side of Send and Wait for Response: n8n's waiting-webhook server calls this for a GET
 * or a POST on a link of a waiting execution (n8n has checked the link's signature first).
 * A GET, from anyone and any user agent (WhatsApp's link preview opens every link), only shows the
 * page; only the page's POST answers and resumes the execution. Malformed answers get a 4xx page;
 * nothing here throws.
 */
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { DEFAULT_LABELS } from '../../resources/message/sendAndWait.operation';
import { RECORDED_PAGE, confirmPage, refusedPage, textPage } from './page';

export const PAGE_POLICY =
	"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

/** The longest free-text answer taken (WhatsApp's own text limit is far above; a page is not a file). */
export const MAX_TEXT_LENGTH = 4096;

function answerPage(
	this: IWebhookFunctions,
	status: number,
	html: string,
	extraHeaders: Record<string, string> = {},
): IWebhookResponseData {
	const res = this.getResponseObject();
	res.status(status);
	res.setHeader('Content-Type', 'text/html; charset=utf-8');
	res.setHeader('Cache-Control', 'no-store');
	// The page needs nothing but its own inline style; its form posts to its own URL.
	res.setHeader('Content-Security-Policy', PAGE_POLICY);
	for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
	res.send(html);
	return { noWebhookResponse: true };
}

function resumeWith(data: IDataObject): IWebhookResponseData {
	return {
		webhookResponse: RECORDED_PAGE,
		workflowData: [[{ json: { data: { ...data, respondedAt: new Date().toISOString() } } }]],
	};
}

function stringParameter(this: IWebhookFunctions, name: string, fallback: string): string {
	const value = this.getNodeParameter(name, fallback) as unknown;
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}

function approvalWebhook(this: IWebhookFunctions, method: string): IWebhookResponseData {
	const query = this.getQueryData() as IDataObject;
	const approved = query.approved === 'true' ? true : query.approved === 'false' ? false : null;
	if (approved === null) {
		return answerPage.call(this, 400, refusedPage('This link is not complete.'));
	}
	const answer = approved ? 'approve' : 'disapprove';
	if (method === 'GET') {
		const labels = this.getNodeParameter('approvalOptions.values', {}) as IDataObject;
		const label = approved
			? typeof labels.approveLabel === 'string' && labels.approveLabel.trim()
				? labels.approveLabel.trim()
				: DEFAULT_LABELS.approve
			: typeof labels.disapproveLabel === 'string' && labels.disapproveLabel.trim()
				? labels.disapproveLabel.trim()
				: DEFAULT_LABELS.disapprove;
		const question = stringParameter.call(this, 'message', '');
		return answerPage.call(this, 200, confirmPage(question, label, answer));
	}
	const body = this.getBodyData() as IDataObject | undefined;
	if (body?.answer !== answer) {
		return answerPage.call(this, 400, refusedPage('This answer is not one the link offers.'));
	}
	return resumeWith({ approved });
}

function freeTextWebhook(this: IWebhookFunctions, method: string): IWebhookResponseData {
	if (method === 'GET') {
		const question = stringParameter.call(this, 'message', '');
		const button = stringParameter.call(this, 'replyLabel', DEFAULT_LABELS.reply);
		return answerPage.call(this, 200, textPage(question, button));
	}
	const body = this.getBodyData() as IDataObject | undefined;
	const text = typeof body?.text === 'string' ? body.text.trim() : '';
	if (text === '' || text.length > MAX_TEXT_LENGTH) {
		return answerPage.call(
			this,
			400,
			refusedPage(`Write an answer of 1 to ${MAX_TEXT_LENGTH} characters.`),
		);
	}
	return resumeWith({ text });
}

export function sendAndWaitWebhook(this: IWebhookFunctions): IWebhookResponseData {
	try {
		const method = this.getRequestObject().method;
		if (method !== 'GET' && method !== 'POST') {
			return answerPage.call(this, 405, refusedPage('Open the link in a browser.'), {
				Allow: 'GET, POST',
			});
		}
		const responseType = this.getNodeParameter('responseType', 'approval');
		return responseType === 'freeText'
			? freeTextWebhook.call(this, method)
			: approvalWebhook.call(this, method);
	} catch {
		try {
			return answerPage.call(this, 400, refusedPage('This answer could not be read.'));
		} catch {
			return { noWebhookResponse: true };
		}
	}
}
