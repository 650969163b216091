/**
 * AWS errors a user can act on, turned into messages that say what to do; everything else passes
 * through unchanged.
 */
import { UserError } from '../../../shared/errors.ts';

interface AwsErrorShape {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $retryable?: { throttling?: boolean };
}

export function awsErrorCode(error: unknown): string | undefined {
  return (error as AwsErrorShape | null)?.name;
}

/** Throttling the SDK's own retries did not get past: the caller polls again later. */
export function isThrottling(error: unknown): boolean {
  const shape = error as AwsErrorShape | null;
  return Boolean(shape?.$retryable?.throttling) || ['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException', 'SlowDown'].includes(shape?.name ?? '');
}

export function explainAwsError(error: unknown, doing: string): unknown {
  const code = awsErrorCode(error);
  const message = (error as AwsErrorShape | null)?.message ?? '';
  const requestId = (error as AwsErrorShape | null)?.$metadata?.requestId;
  const reference = requestId ? ` (request ${requestId})` : '';
  if (code === 'ExpiredToken' || code === 'ExpiredTokenException') {
    return new UserError(
      `AWS refused to ${doing}: the session credentials expired${reference}. Credentials from aws-actions/configure-aws-credentials last ` +
        '`role-duration-seconds` (1 hour by default): raise it above the step\'s timeout, or run configure-aws-credentials again before this step.',
      undefined,
      { cause: error },
    );
  }
  if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return new UserError(
      `No AWS credentials to ${doing}. Add aws-actions/configure-aws-credentials (OIDC: role-to-assume, with \`permissions: id-token: write\`) before this step.`,
      undefined,
      { cause: error },
    );
  }
  if (code === 'InsufficientPrivilegesException' || code === 'AccessDenied' || code === 'AccessDeniedException' || code === 'InvalidClientTokenId' || code === 'UnrecognizedClientException') {
    return new UserError(`AWS refused to ${doing}: ${code}: ${message}${reference}. The role needs Elastic Beanstalk and S3 permissions for this application (AdministratorAccess-AWSElasticBeanstalk covers them).`, undefined, { cause: error });
  }
  if (code === 'ConfigurationValidationException' || code === 'InvalidParameterValue' || code === 'InvalidParameterCombination') {
    return new UserError(`Elastic Beanstalk refused to ${doing}: ${message}${reference}`, undefined, { cause: error });
  }
  return error;
}

/** Runs an AWS call, explaining the errors a user can fix. */
export async function awsCall<T>(doing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw explainAwsError(error, doing);
  }
}
