/** Logging through the runner's workflow commands: groups, and annotations that point at files. */
import * as core from '@actions/core';
import type { SourceLocation } from './errors.ts';

export async function group<T>(title: string, work: () => Promise<T>): Promise<T> {
  core.startGroup(title);
  try {
    return await work();
  } finally {
    core.endGroup();
  }
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  location?: SourceLocation;
  endLine?: number;
}

export function annotate(annotation: Annotation): void {
  const properties: core.AnnotationProperties = { title: annotation.title };
  if (annotation.location) {
    properties.file = annotation.location.file;
    properties.startLine = annotation.location.line;
    properties.endLine = annotation.endLine ?? annotation.location.line;
    // The runner ignores a column without a line, and a column range across lines.
    if (annotation.location.line !== undefined && properties.endLine === properties.startLine) {
      properties.startColumn = annotation.location.column;
    }
  }
  const emit = { error: core.error, warning: core.warning, notice: core.notice }[annotation.level];
  emit(annotation.message, properties);
}

/**
 * Annotations beyond the limit are counted, not emitted: GitHub shows at most 10 errors and 10
 * warnings per step anyway, and thousands of lines bury the log.
 */
export class AnnotationBudget {
  private emitted = 0;
  private leftOut = 0;
  readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  add(annotation: Annotation): void {
    if (this.emitted < this.limit) {
      this.emitted++;
      annotate(annotation);
    } else {
      this.leftOut++;
    }
  }
  /** How many were counted but not emitted so far. */
  get dropped(): number {
    return this.leftOut;
  }
  /** Says out loud how many were left out, if any. */
  finish(): void {
    if (this.leftOut > 0) core.info(`${this.leftOut} more annotations were left out (limit ${this.limit}).`);
  }
}
