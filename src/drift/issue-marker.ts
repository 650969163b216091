/**
 * The hidden first line of a drift issue's body: which monitor it belongs to (`issue-key`, so that
 * several monitors in one repository keep one issue each). Versioned, so a later format still finds
 * the issues an earlier one opened.
 */

export const ISSUE_MARKER_VERSION = 1;
const PREFIX = '<!-- ml-actions:drift';

/** `%`-encoding keeps `-->`, spaces and newlines of a key out of the comment syntax. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

export function formatIssueMarker(key: string): string {
  return `${PREFIX} v=${ISSUE_MARKER_VERSION} key=${encode(key) || '-'} -->`;
}

// Only at the start of a line: a quote of the body ("> <!-- …") is not a drift issue.
const MARKER_LINE = /^<!-- ml-actions:drift v=(\d+) key=(\S+) -->$/m;

/** The monitor key a body's marker names, or undefined when the body has no (readable) marker. */
export function issueMarkerKey(body: string | null | undefined): string | undefined {
  if (!body || !body.includes(PREFIX)) return undefined;
  const match = MARKER_LINE.exec(body);
  if (!match) return undefined;
  if (match[2] === '-') return '';
  try {
    return decodeURIComponent(match[2]!);
  } catch {
    return undefined;
  }
}
