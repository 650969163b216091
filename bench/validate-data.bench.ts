/**
 * validate-data's throughput on a generated CSV file and the same data as Parquet, against DuckDB
 * (one thread) running the same checks as SQL on the same files in the same run. Then exact
 * uniqueness over 10 million values in child processes with Node's default heap, with their peak memory.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseContract } from '../src/validate-data/contract.ts';
import { validateObject } from '../src/validate-data/validate.ts';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000_000);
const SPECIES = ['Adelie', 'Gentoo', 'Chinstrap'];
const ISLANDS = ['Biscoe', 'Dream', 'Torgersen'];
// ajv-formats' email pattern, the one validate-data applies, given to DuckDB as well.
const EMAIL = "^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$";

const CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: bench
version: 1.0.0
status: active
schema:
  - name: penguins
    properties:
      - name: id
        logicalType: integer
        primaryKey: true
      - name: species
        logicalType: string
        required: true
        quality:
          - metric: invalidValues
            arguments:
              validValues: [${SPECIES.join(', ')}]
            mustBe: 0
      - name: island
        logicalType: string
        required: true
      - name: bill_length_mm
        logicalType: number
        logicalTypeOptions: { minimum: 32, maximum: 59 }
      - name: body_mass_g
        logicalType: integer
        logicalTypeOptions: { minimum: 2700, maximum: 6300 }
      - name: sex
        logicalType: string
        quality:
          - metric: invalidValues
            arguments:
              validValues: [male, female]
            mustBe: 0
      - name: email
        logicalType: string
        logicalTypeOptions: { format: email }
      - name: observed
        logicalType: date
`;

async function generateCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('id,species,island,bill_length_mm,body_mass_g,sex,email,observed\n');
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    const sex = i % 50 === 0 ? '' : i % 2 ? 'male' : 'female';
    chunk += `${i},${SPECIES[i % 3]},${ISLANDS[(i >> 2) % 3]},${(30 + (i % 300) / 10).toFixed(1)},${2600 + ((i * 7) % 3800)},${sex},user${i}@example.org,2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

function checksSql(source: string, typed: boolean): string {
  const number = (column: string, type: string) => (typed ? column : `TRY_CAST(${column} AS ${type})`);
  const badType = (column: string, type: string) => (typed ? '0' : `count(*) FILTER (WHERE ${column} IS NOT NULL AND TRY_CAST(${column} AS ${type}) IS NULL)`);
  return `SELECT count(*) AS rows,
    count(*) - count(DISTINCT id) + count(*) FILTER (WHERE id IS NULL) AS key_problems,
    ${badType('id', 'BIGINT')} AS id_type,
    count(*) FILTER (WHERE species IS NULL) AS species_required,
    count(*) FILTER (WHERE species NOT IN (${SPECIES.map((s) => `'${s}'`).join(', ')})) AS species_invalid,
    count(*) FILTER (WHERE island IS NULL) AS island_required,
    ${badType('bill_length_mm', 'DOUBLE')} AS bill_type,
    count(*) FILTER (WHERE ${number('bill_length_mm', 'DOUBLE')} < 32 OR ${number('bill_length_mm', 'DOUBLE')} > 59) AS bill_range,
    ${badType('body_mass_g', 'BIGINT')} AS mass_type,
    count(*) FILTER (WHERE ${number('body_mass_g', 'BIGINT')} < 2700 OR ${number('body_mass_g', 'BIGINT')} > 6300) AS mass_range,
    count(*) FILTER (WHERE sex NOT IN ('male', 'female')) AS sex_invalid,
    count(*) FILTER (WHERE NOT regexp_full_match(email, '${EMAIL.replace(/'/g, "''")}', 'i')) AS email_format,
    ${badType('observed', 'DATE')} AS observed_type
  FROM ${source}`;
}

interface Timing {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds of this process: steadier than wall time on a shared machine, and both sides are single-threaded. */
  cpu: number;
}

async function timed<T>(work: () => Promise<T>): Promise<Timing & { value: T }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

/** DuckDB's native library is loaded only by the processes that run it, not by those timing validate-data. */
async function duckDb(): Promise<typeof import('@duckdb/node-api')> {
  return await import('@duckdb/node-api');
}

async function timeDuckDb(sql: string): Promise<Timing & { row: unknown[] }> {
  const { DuckDBInstance } = await duckDb();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('SET threads=1');
  const { value, wall, cpu } = await timed(() => connection.runAndReadAll(sql));
  connection.closeSync();
  instance.closeSync();
  return { wall, cpu, row: value.getRows()[0]! };
}

async function timeValidateData(path: string): Promise<Timing & { failing: string[] }> {
  const contract = parseContract(CONTRACT, 'bench.odcs.yaml');
  const options = { samples: 5, missingTokens: [], extraColumns: 'warn', missingColumns: 'fail', now: Date.now() } as const;
  const { value: report, wall, cpu } = await timed(() => validateObject(contract, { object: contract.objects[0]!, path, shownAs: path }, options, {}));
  return { wall, cpu, failing: report.checks.filter((check) => check.result !== 'passed').map((check) => `${check.check}:${check.column ?? ''}=${check.count ?? ''}`) };
}

function line(label: string, bytes: number, ours: Timing, duck: Timing): void {
  const mb = bytes / 1e6;
  console.log(
    `${label.padEnd(8)} ${mb.toFixed(0)} MB, ${ROWS.toLocaleString('en')} rows: validate-data ${(mb / ours.cpu).toFixed(1)} MB/s, ${Math.round(ROWS / ours.cpu).toLocaleString('en')} rows/s` +
      ` | DuckDB (threads=1) ${(mb / duck.cpu).toFixed(1)} MB/s, ${Math.round(ROWS / duck.cpu).toLocaleString('en')} rows/s | validate-data at ${(duck.cpu / ours.cpu).toFixed(2)}× DuckDB's speed (goal ≥ 0.33)`,
  );
  console.log(`         per CPU second, median of ${ROUNDS} fresh processes each; wall clock: validate-data ${ours.wall.toFixed(2)} s, DuckDB ${duck.wall.toFixed(2)} s (${(duck.wall / ours.wall).toFixed(2)}×)`);
}

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);

type Measured = Timing & { failing?: string[]; row?: unknown[] };

/**
 * One timing in a fresh process, as a workflow step would run: nothing warmed up by an earlier
 * measurement, and no heap left over from one.
 */
function measureInChild(job: { engine: 'validate-data'; path: string } | { engine: 'duckdb'; sql: string }): Measured {
  const output = execFileSync(process.execPath, [import.meta.filename], { encoding: 'utf8', env: { ...process.env, VALIDATE_DATA_BENCH_JOB: JSON.stringify(job) } });
  return JSON.parse(output.trim().split('\n').pop()!) as Measured;
}

function median(timings: Measured[]): Measured {
  const sorted = [...timings].sort((a, b) => a.cpu - b.cpu);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs both sides ROUNDS times, alternating, so a busy moment on the machine hits both alike. */
function compare(path: string, sql: string): { ours: Measured; duck: Measured } {
  const ours: Measured[] = [];
  const duck: Measured[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    duck.push(measureInChild({ engine: 'duckdb', sql }));
    ours.push(measureInChild({ engine: 'validate-data', path }));
  }
  return { ours: median(ours), duck: median(duck) };
}

const job = process.env['VALIDATE_DATA_BENCH_JOB'];
if (job) {
  const task = JSON.parse(job) as { engine: 'validate-data'; path: string } | { engine: 'duckdb'; sql: string };
  const result = task.engine === 'duckdb' ? await timeDuckDb(task.sql) : await timeValidateData(task.path);
  console.log(JSON.stringify(result, (_, value: unknown) => (typeof value === 'bigint' ? Number(value) : value)));
}

const KEYS_CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: keys
version: 1.0.0
status: active
schema:
  - name: customers
    properties:
      - name: customer
        logicalType: string
        unique: true
      - name: amount
        logicalType: number
      - name: country
        logicalType: string
`;

/** 10 million rows whose customer column repeats its first 1,000 values at the end. */
async function generateKeysCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('customer,amount,country\n');
  let chunk = '';
  for (let i = 0; i < 10_000_000; i++) {
    chunk += `customer-${i % 9_999_000},${((i * 37) % 10_000) / 100},${ISLANDS[i % 3]}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** Runs a module in a child process with no Node flags, as the runner starts an action, and reads its last line as JSON. */
function runChild(script: string): { duplicates: number; spilled?: boolean; rows?: number; seconds: number; peakMb: number } {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(output.trim().split('\n').pop()!) as ReturnType<typeof runChild>;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'validate-data-bench-'));
  try {
    const csv = join(dir, 'penguins.csv');
    const parquet = join(dir, 'penguins.parquet');
    await generateCsv(csv);
    const { DuckDBInstance } = await duckDb();
    const setup = await DuckDBInstance.create(':memory:');
    const connection = await setup.connect();
    await connection.run(`COPY (SELECT * FROM read_csv('${csv}', header=true, columns={'id':'BIGINT','species':'VARCHAR','island':'VARCHAR','bill_length_mm':'DOUBLE','body_mass_g':'BIGINT','sex':'VARCHAR','email':'VARCHAR','observed':'DATE'})) TO '${parquet}' (FORMAT parquet, COMPRESSION snappy)`);
    connection.closeSync();
    setup.closeSync();

    for (const [label, path, source, typed] of [
      ['CSV', csv, `read_csv('${csv}', all_varchar=true, header=true)`, false],
      ['Parquet', parquet, `read_parquet('${parquet}')`, true],
    ] as const) {
      const { ours, duck } = compare(path, checksSql(source, typed));
      line(label, statSync(path).size, ours, duck);
      console.log(`         findings: ${ours.failing!.join(', ')}; DuckDB counts: ${JSON.stringify(duck.row)}`);
    }

    if (process.env['BENCH_UNIQUE'] === '0') return;
    // Exact uniqueness over 10 million values with Node's default heap, as the runner starts the action:
    // first the counter alone, then a whole validation of a 10-million-row file with a unique column.
    const src = (file: string) => JSON.stringify(join(import.meta.dirname, '../src/validate-data', file));
    const loop = `
      import { DuplicateCounter } from ${src('unique.ts')};
      const counter = new DuplicateCounter({ samples: 5, temp: ${JSON.stringify(dir)} });
      const started = performance.now();
      for (let i = 0; i < 10_000_000; i++) counter.add('customer-' + (i % 9_999_000), i + 1);
      const result = counter.finish();
      console.log(JSON.stringify({ duplicates: result.duplicates, spilled: result.spilled, seconds: (performance.now() - started) / 1000, peakMb: process.resourceUsage().maxRSS / 1024 }));
    `;
    const unique = runChild(loop);
    console.log(`unique   10,000,000 values, default heap: ${unique.duplicates.toLocaleString('en')} duplicates (expected 1,000), spilled to disk: ${unique.spilled}, ${unique.seconds.toFixed(1)} s, peak RSS ${unique.peakMb.toFixed(0)} MB`);

    const keys = join(dir, 'customers.csv');
    await generateKeysCsv(keys);
    rmSync(csv);
    rmSync(parquet);
    const whole = `
      import { parseContract } from ${src('contract.ts')};
      import { validateObject } from ${src('validate.ts')};
      const contract = parseContract(${JSON.stringify(KEYS_CONTRACT)}, 'keys.odcs.yaml');
      const started = performance.now();
      const report = await validateObject(contract, { object: contract.objects[0], path: ${JSON.stringify(keys)}, shownAs: 'customers.csv' }, { samples: 5, missingTokens: [], extraColumns: 'warn', missingColumns: 'fail', temp: ${JSON.stringify(dir)}, now: Date.now() }, {});
      const unique = report.checks.find((check) => check.check === 'unique');
      console.log(JSON.stringify({ duplicates: unique.count, rows: report.rows, seconds: (performance.now() - started) / 1000, peakMb: process.resourceUsage().maxRSS / 1024 }));
    `;
    const file = runChild(whole);
    console.log(`         validation of a ${(statSync(keys).size / 1e6).toFixed(0)} MB CSV, ${file.rows!.toLocaleString('en')} rows, one unique column, default heap: ${file.duplicates.toLocaleString('en')} duplicates (expected 1,000), ${file.seconds.toFixed(1)} s, peak RSS ${file.peakMb.toFixed(0)} MB (goal < 512)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
