/**
 * The links of a question: n8n's resume URL of this execution and node, signed by n8n
 * (`getSignedResumeUrl`, n8n 1.1xx and 2.x), so that n8n's waiting-webhook server checks the query
 * (`approved`) was not changed. Older n8n: the execution's resume URL with the node id, as n8n's
 * own nodes built it.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

type MaybeSigning = Partial<Pick<IExecuteFunctions, 'getSignedResumeUrl'>> & {
	/** n8n 1.x: makes its waiting-webhook server check the signature (2.x always checks it). */
	setSignatureValidationRequired?: () => void;
};

export function resumeUrl(this: IExecuteFunctions, parameters: Record<string, string>): string {
	const context = this as IExecuteFunctions & MaybeSigning;
	if (typeof context.getSignedResumeUrl === 'function') {
		if (typeof context.setSignatureValidationRequired === 'function') {
			context.setSignatureValidationRequired();
		}
		return context.getSignedResumeUrl(parameters);
	}
	const url = new URL(String(this.evaluateExpression('{{ $execution.resumeUrl }}', 0)));
	url.pathname = `${url.pathname.replace(/\/$/, '')}/${this.getNode().id}`;
	for (const [key, value] of Object.entries(parameters)) url.searchParams.set(key, value);
	return url.toString();
}
