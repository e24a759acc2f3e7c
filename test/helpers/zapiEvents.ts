/** The Z-API event fixtures (test/fixtures/zapi-events): documented payloads, each labelled with its source. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'zapi-events');

export interface EventFixture {
	provenance: 'verbatim' | 'assembled' | 'repaired';
	source: string;
	note?: string;
	payload: IDataObject;
}

/** Every file in test/fixtures/zapi-events, by name without `.json`. */
export const EVENT_FIXTURES: string[] = readdirSync(FIXTURES)
	.filter((file) => file.endsWith('.json'))
	.map((file) => file.replace(/\.json$/, ''))
	.sort();

export function loadEventFixture(name: string): EventFixture {
	return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as EventFixture;
}

/** A fresh copy of a fixture's payload, as Z-API posts it. */
export function loadEvent(name: string): IDataObject {
	return loadEventFixture(name).payload;
}
