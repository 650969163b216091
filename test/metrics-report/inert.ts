/**
 * Checks that a rendered report carries nothing a pull request could have injected: no HTML from
 * names, no links or images, no mentions, tables with the right number of cells, balanced collapsed
 * sections, and Mermaid blocks made only of the chart statements the renderer writes.
 */
import assert from 'node:assert/strict';

/** The only tags the renderer itself writes. */
const OWN_TAGS = /^<\/?(details|summary|sub|b|br)( open)?>$/;

export function unescapedPipes(line: string): number {
  return (line.match(/(?<!\\)\|/g) ?? []).length;
}

export function assertInert(markdown: string, hostileWords: string[] = ['evil', 'octocat']): void {
  for (const tag of markdown.match(/<[^>\n]*>/g) ?? []) {
    if (tag.startsWith('<!-- ml-actions:metrics-report ')) continue;
    assert.match(tag, OWN_TAGS, `unexpected tag ${tag}`);
  }
  assert.equal((markdown.match(/<details[\s>]/g) ?? []).length, (markdown.match(/<\/details>/g) ?? []).length, 'balanced <details>');
  const links = [...markdown.matchAll(/!?\[([^\]]*)\]\(([^)]*)\)/g)];
  for (const [whole, , url] of links) {
    assert.match(url!, /^(https?:\/\/(github\.com|127\.0\.0\.1[:\d]*|localhost[:\d]*)\/|http:\/\/127)/, `only the renderer's own links: ${whole}`);
    assert.ok(!whole.startsWith('!'), `no images: ${whole}`);
    for (const word of hostileWords) assert.ok(!url!.includes(word), `no link to ${word}: ${whole}`);
  }
  assert.doesNotMatch(markdown, /(^|[^\u200d])@[A-Za-z0-9]/m, 'every @ is followed by a zero-width joiner');
  assert.doesNotMatch(markdown, /(?<!\u200d)\/\/evil/, 'no bare URL to autolink');
  let columns = 0;
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) {
      inFence = !inFence;
      if (inFence) assert.equal(line, '```mermaid', 'the only code blocks are Mermaid charts');
      continue;
    }
    if (inFence) {
      assert.match(line, /^(xychart-beta|    title "[A-Za-z0-9 ._:/=+-]*"|    x-axis \[("[A-Za-z0-9 ._:/=+-]*"(, )?)+\]|    y-axis "[A-Za-z0-9 ._:/=+-]*" [-\d.]+ --> [-\d.]+|    line \[[-\d., ]+\])$/, `mermaid line: ${line}`);
      continue;
    }
    if (line.startsWith('|')) {
      const pipes = unescapedPipes(line);
      if (/^\| *:?-/.test(line)) columns = pipes;
      else if (columns) assert.equal(pipes, columns, `row with the table's cells: ${line}`);
    } else {
      columns = 0;
    }
  }
  assert.ok(!inFence, 'every code block is closed');
}
