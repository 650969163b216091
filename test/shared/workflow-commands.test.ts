import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotationsOf, parseFileCommands, parseWorkflowCommands } from '../../src/shared/workflow-commands.ts';

test('file commands: plain and multi-line delimiter forms', () => {
  const text = 'passed=true\nreport<<ghadelimiter_123\n{"a": 1}\nline two\nghadelimiter_123\nempty=\n';
  assert.deepEqual(parseFileCommands(text), { passed: 'true', report: '{"a": 1}\nline two', empty: '' });
  assert.throws(() => parseFileCommands('x<<EOF\nno end'), /no closing delimiter/);
});

test('workflow commands: annotations with escaped properties and data', () => {
  const stdout = [
    'plain log line',
    '::error file=data/a%2Cb.csv,line=12,col=3,title=type%3A int::value "x" is not an integer%0Asecond line',
    '::warning::no location',
    '::group::Load',
  ].join('\n');
  const commands = parseWorkflowCommands(stdout);
  assert.equal(commands.length, 3);
  assert.deepEqual(annotationsOf(commands), [
    { level: 'error', message: 'value "x" is not an integer\nsecond line', file: 'data/a,b.csv', line: 12, endLine: undefined, col: 3, title: 'type: int' },
    { level: 'warning', message: 'no location', file: undefined, line: undefined, endLine: undefined, col: undefined, title: undefined },
  ]);
});
