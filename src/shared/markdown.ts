/**
 * Markdown for comments and job summaries. Text that comes from a pull request (metric names, data
 * values, file names) goes through `escapeMarkdown` so it renders as plain text: no HTML, no links
 * or images, no @mentions or #references, no table breakage.
 */
import { markdownTable } from 'markdown-table';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Characters with a meaning in GitHub-flavoured Markdown (list and heading markers included, as a
// value may start a line), escaped with a backslash.
const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|~$]/g;
// Inside a tag nothing starts a line, so list and heading markers can stay as they are.
const INLINE_SPECIALS = /[\\`*_{}[\]()!|~$]/g;
// Zero-width joiner: stops @mentions, #refs and bare-URL autolinks without changing what is read.
const ZWJ = '\u200d';

export function escapeMarkdown(text: unknown, maxLength = 200): string {
  return escapeWith(MARKDOWN_SPECIALS, text, maxLength);
}

function escapeWith(specials: RegExp, text: unknown, maxLength: number): string {
  let value = String(text ?? '');
  if (value.length > maxLength) value = `${value.slice(0, maxLength - 1)}…`;
  return value
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]!)
    .replace(specials, (c) => `\\${c}`)
    .replace(/#(?=\w)/g, `#${ZWJ}`)
    .replace(/@/g, `@${ZWJ}`)
    .replace(/:\/\//g, `:${ZWJ}//`)
    .replace(/\bwww\./gi, (w) => `www${ZWJ}.`);
}

/**
 * Inline code for values where exact characters matter. GitHub still parses markdown inside a
 * <code> tag, so the value is escaped as text as well; the tag only sets the font.
 */
export function codeSpan(text: unknown, maxLength = 200): string {
  const escaped = escapeWith(INLINE_SPECIALS, text, maxLength);
  return `<code>${escaped === '' ? '&nbsp;' : escaped}</code>`;
}

export type Align = 'l' | 'r' | 'c' | '';

/** A GitHub table. Cells must already be escaped; pipes are escaped here as a last guard. */
export function table(header: string[], rows: string[][], align?: Align[]): string {
  const guard = (cell: string) => cell.replace(/(?<!\\)\|/g, '\\|');
  return markdownTable([header.map(guard), ...rows.map((row) => row.map(guard))], { align });
}

/** A collapsed section; GitHub needs the blank line after </summary> to render markdown inside. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/**
 * A fenced code block that its content cannot close early: the fence is longer than any run of
 * backticks inside. Nothing in a code block renders (no HTML, links or mentions).
 */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`;
}
