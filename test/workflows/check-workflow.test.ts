import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REPO_ROOT } from '../harness/run-action.ts';
import { checkWorkflow } from './check-workflow.ts';

function messages(text: string): string[] {
  return checkWorkflow(text, REPO_ROOT).map((p) => `${p.job ?? ''}${p.step ? `/${p.step}` : ''}: ${p.message}`);
}

const GOOD = `
on: pull_request
permissions:
  contents: read
jobs:
  drift:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      issues: write
      actions: write
    steps:
      - id: drift
        uses: acme/ml-actions/actions/drift@v1
        with:
          reference: ref.json
          current: data.csv
      - run: echo "$DRIFTED"
        env:
          DRIFTED: \${{ steps.drift.outputs.drifted }}
`;

test('a well-formed workflow has no problems', () => {
  assert.deepEqual(messages(GOOD), []);
});

test('unknown actions, undeclared inputs and outputs, missing required inputs are caught', () => {
  const bad = GOOD.replace('current: data.csv', 'curent: data.csv')
    .replace('steps.drift.outputs.drifted', 'steps.drift.outputs.drifting') + `      - uses: acme/ml-actions/actions/fly@v1\n`;
  const found = messages(bad);
  assert.ok(found.some((m) => /drift has no input "curent"/.test(m)), found.join('\n'));
  assert.ok(found.some((m) => /drift needs input "current"/.test(m)), found.join('\n'));
  assert.ok(found.some((m) => /there is no action "fly"/.test(m)), found.join('\n'));
});

test('reading an output the action does not declare is caught', () => {
  const found = messages(GOOD.replace('steps.drift.outputs.drifted', 'steps.drift.outputs.drifting'));
  assert.deepEqual(found, ['drift: reads steps.drift.outputs.drifting, which "ml-actions drift" does not declare']);
});

test('missing, blanket or excess permissions are caught', () => {
  assert.ok(messages(GOOD.replace('permissions:\n  contents: read\njobs', 'jobs')).some((m) => /no top-level `permissions:`/.test(m)));
  assert.ok(messages(GOOD.replace('permissions:\n  contents: read\njobs', 'permissions: write-all\njobs')).some((m) => /too wide/.test(m)));
  assert.ok(messages(GOOD.replace('      issues: write\n', '      issues: write\n      packages: write\n')).some((m) => /grants packages: write, which none/.test(m)));
});

test('event data pasted into a run script is caught as script injection', () => {
  const injected = GOOD.replace('run: echo "$DRIFTED"', 'run: echo "${{ github.event.pull_request.title }}"');
  assert.ok(messages(injected).some((m) => /script injection/.test(m)));
  const viaOutput = GOOD.replace('run: echo "$DRIFTED"', 'run: echo "${{ steps.drift.outputs.drifted }}"');
  assert.ok(messages(viaOutput).some((m) => /script injection/.test(m)));
});
