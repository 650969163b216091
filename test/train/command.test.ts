import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { LineTail, runCommand } from '../../src/train/command.ts';
import { isRunning } from './fixture.ts';

function quiet() {
  const sink = new PassThrough();
  sink.resume();
  return { stdout: sink, stderr: sink };
}

test('the exit code, signal and output tail come back; the command sees the given environment', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'command-'));
  const result = await runCommand({ command: 'echo "seed=$ML_SEED"; echo oops >&2; exit 4', cwd, env: { ...process.env, ML_SEED: '7' }, ...quiet() });
  assert.equal(result.exitCode, 4);
  assert.equal(result.signal, null);
  assert.deepEqual(result.tail, ['seed=7', 'oops']);
  assert.equal(result.timedOut, false);
});

test('a pipeline fails when any part of it fails, as in a run step (pipefail)', async () => {
  const result = await runCommand({ command: 'false | cat', cwd: tmpdir(), env: process.env, ...quiet() });
  assert.equal(result.exitCode, 1);
});

test('a grandchild that ignores SIGTERM is killed after the grace period', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'command-'));
  const command = `sh -c 'trap "" TERM; echo $$ > stubborn.pid; while :; do sleep 0.05; done' & wait`;
  const result = await runCommand({ command, cwd, env: process.env, timeoutSeconds: 0.5, graceSeconds: 0.3, ...quiet() });
  assert.equal(result.timedOut, true);
  const pid = Number(readFileSync(join(cwd, 'stubborn.pid'), 'utf8'));
  assert.equal(isRunning(pid), false);
});

test('processes left running after the command exits are stopped and reported', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'command-'));
  const result = await runCommand({ command: 'sleep 300 & echo $! > bg.pid; echo started', cwd, env: process.env, graceSeconds: 1, ...quiet() });
  assert.equal(result.exitCode, 0);
  assert.equal(result.strayProcesses, true);
  assert.equal(isRunning(Number(readFileSync(join(cwd, 'bg.pid'), 'utf8'))), false);
});

test('the tail keeps the last lines, drops terminal colours and keeps the last state of a progress bar', () => {
  const tail = new LineTail(3);
  tail.push('one\ntwo\n\u001b[31mred\u001b[0m\n10%\r50%\r100%\nunfinished');
  assert.deepEqual(tail.lines(), ['red', '100%', 'unfinished']);
});
