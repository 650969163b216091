/** Small generated datasets and a workspace for the drift action's harness tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from '../harness/run-action.ts';

/** A folder with the given files, as validate-data's tests make it. */
export { workspace } from '../validate-data/helpers.ts';

/** mulberry32: a small seeded generator, so every dataset is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Population {
  ageMean: number;
  incomeScale: number;
  cities: Array<[string, number]>;
  premiumShare: number;
}

export const BASELINE: Population = { ageMean: 40, incomeScale: 1, cities: [['Lisbon', 0.5], ['Porto', 0.3], ['Faro', 0.2]], premiumShare: 0.3 };

/** Customers: a row number, two numeric features, a city, a plan and a signup date. */
export function customers(rows: number, seed: number, population: Population = BASELINE): string {
  const next = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const lines = ['id,age,income,city,plan,signup'];
  for (let i = 0; i < rows; i++) {
    const age = Math.round(population.ageMean + 12 * normal());
    const income = Math.round(population.incomeScale * (30000 + 8000 * normal()));
    let pick = next();
    const city = population.cities.find(([, share]) => (pick -= share) < 0)?.[0] ?? population.cities[population.cities.length - 1]![0];
    const plan = next() < population.premiumShare ? 'premium' : 'basic';
    const signup = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push(`${i + 1},${age},${income},${city},${plan},${signup}`);
  }
  return `${lines.join('\n')}\n`;
}

export const DRIFTED: Population = { ageMean: 52, incomeScale: 1.4, cities: [['Lisbon', 0.3], ['Porto', 0.3], ['Faro', 0.2], ['Braga', 0.2]], premiumShare: 0.3 };

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv);
ajv.addSchema(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/validation-report.schema.json'), 'utf8')) as object);
const validateReport = ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/drift-report.schema.json'), 'utf8')) as object);

/** The JSON report, checked against schemas/drift-report.schema.json. */
export function readDriftReport(path: string): any {
  const report = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!validateReport(report)) throw new Error(`drift report does not match its schema: ${ajv.errorsText(validateReport.errors)}`);
  return report;
}

/** The rows of a CSV made by `customers`, with numbers as numbers, for the other formats. */
export function customerRows(csv: string): Array<Record<string, string | number>> {
  const [header, ...lines] = csv.trim().split('\n');
  const names = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((name, i) => [name, ['id', 'age', 'income'].includes(name) ? Number(cells[i]) : cells[i]!]));
  });
}

/** An Open Data Contract for the customers data, for validate-data's profile-out. */
export const CUSTOMERS_CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: customers
version: 1.0.0
status: active
schema:
  - name: customers
    properties:
      - name: id
        logicalType: integer
        primaryKey: true
      - name: age
        logicalType: integer
      - name: income
        logicalType: integer
      - name: city
        logicalType: string
      - name: plan
        logicalType: string
      - name: signup
        logicalType: date
`;
