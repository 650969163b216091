import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { workspace } from './helpers.ts';

const ROWS = 400_000;
const REPEATS = 100;

function contract(unique: boolean): string {
  return `apiVersion: v3.1.0
kind: DataContract
id: keys
version: 1.0.0
status: active
schema:
  - name: customers
    properties:
      - name: customer
        logicalType: string
        unique: ${unique}
      - name: visits
        logicalType: integer
`;
}

interface ChildReport {
  rows: number;
  checks: Array<{ check: string; column?: string; count?: number; samples?: Array<{ line: number; value: string; first: { line: number } }> }>;
  peakRssMb: number;
}

async function validateInChild(contractPath: string, dataPath: string, memoryBytes: number): Promise<ChildReport> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(import.meta.dirname, 'peak-rss-child.ts'), contractPath, dataPath, String(memoryBytes)], { encoding: 'utf8' });
  return JSON.parse(stdout) as ChildReport;
}

test('uniqueness over many keys stays within its memory budget: peak memory barely above the same file without a unique column', async (t) => {
  const root = workspace({ 'unique.odcs.yaml': contract(true), 'plain.odcs.yaml': contract(false) });
  try {
    const data = join(root, 'customers.csv');
    const file = openSync(data, 'w');
    writeSync(file, 'customer,visits\n');
    // Long keys, so that holding them all would show: 400,000 keys of 100 bytes. The last lines repeat the first keys.
    const padding = 'x'.repeat(80);
    let chunk = '';
    for (let row = 0; row < ROWS; row++) {
      chunk += `customer-${String(row < ROWS - REPEATS ? row : row - (ROWS - REPEATS)).padStart(8, '0')}-${padding},${row % 50}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(file, chunk);
        chunk = '';
      }
    }
    writeSync(file, chunk);
    closeSync(file);

    const [plain, bounded, unbounded] = await Promise.all([
      validateInChild(join(root, 'plain.odcs.yaml'), data, 4 * 2 ** 20),
      // A 4 MB budget holds about 40,000 of these keys: the rest spill to disk.
      validateInChild(join(root, 'unique.odcs.yaml'), data, 4 * 2 ** 20),
      validateInChild(join(root, 'unique.odcs.yaml'), data, 2 ** 30),
    ]);
    for (const report of [bounded, unbounded]) {
      const unique = report.checks.find((check) => check.check === 'unique')!;
      assert.equal(unique.count, REPEATS);
      assert.deepEqual(unique.samples![0], { line: ROWS - REPEATS + 2, value: `customer-00000000-${padding}`, first: { line: 2 } });
    }
    assert.equal(plain.rows, ROWS);
    t.diagnostic(`peak RSS: ${plain.peakRssMb.toFixed(0)} MB without uniqueness, ${bounded.peakRssMb.toFixed(0)} MB with a 4 MB budget, ${unbounded.peakRssMb.toFixed(0)} MB with every key in memory`);
    // The control: the same keys all held in memory take tens of megabytes, so the bound below can fail.
    assert.ok(unbounded.peakRssMb - plain.peakRssMb > 60, `keys held in memory: ${unbounded.peakRssMb.toFixed(0)} MB against ${plain.peakRssMb.toFixed(0)} MB without uniqueness`);
    assert.ok(bounded.peakRssMb - plain.peakRssMb < 30, `keys spilled past a 4 MB budget: ${bounded.peakRssMb.toFixed(0)} MB against ${plain.peakRssMb.toFixed(0)} MB without uniqueness`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
