import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigurationError } from '../../src/shared/errors.ts';
import { input, parseBoolean, parseDuration, parseInputs, parseKeyValues, parseList, parseNumber, inputVariableName } from '../../src/shared/inputs.ts';

test('booleans are strict: YAML 1.2 words only', () => {
  for (const word of ['true', 'True', 'TRUE']) assert.equal(parseBoolean(word, 'upload'), true);
  for (const word of ['false', 'False', 'FALSE']) assert.equal(parseBoolean(word, 'upload'), false);
  for (const word of ['yes', 'tru', '1', 'on', 'tRue']) {
    assert.throws(() => parseBoolean(word, 'upload'), (error: unknown) => {
      assert.ok(error instanceof ConfigurationError);
      assert.equal(error.input, 'upload');
      assert.match(error.message, /^Input "upload" must be true or false, got "/);
      return true;
    });
  }
});

test('numbers check type, whole-ness and range, naming the input', () => {
  assert.equal(parseNumber('0.95', 'confidence', { min: 0, max: 1 }), 0.95);
  assert.throws(() => parseNumber('1.5', 'confidence', { min: 0, max: 1 }), /Input "confidence" must be a number from 0 to 1, got 1.5/);
  assert.throws(() => parseNumber('abc', 'samples', { integer: true, min: 0 }), /Input "samples" must be a whole number of at least 0, got "abc"/);
  assert.throws(() => parseNumber('2.5', 'samples', { integer: true }), /whole number/);
  assert.throws(() => parseNumber('', 'samples'), /must be a number/);
});

test('durations accept plain seconds and unit strings', () => {
  assert.equal(parseDuration('90', 'timeout'), 90);
  assert.equal(parseDuration('90s', 'timeout'), 90);
  assert.equal(parseDuration('5m', 'timeout'), 300);
  assert.equal(parseDuration('1h30m', 'timeout'), 5400);
  assert.equal(parseDuration('250ms', 'timeout'), 0.25);
  assert.throws(() => parseDuration('5 minutes', 'timeout'), /Input "timeout" must be a duration/);
  assert.throws(() => parseDuration('5x', 'timeout'), /duration/);
});

test('lists split on newlines and commas; key-values on colon or equals', () => {
  assert.deepEqual(parseList('a.csv, b.csv\n\n c/*.csv \n'), ['a.csv', 'b.csv', 'c/*.csv']);
  assert.deepEqual(parseKeyValues('train: data/train.csv\ntest = data/test.csv\n# note\n', 'data'), {
    train: 'data/train.csv',
    test: 'data/test.csv',
  });
  assert.throws(() => parseKeyValues('just-a-path.csv', 'data'), /Input "data" line 1 must look like "name: value"/);
  assert.throws(() => parseKeyValues('a: x\na: y', 'data'), /names "a" twice/);
});

test('input variable names follow the runner: upper-case, spaces to _, hyphens kept', () => {
  assert.equal(inputVariableName('fail-on'), 'INPUT_FAIL-ON');
  assert.equal(inputVariableName('my input'), 'INPUT_MY_INPUT');
});

test('parseInputs types values, applies action.yml defaults when absent, and lists every mistake at once', () => {
  const specs = {
    contract: input.string({ required: true }),
    samples: input.integer({ defaulted: true, min: 0 }),
    upload: input.boolean({ defaulted: true }),
    'fail-on': input.choice(['error', 'warning', 'never'], { defaulted: true }),
    reference: input.string(),
  };
  const values: Record<string, string> = { contract: 'c.yaml', upload: 'false', samples: '' };
  const parsed = parseInputs(specs, (name) => values[name], { samples: '5', 'fail-on': 'error', upload: 'true' });
  assert.deepEqual(parsed, { contract: 'c.yaml', samples: 5, upload: false, 'fail-on': 'error', reference: undefined });

  assert.throws(
    () => parseInputs(specs, (name) => ({ samples: '-1', upload: 'yes' })[name], { 'fail-on': 'error' }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigurationError);
      assert.match(error.message, /3 inputs are wrong/);
      assert.match(error.message, /Input "contract" is required/);
      assert.match(error.message, /Input "samples" must be a whole number of at least 0, got -1/);
      assert.match(error.message, /Input "upload" must be true or false, got "yes"/);
      return true;
    },
  );
});
