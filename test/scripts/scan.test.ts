import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { countFindings } from '../../scripts/scan';

// `npm run scan` runs n8n's scanner (ESM, not loadable in Jest's module system) in a child process:
// here on two throwaway folders shaped like a package's sources, one with code n8n forbids in a
// community node, one without. One process scans both (the scanner takes seconds to load).
const SCAN = path.resolve(__dirname, '../../scripts/scan.js');

function write(dir: string, files: Record<string, string>) {
	for (const [file, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		fs.writeFileSync(path.join(dir, file), text);
	}
}

function scan(...args: string[]): Promise<{ code: number; stdout: string }> {
	return new Promise((resolve) => {
		execFile(process.execPath, [SCAN, ...args], (error, stdout) =>
			resolve({ code: error ? Number(error.code) : 0, stdout }),
		);
	});
}

describe('npm run scan (scripts/scan.js)', () => {
	let tmp: string;
	beforeAll(() => {
		tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-test-'));
		write(path.join(tmp, 'bad'), {
			'nodes/Example/region.ts':
				"export const region = (): string => process.env.REGION ?? 'eu';\n",
			'credentials/run.ts':
				"import { execSync } from 'child_process';\nexport const run = () => execSync('id');\n",
		});
		write(path.join(tmp, 'clean'), {
			'nodes/Example/region.ts': "export const region = (): string => 'eu';\n",
		});
	});
	afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

	it('reports the forbidden code, passes the clean folder, and exits 1', async () => {
		const { code, stdout } = await scan(path.join(tmp, 'bad'), path.join(tmp, 'clean'));
		const [bad, clean] = stdout.split('\nfolder: ').slice(1);

		expect(bad).toContain('2 file(s): credentials/run.ts, nodes/Example/region.ts');
		expect(bad).toMatch(/findings: [1-9]/);
		expect(bad).toContain("Use of restricted global 'process' is not allowed");
		expect(bad).toContain('@n8n/community-nodes/no-restricted-globals');
		expect(bad).toContain('@n8n/community-nodes/no-restricted-imports');
		expect(clean).toContain('1 file(s): nodes/Example/region.ts');
		expect(clean).toContain('findings: 0');
		expect(stdout).toMatch(/scan: [1-9]\d* finding\(s\)\n/);
		expect(code).toBe(1);
	});

	it('counts the problems in ESLint stylish output', () => {
		expect(countFindings('\n\u001b[31m\u001b[1m✖ 3 problems (2 errors, 1 warning)\u001b[22m')).toBe(
			3,
		);
		expect(countFindings('✖ 1 problem (1 error, 0 warnings)')).toBe(1);
		expect(countFindings(undefined)).toBeUndefined();
	});
});
