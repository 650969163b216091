/**
 * What the train action's lineage costs before the command even starts, on data and code of a
 * realistic size, as ratios against baselines measured in the same run:
 *
 * - data digest (SHA-256 and row count in one pass) of a CSV, a gzipped CSV and a JSON Lines file,
 *   against hashing the same bytes alone (the least any digest costs) and against a second pass that
 *   only counts rows;
 * - code digest of a git checkout with many tracked files, against `git ls-files -s` alone.
 *
 *   node bench/train.bench.ts [rows] [files]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGunzip, gzipSync } from 'node:zlib';
import { codeState } from '../src/train/code.ts';
import { digestDataFile } from '../src/train/digest.ts';
import { countTextRows } from '../src/tabular/count.ts';

// Sizes from the command line when run on its own; `npm run bench` passes benchmark names there instead.
const numberArgument = (index: number, fallback: number) => (/^\d+$/.test(process.argv[index] ?? '') ? Number(process.argv[index]) : fallback);
const rows = numberArgument(2, 1_000_000);
const files = numberArgument(3, 5_000);
const dir = mkdtempSync(join(tmpdir(), 'train-bench-'));

async function best(runs: number, work: () => Promise<unknown>): Promise<number> {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

async function hashOnly(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The data files, written from a scope of their own so their text is garbage by the time timing starts. */
function writeData(): Record<'csv' | 'gz' | 'jsonl', string> {
  const paths = { csv: join(dir, 'data.csv'), gz: join(dir, 'data.csv.gz'), jsonl: join(dir, 'data.jsonl') };
  const csvLines = ['id,feature_a,feature_b,label,comment'];
  for (let i = 0; i < rows; i++) csvLines.push(`${i},${(i * 0.37) % 1},${(i * 7) % 101},${i % 2},"note ${i % 13}, with comma"`);
  const csv = `${csvLines.join('\n')}\n`;
  writeFileSync(paths.csv, csv);
  writeFileSync(paths.gz, gzipSync(csv));
  writeFileSync(paths.jsonl, Array.from({ length: rows }, (_, i) => JSON.stringify({ id: i, a: (i * 0.37) % 1, label: i % 2 })).join('\n'));
  return paths;
}

function table(lines: string[][]): void {
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  for (const line of lines) console.log(line.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
}

try {
  const paths = writeData();

  console.log(`Data digest, ${rows.toLocaleString('en')} rows (best of 3)`);
  const lines = [['file', 'MiB', 'hash only ms', 'digest+rows ms', 'ratio', 'hash, then count ms', 'one pass saves']];
  for (const [name, path] of Object.entries(paths)) {
    const hash = await best(3, () => hashOnly(path));
    const digest = await best(3, () => digestDataFile(path, name));
    const format = name === 'jsonl' ? 'jsonl' : 'csv';
    const count = await best(3, () => countTextRows(name === 'gz' ? createReadStream(path).pipe(createGunzip()) : createReadStream(path), format, name));
    const bytes = statSync(path).size;
    lines.push([name, (bytes / 2 ** 20).toFixed(1), hash.toFixed(0), digest.toFixed(0), `${(digest / hash).toFixed(2)}×`, (hash + count).toFixed(0), `${(((hash + count) / digest - 1) * 100).toFixed(0)}%`]);
  }
  table(lines);

  const repo = join(dir, 'repo');
  mkdirSync(join(repo, 'src'), { recursive: true });
  for (let i = 0; i < files; i++) writeFileSync(join(repo, 'src', `module_${i}.py`), `def f_${i}():\n    return ${i}\n`);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.email=b@b', '-c', 'user.name=b', 'commit', '-q', '-m', 'bench');
  const lsFiles = await best(5, async () => git('ls-files', '--stage', '-z'));
  const clean = await best(5, () => codeState(repo, { pathspecs: [], exclude: [] }));
  for (let i = 0; i < files; i += 50) writeFileSync(join(repo, 'src', `module_${i}.py`), `def f_${i}():\n    return -${i}\n`);
  const dirty = await best(5, () => codeState(repo, { pathspecs: [], exclude: [] }));
  console.log(`\nCode digest, ${files.toLocaleString('en')} tracked files (best of 5)`);
  table([
    ['checkout', 'ms', 'vs git ls-files -s'],
    ['git ls-files -s alone', lsFiles.toFixed(1), '1.00×'],
    ['clean', clean.toFixed(1), `${(clean / lsFiles).toFixed(2)}×`],
    [`${Math.ceil(files / 50)} files edited`, dirty.toFixed(1), `${(dirty / lsFiles).toFixed(2)}×`],
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The bench runner's entry; the measurements above ran when this module was loaded. */
export async function run(): Promise<void> {}
