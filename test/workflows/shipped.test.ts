/** The ready-to-copy workflows in workflows/ hold up to the same checks users' workflows would. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-action.ts';
import { checkWorkflow } from './check-workflow.ts';

const SHIPPED = ['ml-pull-request.yml', 'ml-release.yml', 'ml-monitor.yml', 'ml-fork-report.yml'];

test('the four workflows are shipped', () => {
  const present = readdirSync(join(REPO_ROOT, 'workflows')).filter((name) => name.endsWith('.yml'));
  for (const name of SHIPPED) assert.ok(present.includes(name), `workflows/${name}`);
});

for (const name of readdirSync(join(REPO_ROOT, 'workflows')).filter((file) => file.endsWith('.yml'))) {
  test(`workflows/${name}: parses, names real actions, inputs and outputs, least privilege, no script injection`, () => {
    const problems = checkWorkflow(readFileSync(join(REPO_ROOT, 'workflows', name), 'utf8'), REPO_ROOT);
    assert.deepEqual(problems.map((p) => `${p.job ?? ''}${p.step ? `/${p.step}` : ''}: ${p.message}`), []);
  });
}

test('the repository\'s own CI workflow holds to the same checks', () => {
  const problems = checkWorkflow(readFileSync(join(REPO_ROOT, '.github/workflows/ci.yml'), 'utf8'), REPO_ROOT);
  assert.deepEqual(problems.map((p) => `${p.job ?? ''}${p.step ? `/${p.step}` : ''}: ${p.message}`), []);
});
