import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-action.ts';
import { parseCliArguments, closest } from '../../src/cli/arguments.ts';
import { renderLine } from '../../src/cli/terminal.ts';

function cli(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('INPUT_') || name.startsWith('GITHUB_')) delete env[name];
  return spawnSync(process.execPath, [join(REPO_ROOT, 'bin/ml-actions.js'), ...args], { encoding: 'utf8', env, cwd: REPO_ROOT });
}

test('arguments: --name value, --name=value, repeated names join as lines', () => {
  assert.deepEqual(parseCliArguments(['validate-data', '--contract', 'c.yaml', '--data=a.csv', '--data', 'b.csv']), {
    command: 'validate-data',
    inputs: { contract: 'c.yaml', data: 'a.csv\nb.csv' },
    help: false,
    version: false,
    debug: false,
  });
  assert.throws(() => parseCliArguments(['train', '--run']), /--run needs a value/);
  assert.deepEqual(parseCliArguments(['deploy', '--version', 'v2']).inputs, { version: 'v2' });
  assert.equal(parseCliArguments(['--version']).version, true);
  assert.throws(() => parseCliArguments(['train', 'extra']), /unexpected argument "extra"/);
  assert.equal(closest('curent', ['current', 'reference']), 'current');
  assert.equal(closest('zzzzzz', ['current', 'reference']), undefined);
});

test('workflow commands become readable terminal lines', () => {
  const style = { color: false, debug: false };
  assert.equal(renderLine('::error file=data.csv,line=3::bad value', style), 'error: data.csv:3: bad value');
  assert.equal(renderLine('::group::Load data', style), '▸ Load data');
  assert.equal(renderLine('::endgroup::', style), undefined);
  assert.equal(renderLine('::debug::detail', style), undefined);
  assert.equal(renderLine('::debug::detail', { color: false, debug: true }), 'debug: detail');
  assert.equal(renderLine('plain', style), 'plain');
});

test('--help for a command lists its inputs from action.yml', () => {
  const result = cli('train', '--help');
  assert.equal(result.status, 0);
  assert.match(result.stdout, /Usage: ml-actions train/);
  assert.match(result.stdout, /--run \(required\)/);
  assert.match(result.stdout, /--working-directory \(default: \.\)/);
});

test('no command prints usage with the command list; unknown commands and inputs get a hint', () => {
  const usage = cli();
  assert.equal(usage.status, 2);
  assert.match(usage.stdout, /Commands: validate-data, train, evaluate/);
  const unknown = cli('valdate-data');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command "valdate-data" \(did you mean validate-data\?\)/);
  const badInput = cli('drift', '--refrence', 'x');
  assert.equal(badInput.status, 2);
  assert.match(badInput.stderr, /drift has no input --refrence \(did you mean --reference\?\)/);
});

test('running an action shows its failure readably and returns its exit code', () => {
  const result = cli('drift', '--reference', 'a.csv', '--current', 'b.csv');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^error: drift: Input "reference" names a\.csv, which does not exist/m);
  assert.doesNotMatch(result.stdout, /::error/);
});
