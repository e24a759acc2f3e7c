export interface RecordedRequest {
	/** When the double received it (Date.now()). */
	at: number;
	method: string;
	url: string;
	/** The path under the instance URL, e.g. `/group-metadata/120363019502600001-group`. */
	endpoint: string;
	/** The documented route, e.g. `/group-metadata/:groupId` (same as endpoint for plain paths). */
	route: string;
	/** The group id from the path, for routes that carry one. */
	groupId?: string;
	query: Record<string, string>;
	headers: Record<string, string | string[] | undefined>;
	rawBody: string;
	body: any;
}

export interface Fault {
	status?: number;
	body?: unknown;
	headers?: Record<string, string>;
	contentType?: string;
	delayMs?: number;
	hang?: boolean;
	reset?: 'before' | 'after';
	times?: number;
	/** Requests to let through untouched before the fault applies: `skip: 1` fails only the 2nd. */
	skip?: number;
}

export interface DoubleConfig {
	instanceId: string;
	instanceToken: string;
	clientToken: string;
	connectedPhone: string;
	connected: boolean;
	notSavedPhones: string[];
	omitPhonesNotAdded?: boolean;
	port?: number;
}

export interface ZApiDouble {
	url: string;
	port: number;
	config: DoubleConfig;
	requests: RecordedRequest[];
	setFault(endpoint: string, fault: Fault): void;
	clearFaults(): void;
	/** Adds a group as if it existed already; returns its id. */
	addGroup(group: {
		id?: string;
		name?: string;
		description?: string;
		participants?: string[];
		invitationLink?: string;
	}): string;
	/** The double's view of a group, undefined when it does not know it. */
	group(id: string):
		| {
				id: string;
				name: string;
				description: string;
				photo: string | null;
				invitationLink: string;
				settings: Record<string, boolean>;
				participants: Map<string, { isAdmin: boolean; isSuperAdmin: boolean }>;
				left: boolean;
		  }
		| undefined;
	reset(): void;
	count(endpoint: string): number;
	close(): Promise<void>;
}

export const DEFAULTS: DoubleConfig;
export function startZApiDouble(options?: Partial<DoubleConfig>): Promise<ZApiDouble>;
