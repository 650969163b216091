/**
 * Keeps a report within a size limit by giving up detail in a fixed order (unchanged rows, long
 * collapsed lists, charts, then rows of the main tables), each with a note saying what was left out,
 * and as a last resort cuts at a line boundary and closes what was open. It never fails for length.
 */
import type { ReportModel } from './model.ts';
import { FULL, renderReport, type RenderLimits, type RunLinks } from './render.ts';

export interface Budget {
  limit: number;
  measure(text: string): number;
}

/**
 * GitHub rejects comment bodies over 65,536 characters. It counts characters; a JavaScript length
 * counts UTF-16 units, which is never fewer, so measuring with it is safe.
 */
export const COMMENT_BUDGET: Budget = { limit: 65_536, measure: (text) => text.length };

/** The runner refuses a step summary over 1 MiB (bytes). */
export const SUMMARY_BUDGET: Budget = { limit: 1024 * 1024, measure: (text) => Buffer.byteLength(text, 'utf8') };

export function degradationSteps(maxRows: number): RenderLimits[] {
  const base: RenderLimits = { ...FULL, visibleRows: maxRows };
  const quiet = { ...base, unchangedRows: 0 };
  const short = { ...quiet, moreRows: 100, paramRows: 100, checkRows: 25 };
  const shorter = { ...short, moreRows: 25, paramRows: 25, checkRows: 10, confusion: false };
  const tablesOnly = { ...shorter, moreRows: 0, paramRows: 10, checkRows: 5, charts: false };
  return [
    base,
    quiet,
    short,
    shorter,
    tablesOnly,
    { ...tablesOnly, visibleRows: Math.min(maxRows, 20), trend: false },
    { ...tablesOnly, visibleRows: Math.min(maxRows, 10), paramRows: 0, checkRows: 3, trend: false },
    { ...tablesOnly, visibleRows: Math.min(maxRows, 3), paramRows: 0, checkRows: 1, trend: false },
  ];
}

export interface Fitted {
  markdown: string;
  /** 0 when nothing had to give; higher is more detail left out. */
  step: number;
  cut: boolean;
}

/** Renders the most detailed version that fits `budget` once `reserve` characters (the marker) are added. */
export function fitReport(model: ReportModel, links: RunLinks, maxRows: number, budget: Budget, reserve = 0): Fitted {
  const limit = budget.limit - reserve;
  const steps = degradationSteps(maxRows);
  let markdown = '';
  for (const [step, limits] of steps.entries()) {
    markdown = renderReport(model, links, limits);
    if (budget.measure(markdown) <= limit) return { markdown, step, cut: false };
  }
  return { markdown: cutToFit(markdown, limit, budget), step: steps.length, cut: true };
}

const CUT_NOTE = '\n\n**This report was cut short to fit GitHub\'s size limit.** The job summary and the report file have all of it.\n';

/** Cuts at a line boundary, closes open code blocks and collapsed sections, and says so. */
export function cutToFit(markdown: string, limit: number, budget: Budget): string {
  const room = limit - budget.measure(CUT_NOTE) - 200;
  let kept = markdown;
  // Bytes and characters differ for non-ASCII text; shrink until it really fits.
  for (let length = Math.min(markdown.length, room); length > 0; length = Math.floor(length * 0.9)) {
    kept = markdown.slice(0, length);
    const newline = kept.lastIndexOf('\n');
    if (newline > 0) kept = kept.slice(0, newline);
    if (budget.measure(kept) <= room) break;
  }
  const fences = (kept.match(/^```/gm) ?? []).length;
  if (fences % 2 === 1) kept += '\n```';
  const open = (kept.match(/<details[\s>]/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < open; i++) kept += '\n\n</details>';
  return kept + CUT_NOTE;
}
