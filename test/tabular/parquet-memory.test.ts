/**
 * A Parquet file written as one row group of 400,000 rows with 1 MB pages, as older pandas and pyarrow
 * versions write them, read in child processes: page by page in batches of the default size, as
 * columns and through validate-data, against the whole row group as one batch. Peak resident memory
 * at Node's defaults is partly garbage not yet collected, so the same readings are also run under a
 * 128 MB JavaScript heap: the batches fit in it, the whole row group does not. The file is written
 * by another child (single-group-writer.ts), since a child's peak memory starts from its parent's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PARQUET_BATCH_ROWS } from '../../src/tabular/parquet.ts';

const ROWS = 400_000;
const HEAP_MB = 128;

const CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: wide-text
version: 1.0.0
status: active
schema:
  - name: notes
    properties:
      - name: id
        logicalType: integer
        primaryKey: true
      - name: title
        logicalType: string
        logicalTypeOptions: { maxLength: 300 }
      - name: body
        logicalType: string
`;

interface ChildResult {
  ok: boolean;
  report?: { rows: number; longest?: number; present?: number; checks?: unknown[]; peakRssMb: number };
  stderr: string;
}

async function inChild(script: string, args: string[], heapMb?: number): Promise<ChildResult> {
  const flags = heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...flags, join(import.meta.dirname, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return { ok: true, report: JSON.parse(stdout) as ChildResult['report'], stderr };
  } catch (error) {
    return { ok: false, stderr: String((error as { stderr?: string }).stderr ?? error) };
  }
}

test(`one row group of ${ROWS.toLocaleString('en')} rows is read, and validated, in far less memory than the group takes whole, and within a ${HEAP_MB} MB heap it does not fit in`, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parquet-memory-'));
  try {
    const data = join(dir, 'notes.parquet');
    await promisify(execFile)(process.execPath, [join(import.meta.dirname, 'single-group-writer.ts'), data, String(ROWS)]);
    const contract = join(dir, 'notes.odcs.yaml');
    writeFileSync(contract, CONTRACT);

    // One at a time: the collector's pace, and so peak memory, depends on the processor time a process gets.
    const batched = await inChild('parquet-rss-child.ts', [data, String(PARQUET_BATCH_ROWS)]);
    const validated = await inChild('../validate-data/peak-rss-child.ts', [contract, data, String(16 * 2 ** 20)]);
    const whole = await inChild('parquet-rss-child.ts', [data, String(ROWS)]);
    const [batchedCapped, wholeCapped] = await Promise.all([
      inChild('parquet-rss-child.ts', [data, String(PARQUET_BATCH_ROWS)], HEAP_MB),
      inChild('parquet-rss-child.ts', [data, String(ROWS)], HEAP_MB),
    ]);
    for (const [label, result] of Object.entries({ batched, validated, whole, batchedCapped })) assert.ok(result.ok, `${label}: ${result.stderr.slice(-500)}`);
    const mb = (result: ChildResult) => `${result.report!.peakRssMb.toFixed(0)} MB`;
    t.diagnostic(`peak RSS: ${mb(batched)} reading in batches of ${PARQUET_BATCH_ROWS}, ${mb(validated)} validating, ${mb(whole)} reading the row group as one batch; under a ${HEAP_MB} MB heap ${mb(batchedCapped)} in batches, the whole group ${wholeCapped.ok ? `in ${mb(wholeCapped)}` : 'out of heap'}`);
    for (const result of [batched, whole, batchedCapped]) assert.equal(result.report!.rows, ROWS);
    assert.equal(batched.report!.longest, PARQUET_BATCH_ROWS);
    assert.equal(whole.report!.longest, ROWS);
    assert.equal(batched.report!.present, ROWS * 3 - ROWS / 5);
    assert.equal(validated.report!.rows, ROWS);
    assert.deepEqual(validated.report!.checks!.filter((check) => (check as { count?: number }).count), []);
    // The whole group's decoded text is about 190 MB (two columns of 200-character values); in batches it is a few MB at a time.
    assert.ok(whole.report!.peakRssMb - batched.report!.peakRssMb > 80, `in batches ${mb(batched)}, whole ${mb(whole)}`);
    assert.ok(whole.report!.peakRssMb - validated.report!.peakRssMb > 80, `validating ${mb(validated)}, whole ${mb(whole)}`);
    // The control for the capped heap: the same values held at once do not fit it.
    assert.equal(wholeCapped.ok, false, 'the whole row group fit in the capped heap, so the cap shows nothing');
    assert.match(wholeCapped.stderr, /heap out of memory/i);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
