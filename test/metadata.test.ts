/**
 * Every action's metadata is complete and agrees with its code: what action.yml declares is exactly
 * what the code reads and writes, and the generated docs are current.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ACTION_NAMES, loadAction } from '../src/actions.ts';
import { ROOT, actionMetadata, actionNames, currentReadme, renderUmbrellaAction, withApiTables } from '../scripts/generated-docs.ts';
import { readActionMetadata } from '../src/shared/metadata.ts';
import type { InputSpecs } from '../src/shared/inputs.ts';

// The icons and colours the Marketplace accepts for `branding`.
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];

test('every folder under actions/ is a registered action, and the other way round', () => {
  assert.deepEqual([...ACTION_NAMES].sort(), actionNames());
});

for (const name of actionNames()) {
  test(`${name}: action.yml is complete and runs on node24 from an existing bundle`, () => {
    const path = join(ROOT, 'actions', name, 'action.yml');
    const metadata = readActionMetadata(path);
    assert.ok(metadata.name, 'name');
    assert.ok(metadata.description, 'description');
    assert.ok(metadata.branding?.icon, 'branding.icon');
    assert.ok(COLORS.includes(metadata.branding?.color ?? ''), `branding.color ${metadata.branding?.color}`);
    assert.equal(metadata.runs.using, 'node24');
    assert.equal(metadata.runs.main, `../../dist/${name}.js`);
    assert.ok(existsSync(resolve(dirname(path), metadata.runs.main)), `${metadata.runs.main} exists`);
    for (const [input, spec] of Object.entries(metadata.inputs)) {
      assert.ok(spec.description?.trim(), `input ${input} has a description`);
      assert.match(input, /^[a-z][a-z0-9-]*$/, `input ${input} is kebab-case`);
    }
    for (const [output, spec] of Object.entries(metadata.outputs)) {
      assert.ok(spec.description?.trim(), `output ${output} has a description`);
      assert.match(output, /^[a-z][a-z0-9-]*$/, `output ${output} is kebab-case`);
    }
  });

  test(`${name}: the inputs and outputs the code uses are exactly those declared`, async () => {
    const metadata = actionMetadata(name);
    const definition = await loadAction(name);
    assert.equal(definition.name, name);
    assert.deepEqual(Object.keys(definition.inputs).sort(), Object.keys(metadata.inputs).sort(), 'inputs');
    assert.deepEqual([...definition.outputs].sort(), Object.keys(metadata.outputs).sort(), 'outputs');
    for (const [input, spec] of Object.entries(definition.inputs as InputSpecs)) {
      const declared = metadata.inputs[input]!;
      const hasDefault = declared.default !== undefined && String(declared.default) !== '';
      // An expression default such as ${{ github.token }} is empty outside the runner (CLI, demo), so
      // the code must cope without it; a literal default is always there.
      const literalDefault = hasDefault && !String(declared.default).includes('${{');
      assert.equal(spec.required, declared.required === true, `${input}: required in code and action.yml agree`);
      assert.equal(spec.defaulted, literalDefault, `${input}: code counts on a default exactly when action.yml has a literal one`);
      assert.ok(!(declared.required && hasDefault), `${input}: required inputs have no default`);
    }
  });

  test(`${name}: README inputs/outputs tables are generated from action.yml and current`, () => {
    const readme = currentReadme(name);
    assert.equal(readme, withApiTables(readme, actionMetadata(name)), `actions/${name}/README.md is stale: run npm run docs`);
  });
}

test('the umbrella action.yml is generated from the actions and current', () => {
  const committed = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  assert.equal(committed, renderUmbrellaAction(), 'action.yml is stale: run npm run docs');
  const umbrella = readActionMetadata(join(ROOT, 'action.yml'));
  assert.equal(umbrella.runs.using, 'node24');
  assert.ok(existsSync(join(ROOT, umbrella.runs.main)));
});
