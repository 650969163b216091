/** A workspace with a contract and data files, and the report schema's validator. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from '../harness/run-action.ts';

export function workspace(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'validate-data-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv);
const validateReport = ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/validation-report.schema.json'), 'utf8')) as object);
const validateProfile = ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/profile.schema.json'), 'utf8')) as object);

export function readReport(path: string): any {
  const report = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!validateReport(report)) throw new Error(`report does not match its schema: ${ajv.errorsText(validateReport.errors)}`);
  return report;
}

export function readProfileFile(path: string): any {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!validateProfile(profile)) throw new Error(`profile does not match its schema: ${ajv.errorsText(validateProfile.errors)}`);
  return profile;
}

export const PENGUINS_CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: penguins
version: 1.0.0
status: active
name: Palmer penguins
servers:
  - server: local
    type: local
    path: data/penguins.csv
    format: csv
schema:
  - name: penguins
    physicalType: file
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
              validValues: [Adelie, Gentoo, Chinstrap]
            mustBe: 0
      - name: bill_length_mm
        logicalType: number
        logicalTypeOptions:
          minimum: 30
          exclusiveMaximum: 60
      - name: email
        logicalType: string
        classification: pii
        logicalTypeOptions:
          format: email
      - name: observed
        logicalType: date
    quality:
      - metric: rowCount
        mustBeGreaterThan: 2
`;

export function findCheck(report: any, check: string, column?: string): any {
  const found = report.objects.flatMap((o: any) => o.checks).find((c: any) => c.check === check && c.column === column);
  if (!found) throw new Error(`no ${check} check${column ? ` on ${column}` : ''} in the report`);
  return found;
}

/** Two schema objects, orders and customers, for the tests of several objects per contract. */
export const SHOP_CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: shop
version: 1.0.0
status: active
schema:
  - name: orders
    properties:
      - name: amount
        logicalType: number
      - name: channel
        logicalType: string
  - name: customers
    properties:
      - name: age
        logicalType: integer
      - name: region
        logicalType: string
`;

/** Orders as CSV; `shift` moves every amount, to make drift. */
export function shopOrders(rows: number, shift: number): string {
  return `amount,channel\n${Array.from({ length: rows }, (_, i) => `${100 + shift + ((i * 37) % 300)},${['web', 'store', 'app'][i % 3]}`).join('\n')}\n`;
}

export function shopCustomers(rows: number): string {
  return `age,region\n${Array.from({ length: rows }, (_, i) => `${18 + ((i * 13) % 60)},${['north', 'south', 'east', 'west'][i % 4]}`).join('\n')}\n`;
}
