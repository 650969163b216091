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

test('codeSpan keeps exact characters without allowing HTML or a table break', () => {
  assert.equal(codeSpan('a|b<c>'), '<code>a&#124;b&lt;c&gt;</code>');
  assert.equal(codeSpan(''), '<code>&nbsp;</code>');
});

test('codeSpan leaves no markdown link, image, emphasis or bare URL inside the <code> element', () => {
  const code = codeSpan('![i](http://x/y.png) [click](https://evil.example) *bold* ~~gone~~ `tick` \\ $x$ www.evil.example');
  assert.doesNotMatch(code, /[[\]*~`\\$]/);
  assert.doesNotMatch(code, /:\/\//);
  assert.doesNotMatch(code, /www\./);
  assert.equal(codeSpan('max_depth'), '<code>max_depth</code>');
});

test('table escapes stray pipes as a last guard', () => {
  const rendered = table(['name', 'value'], [['a|b', '1']]);
  assert.match(rendered, /a\\\|b/);
  assert.equal(rendered.split('\n').length, 3);
});
