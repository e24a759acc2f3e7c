export interface RecordedRequest {
	method: string;
	url: string;
	endpoint: string;
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
	reset(): void;
	count(endpoint: string): number;
	close(): Promise<void>;
}

export const DEFAULTS: DoubleConfig;
export function startZApiDouble(options?: Partial<DoubleConfig>): Promise<ZApiDouble>;
