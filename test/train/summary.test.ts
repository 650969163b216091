import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeBlock } from '../../src/shared/markdown.ts';
import { formatDuration, formatNumber, renderSummary } from '../../src/train/summary.ts';
import type { RunRecord } from '../../src/train/record.ts';

function record(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    format: 'ml-actions/run-record@1',
    run_id: 'r-1',
    status: 'succeeded',
    command: 'python train.py | tee log',
    working_directory: '.',
    started_at: '2026-01-01T00:00:00.000Z',
    finished_at: '2026-01-01T00:01:30.000Z',
    duration_seconds: 90,
    exit_code: 0,
    signal: null,
    seed: 42,
    git: { sha: 'a'.repeat(40), ref: 'refs/heads/main', dirty: false, changed_files: [], code_digest: 'c'.repeat(64), code_files: 3 },
    github: { repository: null, run_id: null, run_attempt: null, run_url: null, workflow: null, job: null, event: null, actor: null },
    params_file: null,
    params: {},
    metrics_file: 'metrics.json',
    metrics: { '<img src=x>': 0.123456789, 'f1|macro': 1 },
    data: [],
    model: null,
    cache: { enabled: false, key: null, hit: false, miss_reason: null, restored_from: null, saved: null },
    environment: { os: 'Linux', os_release: '6', platform: 'linux', arch: 'x64', cpus: 2, cpu_model: null, memory_bytes: 1, runner_image: null, runtimes: {} },
    tool: { name: 'ml-actions/train', version: '0.1.0' },
    ...overrides,
  };
}

test('names from the project are escaped and numbers shortened', () => {
  const summary = renderSummary({ record: record() });
  assert.doesNotMatch(summary, /<img/);
  assert.match(summary, /&lt;img src=x&gt;\s+\|\s+0\.123457 \|/);
  assert.match(summary, /f1\\\|macro/);
  assert.match(summary, /<code>python train\.py \\\| tee log<\/code>/);
  assert.equal(formatNumber(null), '—');
  assert.equal(formatDuration(90), '1 min 30 s');
  assert.equal(formatDuration(3.14159), '3.14 s');
});

test('output lines cannot break out of their code block', () => {
  const hostile = 'ok\n```\n## injected heading\n````';
  const block = codeBlock(hostile, 'text');
  assert.ok(block.startsWith('`````text\n') && block.endsWith('\n`````'));
  const summary = renderSummary({ record: record({ status: 'failed', exit_code: 1 }), tail: hostile.split('\n') });
  assert.match(summary, /`````text\nok\n```\n## injected heading\n````\n`````/);
});
