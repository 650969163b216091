/** Smoke-test files: checked against their schema with file:line errors, and run against a server. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import smokeFileSchema from '../../schemas/smoke-test.schema.json' with { type: 'json' };
import { createDeployContext } from '../../src/deploy/context.ts';
import { containsValues, loadSmokeSuite, runSmokeSuite, SmokeTestFailure } from '../../src/deploy/smoke.ts';
import { UserError } from '../../src/shared/errors.ts';
import { SMOKE, startModelServer, type ModelServer } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'smoke-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

let healthy: ModelServer;
let wrong: ModelServer;
before(async () => {
  [healthy, wrong] = await Promise.all([startModelServer('v1'), startModelServer('v2', 'bad-predictions')]);
});
after(async () => Promise.all([healthy.close(), wrong.close()]));

test('the example smoke file is valid against the published schema', () => {
  const validate = new Ajv({ strict: false }).compile(smokeFileSchema);
  assert.equal(validate(parse(readFileSync(SMOKE, 'utf8'))), true);
});

test('YAML syntax errors point at the line', () => {
  const path = file('syntax.yaml', 'requests:\n  - path: /health\n    expect: { status: 200\n');
  assert.throws(() => loadSmokeSuite(path, 'ml/smoke.yaml'), (error: unknown) => {
    assert.ok(error instanceof UserError);
    assert.equal(error.location?.file, 'ml/smoke.yaml');
    assert.ok(error.location?.line !== undefined && error.location.line >= 3);
    assert.match(error.message, /^ml\/smoke\.yaml:\d+: not valid YAML/);
    return true;
  });
});

test('schema mistakes name the key and its line', () => {
  const path = file('typo.yaml', 'requests:\n  - path: /health\n  - path: /predict\n    json: {a: 1}\n    expect:\n      statuz: 200\n');
  assert.throws(() => loadSmokeSuite(path, 'smoke.yaml'), /^UserError: smoke\.yaml:6: requests\.1\.expect: unknown key "statuz"$/);
  const noSlash = file('path.yaml', 'requests:\n  - name: x\n    path: health\n');
  assert.throws(() => loadSmokeSuite(noSlash, 'p.yaml'), /p\.yaml:3: requests\.0\.path must match pattern/);
  const empty = file('empty.yaml', 'requests: []\n');
  assert.throws(() => loadSmokeSuite(empty, 'e.yaml'), /e\.yaml:1: requests must NOT have fewer than 1 items/);
  const badSchema = file('schema.yaml', 'requests:\n  - path: /x\n    expect:\n      schema: {type: nonsense}\n');
  assert.throws(() => loadSmokeSuite(badSchema, 's.yaml'), /s\.yaml:4: the response schema is not a valid JSON Schema/);
});

test('values match as a subset for objects, exactly for arrays and scalars', () => {
  assert.equal(containsValues({ a: 1, b: { c: [1, 2], d: 'x' } }, { b: { c: [1, 2] } }), true);
  assert.equal(containsValues({ a: 1 }, { a: '1' }), false);
  assert.equal(containsValues([1, 2, 3], [1, 2]), false);
  assert.equal(containsValues(null, {}), false);
});

test('a run passes on a healthy server and fails with every problem on a wrong one', async () => {
  const suite = loadSmokeSuite(SMOKE);
  const ctx = createDeployContext({ timeoutSeconds: 10, pollIntervalMs: 10, dryRun: false });
  try {
    const run = await runSmokeSuite(suite, { url: healthy.url }, 'v1', ctx);
    assert.equal(run.passed, true);
    assert.deepEqual(run.results.map((r) => r.status), [200, 200]);
    await assert.rejects(runSmokeSuite(suite, { url: wrong.url }, 'v2', ctx), (error: unknown) => {
      assert.ok(error instanceof SmokeTestFailure);
      const failed = error.run.results.find((r) => !r.passed)!;
      assert.equal(failed.name, 'predict setosa');
      assert.ok(failed.problems.some((p) => p.includes('does not contain {"species":"setosa"}')));
      assert.ok(failed.problems.some((p) => p.includes("must have required property 'species'")));
      return true;
    });
  } finally {
    ctx.dispose();
  }
});
