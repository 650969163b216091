/**
 * The hidden first line of a report comment: which report it is (the `header` key), for which head
 * commit and when it was made. The key finds the comment; sha and time keep an older run from
 * overwriting a newer report. Versioned, so a later format can still recognise these comments.
 */

export const MARKER_VERSION = 1;
const PREFIX = '<!-- ml-actions:metrics-report';

export interface Marker {
  version: number;
  key: string;
  /** Head commit the report is about ('' outside pull requests). */
  sha: string;
  /** ISO 8601 time the report was made. */
  time: string;
  run: string;
}

/** `%`-encoding keeps `-->`, spaces and newlines of a header out of the comment syntax. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export function formatMarker(marker: Omit<Marker, 'version'>): string {
  return `${PREFIX} v=${MARKER_VERSION} key=${encode(marker.key)} sha=${encode(marker.sha) || '-'} time=${encode(marker.time)} run=${encode(marker.run) || '-'} -->`;
}

// Only at the start of a line: a quote reply ("> <!-- …") is not a report.
const MARKER_LINE = /^<!-- ml-actions:metrics-report v=(\d+) key=(\S*) sha=(\S+) time=(\S+) run=(\S+) -->$/m;

export function parseMarker(body: string | null | undefined): Marker | undefined {
  if (!body || !body.includes(PREFIX)) return undefined;
  const match = MARKER_LINE.exec(body);
  if (!match) return undefined;
  const [, version, key, sha, time, run] = match;
  const decoded = [key, sha, time, run].map((part) => decode(part!));
  if (decoded.some((part) => part === undefined)) return undefined;
  return {
    version: Number(version),
    key: decoded[0]!,
    sha: decoded[1] === '-' ? '' : decoded[1]!,
    time: decoded[2]!,
    run: decoded[3] === '-' ? '' : decoded[3]!,
  };
}

/** The comment body: marker line first, so that even a cut report keeps it. */
export function withMarker(marker: Omit<Marker, 'version'>, markdown: string): string {
  return `${formatMarker(marker)}\n${markdown}`;
}

/** Longest marker line a report can have, for the size budget. */
export function markerReserve(marker: Omit<Marker, 'version'>): number {
  return formatMarker(marker).length + 1;
}
