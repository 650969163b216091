/**
 * One error taxonomy for the whole toolkit. A `UserError` is a mistake the user can fix (bad input,
 * bad file); its message is shown as is, without a stack trace. Anything else is a bug or an outage
 * and keeps its stack for debug logs.
 */

/** Where in a file a problem is, so it can become an annotation. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export class UserError extends Error {
  readonly location?: SourceLocation;
  constructor(message: string, location?: SourceLocation, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UserError';
    this.location = location;
  }
}

/** A workflow input has a value the action cannot use. The message always names the input. */
export class ConfigurationError extends UserError {
  readonly input: string;
  constructor(input: string, message: string) {
    super(`Input "${input}" ${message}`);
    this.name = 'ConfigurationError';
    this.input = input;
  }
}

/**
 * The action ran correctly and its verdict is "fail" (a blocked gate, failed data checks).
 * Outputs were written; the step fails with this message.
 */
export class ActionFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ActionFailed';
  }
}

/** Normalises anything thrown (strings, objects, errors with causes) into one readable line. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const parts = [error.message || error.name];
    let cause = error.cause;
    while (cause instanceof Error && parts.length < 4) {
      // Wrapped errors often quote their cause already; say each thing once.
      const text = cause.message;
      if (!parts.some((part) => part.includes(text))) parts.push(text);
      cause = cause.cause;
    }
    return parts.join(': ');
  }
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** `file:line:column` for messages, leaving out what is unknown. */
export function formatLocation(location: SourceLocation): string {
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.line !== undefined && location.column !== undefined) text += `:${location.column}`;
  return text;
}
