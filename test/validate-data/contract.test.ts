import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContractError, parseContract } from '../../src/validate-data/contract.ts';
import { dateFormatRegex, parseDecimal, parseTimestamp, typeParser } from '../../src/validate-data/values.ts';

const V302 = `apiVersion: v3.0.2
kind: DataContract
id: legacy
version: 0.9.0
status: draft
schema:
  - name: t
    properties:
      - name: amount
        logicalType: number
        logicalTypeOptions:
          minimum: 0
          exclusiveMinimum: true
          maximum: 10
      - name: day
        physicalName: day_col
        logicalType: date
        logicalTypeOptions:
          minimum: 2024-01-01
        quality:
          - rule: duplicateCount
            mustBeLessThan: 3
            unit: percent
`;

test('v3.0 contracts: rule names, boolean exclusive bounds, physicalName, dates kept as text', () => {
  const contract = parseContract(V302, 'legacy.yaml');
  const [amount, day] = contract.objects[0]!.properties;
  assert.deepEqual(amount!.options, { exclusiveMinimum: 0, maximum: 10 });
  assert.equal(day!.column, 'day_col');
  assert.equal(day!.options.minimum, '2024-01-01');
  assert.deepEqual([day!.quality[0]!.metric, day!.quality[0]!.unit, day!.quality[0]!.operator], ['duplicateCount', 'percent', { name: 'mustBeLessThan', value: 3 }]);
  assert.deepEqual(day!.location, { file: 'legacy.yaml', line: 15, column: 9 });
});

test('v3.1 rejects v3.0 rule syntax, and problems the JSON Schema cannot see are found too', () => {
  const v31 = V302.replace('v3.0.2', 'v3.1.0').replace('exclusiveMinimum: true', 'exclusiveMinimum: 0');
  assert.throws(() => parseContract(v31, 'c.yaml'), (error: unknown) => error instanceof ContractError && error.problems.some((p) => /unknown key "rule"/.test(p.message) && p.location.line === 21));
  const twice = V302.replace('      - name: day\n        physicalName: day_col', '      - name: amount\n        pattern: x').replace('minimum: 0\n', 'minimum: 0\n          multipleOf: 2\n');
  assert.throws(() => parseContract(twice, 'c.yaml'), /property "amount" of "t" is declared twice|unknown key "pattern"/);
  const badPattern = V302.replace('logicalType: number\n        logicalTypeOptions:\n          minimum: 0\n          exclusiveMinimum: true\n          maximum: 10', "logicalType: string\n        logicalTypeOptions:\n          pattern: '(unclosed'");
  assert.throws(() => parseContract(badPattern, 'c.yaml'), (error: unknown) => error instanceof ContractError && /not an ECMA-262 regular expression/.test(error.problems[0]!.message) && error.problems[0]!.location.line === 12);
  assert.throws(() => parseContract('- just\n- a list\n', 'l.yaml'), /a data contract must be a YAML mapping/);
});

test('values: plain decimals only, calendar-valid dates, JDK date formats', () => {
  assert.deepEqual(['1.5', '-2', '.5', '1e3', '0x1F', 'Infinity', ' 1', '1 ', '0b1', ''].map(parseDecimal), [1.5, -2, 0.5, 1000, undefined, undefined, undefined, undefined, undefined, undefined]);
  assert.equal(parseTimestamp('2024-02-29T10:00:00Z'), Date.UTC(2024, 1, 29, 10));
  assert.equal(parseTimestamp('2023-02-29'), undefined);
  assert.equal(parseTimestamp('2024-01-01 10:00:00'), Date.UTC(2024, 0, 1, 10));
  assert.ok(dateFormatRegex('dd/MM/yyyy').test('31/12/2024'));
  assert.ok(!dateFormatRegex("yyyy-MM-dd'T'HH:mm").test('2024-12-31 10:00'));
  const date = typeParser('date', 'dd/MM/yyyy');
  assert.notEqual(date('31/12/2024'), undefined);
  assert.equal(date('2024-12-31'), undefined);
  assert.equal(typeParser('integer')('12.0'), undefined);
  assert.equal(typeParser('boolean')('TRUE'), true);
});
