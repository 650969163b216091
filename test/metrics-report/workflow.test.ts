import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const workflow = parse(readFileSync(new URL('../../workflows/ml-fork-report.yml', import.meta.url), 'utf8'));

test('the fork publisher runs on workflow_run with the least permissions and never touches the pull request\'s code', () => {
  assert.deepEqual(workflow.on, { workflow_run: { workflows: ['ml-pull-request'], types: ['completed'] } });
  assert.deepEqual(workflow.permissions, { actions: 'read', 'pull-requests': 'write' });
  const steps = workflow.jobs.publish.steps as Array<{ uses?: string; run?: string; with?: Record<string, string> }>;
  assert.equal(steps.length, 1, 'one step: no checkout, no build');
  assert.ok(steps.every((step) => !step.run && !/checkout/.test(step.uses ?? '')));
  assert.match(steps[0]!.uses!, /\/actions\/metrics-report@/);
  assert.deepEqual(steps[0]!.with, { mode: 'publish' });
  assert.match(workflow.jobs.publish.if, /github\.event\.workflow_run\.event == 'pull_request'/);
});

test('the README\'s rendered example is what the renderer makes today', async () => {
  const { readmeExample } = await import('./readme-example.ts');
  const readme = readFileSync(new URL('../../actions/metrics-report/README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(`---\n\n${readmeExample().trimEnd()}\n\n---`), 'run the example and paste it into the README');
});
