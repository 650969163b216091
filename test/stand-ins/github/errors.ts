// GitHub's error answers: `{ message, documentation_url, status, errors? }`.
// Route handlers and the store throw GitHubError; the server turns it into a
// response and fills in documentation_url from the operation's documentation.

export interface ValidationErrorItem {
  resource?: string;
  field?: string;
  code: string;
  message?: string;
  value?: string | number | string[];
}

export class GitHubError extends Error {
  readonly status: number;
  readonly errors?: Array<ValidationErrorItem | Record<string, unknown>>;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    message: string,
    details: { errors?: Array<ValidationErrorItem | Record<string, unknown>>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'GitHubError';
    this.status = status;
    this.errors = details.errors;
    this.headers = details.headers ?? {};
  }

  toBody(documentationUrl: string): Record<string, unknown> {
    return {
      message: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      documentation_url: documentationUrl,
      status: String(this.status),
    };
  }
}

export function notFound(message = 'Not Found'): GitHubError {
  return new GitHubError(404, message);
}

export function validationFailed(errors: ValidationErrorItem[], message = 'Validation Failed'): GitHubError {
  return new GitHubError(422, message, { errors });
}

/** 422 with a plain message, as GitHub answers for some semantic failures ("Reference already exists"). */
export function unprocessable(message: string): GitHubError {
  return new GitHubError(422, message);
}

export function conflict(message: string, errors?: Array<Record<string, unknown>>): GitHubError {
  return new GitHubError(409, message, { errors });
}

export function forbidden(message: string): GitHubError {
  return new GitHubError(403, message);
}

/** What GitHub answers when a GITHUB_TOKEN lacks a permission (e.g. on pull requests from forks). */
export function notAccessibleByIntegration(): GitHubError {
  return new GitHubError(403, 'Resource not accessible by integration');
}

export function gone(message: string): GitHubError {
  return new GitHubError(410, message);
}
