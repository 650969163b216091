/** Which reader a file needs, from its name (a `.gz` suffix is looked through). */
import { UserError } from '../shared/errors.ts';

export type TabularFormat = 'csv' | 'tsv' | 'jsonl' | 'json' | 'parquet';

export const TABULAR_FORMATS: readonly TabularFormat[] = ['csv', 'tsv', 'jsonl', 'json', 'parquet'];

const EXTENSIONS: Record<string, TabularFormat> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
  parquet: 'parquet',
  pq: 'parquet',
};

export function isGzipped(path: string): boolean {
  return /\.gz$/i.test(path);
}

export function detectFormat(path: string): TabularFormat {
  const name = path.replace(/\.gz$/i, '');
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const format = EXTENSIONS[extension];
  if (!format) {
    throw new UserError(`${path}: cannot tell the data format from the file name; use .csv, .tsv, .jsonl, .json or .parquet (optionally .gz)`, { file: path });
  }
  if (format === 'parquet' && isGzipped(path)) throw new UserError(`${path}: Parquet files are compressed inside; a .gz Parquet file is not supported`, { file: path });
  return format;
}
