/**
 * The pages a link of Send and Wait for Response opens: the package's own small HTML, with no
 * external asset (no font, icon or script), so that it shows the same behind any firewall and under
 * n8n's sandbox policy. Opening a page decides nothing: only its form's POST answers.
 */

function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

const STYLE =
	'body{font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;background:#f5f6f8;margin:0;padding:24px;color:#1f2328}' +
	'main{max-width:440px;margin:40px auto;background:#fff;border:1px solid #dcdfe4;border-radius:8px;padding:24px}' +
	'h1{font-size:20px;margin:0 0 12px}p{white-space:pre-wrap;line-height:1.4}' +
	'textarea{width:100%;box-sizing:border-box;min-height:120px;font:inherit;padding:8px}' +
	'button{margin-top:16px;font:inherit;font-weight:600;padding:10px 20px;border:0;border-radius:6px;background:#128c7e;color:#fff;cursor:pointer}';

function page(title: string, body: string): string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/**
 * The confirmation page of an approval link. The form has no action: the browser posts to the
 * page's own URL, with its query (n8n's signature and `approved`) kept.
 */
export function confirmPage(question: string, label: string, answer: string): string {
	return page(
		label,
		`<p>${escapeHtml(question)}</p><form method="post"><input type="hidden" name="answer" value="${escapeHtml(answer)}"><button type="submit">${escapeHtml(label)}</button></form>`,
	);
}

/** The page of a free-text link: a text box and a button. */
export function textPage(question: string, button: string): string {
	return page(
		'Your answer',
		`<p>${escapeHtml(question)}</p><form method="post"><textarea name="text" required maxlength="4096" aria-label="Your answer"></textarea><button type="submit">${escapeHtml(button)}</button></form>`,
	);
}

export const RECORDED_PAGE = page('Answer recorded', '<p>Thank you. You can close this page.</p>');

export function refusedPage(reason: string): string {
	return page('This answer was not recorded', `<p>${escapeHtml(reason)}</p>`);
}
