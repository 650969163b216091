import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeSpan, escapeMarkdown, table } from '../../src/shared/markdown.ts';

test('escapeMarkdown renders hostile text inert', () => {
  const hostile = '<img src=x onerror=alert(1)> [click](https://evil.example) ![i](http://x/y.png) @octocat #12 | *bold*\nnext';
  const escaped = escapeMarkdown(hostile);
  assert.doesNotMatch(escaped, /<img/);
  assert.doesNotMatch(escaped, /\]\(/, 'no markdown link survives');
  assert.doesNotMatch(escaped, /https:\/\//, 'no bare URL to autolink');
  assert.doesNotMatch(escaped, /@octocat/, 'no mention');
  assert.doesNotMatch(escaped, /(?<!\\)\|/, 'no unescaped pipe');
  assert.doesNotMatch(escaped, /\n/);
  assert.match(escaped, /&lt;img/);
});

test('escapeMarkdown truncates long values with an ellipsis', () => {
  assert.equal(escapeMarkdown('abcdefghij', 5), 'abcd…');
});

test('codeSpan allows no HTML, link, mention or table break inside the code tag', () => {
  assert.equal(codeSpan('a|b<c>'), '<code>a\\|b&lt;c&gt;</code>');
  assert.equal(codeSpan(''), '<code>&nbsp;</code>');
  const link = codeSpan('[x](https://evil.example) @octocat');
  assert.doesNotMatch(link, /\]\(/);
  assert.doesNotMatch(link, /https:\/\//);
  assert.doesNotMatch(link, /@octocat/);
});

test('table escapes stray pipes as a last guard', () => {
  const rendered = table(['name', 'value'], [['a|b', '1']]);
  assert.match(rendered, /a\\\|b/);
  assert.equal(rendered.split('\n').length, 3);
});

test('escapeMarkdown blocks line-start syntax and #refs', () => {
  assert.equal(escapeMarkdown('- not a list'), '\\- not a list');
  assert.equal(escapeMarkdown('1. not a list'), '1\\. not a list');
  assert.doesNotMatch(escapeMarkdown('fixes #12'), /#12/);
});
