/**
 * The application version a deploy needs, made idempotently. The bundle's digest is part of its S3
 * key and of the object's metadata, so a re-run finds what it already uploaded and registered:
 * same label and same bundle → reused; same label with other content → a clear error instead of
 * the "Version … already exists in S3" dead end. Large bundles go up in parts (lib-storage), and
 * the version is created with Process=true so EB validates it (.ebextensions) before any instance
 * sees it.
 */
import {
  CreateApplicationVersionCommand,
  CreateStorageLocationCommand,
  DescribeApplicationVersionsCommand,
  DescribeEventsCommand,
  type ApplicationVersionDescription,
  type ElasticBeanstalkClient,
} from '@aws-sdk/client-elastic-beanstalk';
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { ConfigurationError, UserError } from '../../../shared/errors.ts';
import type { DeployContext, ProviderEvent } from '../../target.ts';
import { pollUntil } from '../../wait.ts';
import type { SourceBundle } from '../source-bundle.ts';
import { awsCall, awsErrorCode, explainAwsError } from './aws-errors.ts';
import type { ElasticBeanstalkSettings } from './settings.ts';

/** Parts of 8 MiB (S3's minimum is 5 MiB), four at a time. */
const PART_SIZE = 8 * 1024 * 1024;
const DIGEST_METADATA = 'sha256';

export interface Clients {
  eb: ElasticBeanstalkClient;
  s3: S3Client;
}

export function bundleKey(settings: ElasticBeanstalkSettings, label: string, bundle: SourceBundle): string {
  return `${settings.keyPrefix}${label}-${bundle.sha256.slice(0, 12)}.zip`;
}

export async function findVersion(clients: Clients, settings: ElasticBeanstalkSettings, label: string): Promise<ApplicationVersionDescription | undefined> {
  const found = await awsCall(`read application version ${label}`, () =>
    clients.eb.send(new DescribeApplicationVersionsCommand({ ApplicationName: settings.application, VersionLabels: [label] })),
  );
  return found.ApplicationVersions?.find((v) => v.VersionLabel === label);
}

export async function storageBucket(clients: Clients, settings: ElasticBeanstalkSettings): Promise<string> {
  if (settings.bucket) return settings.bucket;
  const location = await awsCall('find the Elastic Beanstalk storage bucket', () => clients.eb.send(new CreateStorageLocationCommand({})));
  if (!location.S3Bucket) throw new Error('CreateStorageLocation returned no bucket');
  return location.S3Bucket;
}

async function storedDigest(clients: Clients, bucket: string, key: string): Promise<string | undefined> {
  try {
    const head = await clients.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.Metadata?.[DIGEST_METADATA];
  } catch (error) {
    if (awsErrorCode(error) === 'NotFound' || awsErrorCode(error) === 'NoSuchKey') return undefined;
    throw error;
  }
}

async function upload(clients: Clients, bucket: string, key: string, bundle: SourceBundle, ctx: DeployContext): Promise<void> {
  if ((await awsCall(`read s3://${bucket}/${key}`, () => storedDigest(clients, bucket, key))) === bundle.sha256) {
    ctx.log.info(`s3://${bucket}/${key} already holds this bundle (sha256 ${bundle.sha256.slice(0, 12)}); not uploading again`);
    return;
  }
  ctx.log.info(`Uploading ${(bundle.bytes.length / 1024 / 1024).toFixed(1)} MB to s3://${bucket}/${key}`);
  const transfer = new Upload({
    client: clients.s3,
    params: { Bucket: bucket, Key: key, Body: bundle.bytes, ContentType: 'application/zip', Metadata: { [DIGEST_METADATA]: bundle.sha256 } },
    partSize: PART_SIZE,
    queueSize: 4,
    leavePartsOnError: false,
  });
  await awsCall(`upload the bundle to s3://${bucket}/${key}`, () => transfer.done());
}

/** Whether an existing version carries exactly this bundle. */
async function sameBundle(clients: Clients, existing: ApplicationVersionDescription, key: string, bundle: SourceBundle): Promise<boolean> {
  const source = existing.SourceBundle;
  if (!source?.S3Bucket || !source.S3Key) return false;
  if (source.S3Key === key) return true;
  return (await storedDigest(clients, source.S3Bucket, source.S3Key).catch(() => undefined)) === bundle.sha256;
}

async function processingFailure(clients: Clients, settings: ElasticBeanstalkSettings, label: string): Promise<ProviderEvent[]> {
  const events = await clients.eb
    .send(new DescribeEventsCommand({ ApplicationName: settings.application, VersionLabel: label, Severity: 'ERROR', MaxRecords: 20 }))
    .catch(() => ({ Events: [] }));
  return (events.Events ?? []).reverse().map((event) => ({
    level: 'error' as const,
    source: `application version ${label}`,
    message: event.Message ?? '',
    time: event.EventDate?.toISOString(),
  }));
}

async function waitProcessed(clients: Clients, settings: ElasticBeanstalkSettings, label: string, ctx: DeployContext): Promise<void> {
  await pollUntil(
    ctx,
    `application version ${label} to be processed`,
    async () => {
      const version = await findVersion(clients, settings, label);
      if (!version) throw new UserError(`application version ${label} disappeared while it was being processed (deleted by someone else?)`);
      if (version.Status === 'Failed') {
        const causes = await processingFailure(clients, settings, label);
        causes.forEach((cause) => ctx.log.event(cause));
        // Nothing was deployed yet: a bundle EB cannot process is the user's to fix, not a rollback.
        throw new UserError(`Elastic Beanstalk could not process application version ${label}${causes.length ? `: ${causes.at(-1)!.message}` : ''}`);
      }
      if (version.Status === 'Processed' || version.Status === 'Unprocessed') return { done: true, value: undefined };
      return { done: false, status: version.Status ?? 'unknown' };
    },
    { backoff: 1.5, maxIntervalMs: ctx.pollIntervalMs * 4 },
  );
}

/** Makes sure `label` exists with exactly this bundle, uploading and registering it if needed. */
export async function ensureApplicationVersion(
  clients: Clients,
  settings: ElasticBeanstalkSettings,
  label: string,
  bundle: SourceBundle,
  description: string,
  ctx: DeployContext,
): Promise<{ reused: boolean }> {
  const key = bundleKey(settings, label, bundle);
  const existing = await findVersion(clients, settings, label);
  if (existing) {
    if (!(await sameBundle(clients, existing, key, bundle))) {
      const where = existing.SourceBundle ? `s3://${existing.SourceBundle.S3Bucket}/${existing.SourceBundle.S3Key}` : 'another source';
      throw new ConfigurationError(
        'version',
        `"${label}" already exists in application ${settings.application} with a different bundle (${where}; this bundle's sha256 is ${bundle.sha256.slice(0, 12)}…). ` +
          'A version label names one bundle: give this build a new version, or re-run the commit that built it.',
      );
    }
    if (existing.Status === 'Failed') {
      throw new ConfigurationError('version', `"${label}" exists but Elastic Beanstalk could not process its bundle earlier; fix the bundle and deploy it as a new version`);
    }
    ctx.log.info(`Application version ${label} already exists with this bundle; reusing it`);
    if (existing.Status === 'Processing' || existing.Status === 'Building') await waitProcessed(clients, settings, label, ctx);
    return { reused: true };
  }
  const bucket = await storageBucket(clients, settings);
  await upload(clients, bucket, key, bundle, ctx);
  try {
    await clients.eb.send(
      new CreateApplicationVersionCommand({
        ApplicationName: settings.application,
        VersionLabel: label,
        Description: description.slice(0, 200),
        SourceBundle: { S3Bucket: bucket, S3Key: key },
        Process: true,
      }),
    );
  } catch (error) {
    // Another run of the same commit may have registered it a moment ago: that is the same version.
    const raced = awsErrorCode(error) === 'InvalidParameterValue' && /already exists/i.test((error as Error).message);
    if (!raced) throw explainAwsError(error, `register application version ${label}`);
    return ensureApplicationVersion(clients, settings, label, bundle, description, ctx);
  }
  ctx.log.info(`Registered application version ${label} (s3://${bucket}/${key}); Elastic Beanstalk is validating it`);
  await waitProcessed(clients, settings, label, ctx);
  return { reused: false };
}
