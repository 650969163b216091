export const id = 371;
export const ids = [371];
export const modules = {

/***/ 38371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ createElasticBeanstalkTarget)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-beanstalk/dist-cjs/index.js
var dist_cjs = __webpack_require__(76114);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(22358);
// EXTERNAL MODULE: ./src/deploy/wait.ts
var wait = __webpack_require__(65158);
;// CONCATENATED MODULE: ./src/deploy/targets/elastic-beanstalk/aws-errors.ts
/**
 * AWS errors a user can act on, turned into messages that say what to do; everything else passes
 * through unchanged.
 */

function awsErrorCode(error) {
    return error?.name;
}
/** Throttling the SDK's own retries did not get past: the caller polls again later. */
function isThrottling(error) {
    const shape = error;
    return Boolean(shape?.$retryable?.throttling) || ['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException', 'SlowDown'].includes(shape?.name ?? '');
}
function explainAwsError(error, doing) {
    const code = awsErrorCode(error);
    const message = error?.message ?? '';
    const requestId = error?.$metadata?.requestId;
    const reference = requestId ? ` (request ${requestId})` : '';
    if (code === 'ExpiredToken' || code === 'ExpiredTokenException') {
        return new errors/* UserError */.yo(`AWS refused to ${doing}: the session credentials expired${reference}. Credentials from aws-actions/configure-aws-credentials last ` +
            '`role-duration-seconds` (1 hour by default): raise it above the step\'s timeout, or run configure-aws-credentials again before this step.', undefined, { cause: error });
    }
    if (code === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        return new errors/* UserError */.yo(`No AWS credentials to ${doing}. Add aws-actions/configure-aws-credentials (OIDC: role-to-assume, with \`permissions: id-token: write\`) before this step.`, undefined, { cause: error });
    }
    if (code === 'InsufficientPrivilegesException' || code === 'AccessDenied' || code === 'AccessDeniedException' || code === 'InvalidClientTokenId' || code === 'UnrecognizedClientException') {
        return new errors/* UserError */.yo(`AWS refused to ${doing}: ${code}: ${message}${reference}. The role needs Elastic Beanstalk and S3 permissions for this application (AdministratorAccess-AWSElasticBeanstalk covers them).`, undefined, { cause: error });
    }
    if (code === 'ConfigurationValidationException' || code === 'InvalidParameterValue' || code === 'InvalidParameterCombination') {
        return new errors/* UserError */.yo(`Elastic Beanstalk refused to ${doing}: ${message}${reference}`, undefined, { cause: error });
    }
    return error;
}
/** Runs an AWS call, explaining the errors a user can fix. */
async function awsCall(doing, call) {
    try {
        return await call();
    }
    catch (error) {
        throw explainAwsError(error, doing);
    }
}

;// CONCATENATED MODULE: ./src/deploy/targets/elastic-beanstalk/application-version.ts
/**
 * The application version a deploy needs, made idempotently. The bundle's digest is part of its S3
 * key and of the object's metadata, so a re-run finds what it already uploaded and registered:
 * same label and same bundle → reused; same label with other content → a clear error instead of
 * the "Version … already exists in S3" dead end. Large bundles go up in parts (lib-storage), and
 * the version is created with Process=true so EB validates it (.ebextensions) before any instance
 * sees it.
 */






/** Parts of 8 MiB (S3's minimum is 5 MiB), four at a time. */
const PART_SIZE = 8 * 1024 * 1024;
const DIGEST_METADATA = 'sha256';
function bundleKey(settings, label, bundle) {
    return `${settings.keyPrefix}${label}-${bundle.sha256.slice(0, 12)}.zip`;
}
async function findVersion(clients, settings, label) {
    const found = await awsCall(`read application version ${label}`, () => clients.eb.send(new dist_cjs/* DescribeApplicationVersionsCommand */.QDX({ ApplicationName: settings.application, VersionLabels: [label] })));
    return found.ApplicationVersions?.find((v) => v.VersionLabel === label);
}
async function storageBucket(clients, settings) {
    if (settings.bucket)
        return settings.bucket;
    const location = await awsCall('find the Elastic Beanstalk storage bucket', () => clients.eb.send(new dist_cjs/* CreateStorageLocationCommand */.UCX({})));
    if (!location.S3Bucket)
        throw new Error('CreateStorageLocation returned no bucket');
    return location.S3Bucket;
}
async function storedDigest(clients, bucket, key) {
    try {
        const head = await clients.s3.send(new client_s3_dist_cjs.HeadObjectCommand({ Bucket: bucket, Key: key }));
        return head.Metadata?.[DIGEST_METADATA];
    }
    catch (error) {
        if (awsErrorCode(error) === 'NotFound' || awsErrorCode(error) === 'NoSuchKey')
            return undefined;
        throw error;
    }
}
async function upload(clients, bucket, key, bundle, ctx) {
    if ((await awsCall(`read s3://${bucket}/${key}`, () => storedDigest(clients, bucket, key))) === bundle.sha256) {
        ctx.log.info(`s3://${bucket}/${key} already holds this bundle (sha256 ${bundle.sha256.slice(0, 12)}); not uploading again`);
        return;
    }
    ctx.log.info(`Uploading ${(bundle.bytes.length / 1024 / 1024).toFixed(1)} MB to s3://${bucket}/${key}`);
    const transfer = new lib_storage_dist_cjs/* Upload */._({
        client: clients.s3,
        params: { Bucket: bucket, Key: key, Body: bundle.bytes, ContentType: 'application/zip', Metadata: { [DIGEST_METADATA]: bundle.sha256 } },
        partSize: PART_SIZE,
        queueSize: 4,
        leavePartsOnError: false,
    });
    await awsCall(`upload the bundle to s3://${bucket}/${key}`, () => transfer.done());
}
/** Whether an existing version carries exactly this bundle. */
async function sameBundle(clients, existing, key, bundle) {
    const source = existing.SourceBundle;
    if (!source?.S3Bucket || !source.S3Key)
        return false;
    if (source.S3Key === key)
        return true;
    return (await storedDigest(clients, source.S3Bucket, source.S3Key).catch(() => undefined)) === bundle.sha256;
}
async function processingFailure(clients, settings, label) {
    const events = await clients.eb
        .send(new dist_cjs/* DescribeEventsCommand */.w6x({ ApplicationName: settings.application, VersionLabel: label, Severity: 'ERROR', MaxRecords: 20 }))
        .catch(() => ({ Events: [] }));
    return (events.Events ?? []).reverse().map((event) => ({
        level: 'error',
        source: `application version ${label}`,
        message: event.Message ?? '',
        time: event.EventDate?.toISOString(),
    }));
}
async function waitProcessed(clients, settings, label, ctx) {
    await (0,wait/* pollUntil */.g)(ctx, `application version ${label} to be processed`, async () => {
        const version = await findVersion(clients, settings, label);
        if (!version)
            throw new errors/* UserError */.yo(`application version ${label} disappeared while it was being processed (deleted by someone else?)`);
        if (version.Status === 'Failed') {
            const causes = await processingFailure(clients, settings, label);
            causes.forEach((cause) => ctx.log.event(cause));
            // Nothing was deployed yet: a bundle EB cannot process is the user's to fix, not a rollback.
            throw new errors/* UserError */.yo(`Elastic Beanstalk could not process application version ${label}${causes.length ? `: ${causes.at(-1).message}` : ''}`);
        }
        if (version.Status === 'Processed' || version.Status === 'Unprocessed')
            return { done: true, value: undefined };
        return { done: false, status: version.Status ?? 'unknown' };
    }, { backoff: 1.5, maxIntervalMs: ctx.pollIntervalMs * 4 });
}
/** Makes sure `label` exists with exactly this bundle, uploading and registering it if needed. */
async function ensureApplicationVersion(clients, settings, label, bundle, description, ctx) {
    const key = bundleKey(settings, label, bundle);
    const existing = await findVersion(clients, settings, label);
    if (existing) {
        if (!(await sameBundle(clients, existing, key, bundle))) {
            const where = existing.SourceBundle ? `s3://${existing.SourceBundle.S3Bucket}/${existing.SourceBundle.S3Key}` : 'another source';
            throw new errors/* ConfigurationError */.j1('version', `"${label}" already exists in application ${settings.application} with a different bundle (${where}; this bundle's sha256 is ${bundle.sha256.slice(0, 12)}…). ` +
                'A version label names one bundle: give this build a new version, or re-run the commit that built it.');
        }
        if (existing.Status === 'Failed') {
            throw new errors/* ConfigurationError */.j1('version', `"${label}" exists but Elastic Beanstalk could not process its bundle earlier; fix the bundle and deploy it as a new version`);
        }
        ctx.log.info(`Application version ${label} already exists with this bundle; reusing it`);
        if (existing.Status === 'Processing' || existing.Status === 'Building')
            await waitProcessed(clients, settings, label, ctx);
        return { reused: true };
    }
    const bucket = await storageBucket(clients, settings);
    await upload(clients, bucket, key, bundle, ctx);
    try {
        await clients.eb.send(new dist_cjs/* CreateApplicationVersionCommand */.m8t({
            ApplicationName: settings.application,
            VersionLabel: label,
            Description: description.slice(0, 200),
            SourceBundle: { S3Bucket: bucket, S3Key: key },
            Process: true,
        }));
    }
    catch (error) {
        // Another run of the same commit may have registered it a moment ago: that is the same version.
        const raced = awsErrorCode(error) === 'InvalidParameterValue' && /already exists/i.test(error.message);
        if (!raced)
            throw explainAwsError(error, `register application version ${label}`);
        return ensureApplicationVersion(clients, settings, label, bundle, description, ctx);
    }
    ctx.log.info(`Registered application version ${label} (s3://${bucket}/${key}); Elastic Beanstalk is validating it`);
    await waitProcessed(clients, settings, label, ctx);
    return { reused: false };
}

// EXTERNAL MODULE: ./src/deploy/targets/source-bundle.ts
var source_bundle = __webpack_require__(37406);
;// CONCATENATED MODULE: ./src/deploy/targets/elastic-beanstalk/docker-bundle.ts
/**
 * A container image deployed to an Elastic Beanstalk Docker environment: EB takes a bundle holding
 * a `Dockerrun.aws.json` (version 1) that names the image and the port the server listens on.
 */


function dockerBundle(image, containerPort) {
    if (!/^[a-z0-9]+([._/:@-][a-zA-Z0-9_.-]+)*$/.test(image))
        throw new errors/* ConfigurationError */.j1('image', `"${image}" is not a container image reference`);
    const descriptor = {
        AWSEBDockerrunVersion: '1',
        Image: { Name: image, Update: 'true' },
        Ports: [{ ContainerPort: containerPort, HostPort: containerPort }],
    };
    return (0,source_bundle/* bundleFromFiles */.WW)(`image ${image}`, { 'Dockerrun.aws.json': `${JSON.stringify(descriptor, null, 2)}\n` });
}

// EXTERNAL MODULE: ./src/deploy/errors.ts
var deploy_errors = __webpack_require__(71812);
;// CONCATENATED MODULE: ./src/deploy/targets/elastic-beanstalk/environment-watch.ts
/**
 * Watching an Elastic Beanstalk environment through an update, with the success rule the research
 * on today's deploy actions asks for: the update is done only when the environment is Ready, runs
 * the *requested* version label, its health is in the accepted set, and no ERROR event belongs to
 * this update (events scoped by the update's request id, so another run's failure is not ours).
 *
 * Polling stays under EB's account-wide Describe limit (about 2 calls a second): one
 * DescribeEnvironments a tick, DescribeEvents every other tick and when the outcome is decided,
 * intervals that grow while nothing changes, and throttling answered by waiting longer.
 */





async function describeEnvironment(clients, settings) {
    const result = await awsCall(`read environment ${settings.environment}`, () => clients.eb.send(new dist_cjs/* DescribeEnvironmentsCommand */.$8c({ ApplicationName: settings.application, EnvironmentNames: [settings.environment] })));
    const environment = result.Environments?.find((e) => e.EnvironmentName === settings.environment && e.Status !== 'Terminated');
    if (!environment) {
        throw new errors/* UserError */.yo(`Elastic Beanstalk has no environment ${settings.environment} in application ${settings.application} (region ${settings.region}). ` +
            'Create it first (console, EB CLI or CloudFormation); this action deploys to an existing environment.');
    }
    return environment;
}
function summarise(environment) {
    return `${environment.Status}, health ${environment.Health}${environment.HealthStatus ? ` (${environment.HealthStatus})` : ''}, running ${environment.VersionLabel ?? 'nothing'}`;
}
function levelOf(severity) {
    return severity === 'ERROR' || severity === 'FATAL' ? 'error' : severity === 'WARN' ? 'warning' : 'info';
}
/** Health causes from enhanced health reporting, when the environment has it. */
async function healthCauses(clients, settings) {
    try {
        const health = await clients.eb.send(new dist_cjs/* DescribeEnvironmentHealthCommand */.qeK({ EnvironmentName: settings.environment, AttributeNames: ['Causes', 'HealthStatus', 'Color'] }));
        return (health.Causes ?? []).map((cause) => ({ level: 'error', source: `environment ${settings.environment}`, reason: health.HealthStatus, message: cause }));
    }
    catch {
        return []; // basic health reporting has no causes to give
    }
}
/** Reads new events since the last look, newest last; remembers where it stopped. */
class EventReader {
    since;
    seen = new Set();
    clients;
    settings;
    constructor(clients, settings, since) {
        this.clients = clients;
        this.settings = settings;
        this.since = since;
    }
    async read() {
        const fresh = [];
        let nextToken;
        do {
            const page = await this.clients.eb.send(new dist_cjs/* DescribeEventsCommand */.w6x({
                ApplicationName: this.settings.application,
                EnvironmentName: this.settings.environment,
                StartTime: this.since,
                Severity: 'INFO',
                MaxRecords: 100,
                NextToken: nextToken,
            }));
            for (const event of page.Events ?? []) {
                const key = `${event.EventDate?.toISOString()}|${event.RequestId ?? ''}|${event.Message}`;
                if (!this.seen.has(key)) {
                    this.seen.add(key);
                    fresh.push(event);
                }
            }
            nextToken = page.NextToken;
        } while (nextToken);
        fresh.sort((a, b) => (a.EventDate?.getTime() ?? 0) - (b.EventDate?.getTime() ?? 0));
        const newest = fresh.at(-1)?.EventDate;
        if (newest && newest > this.since)
            this.since = newest;
        return fresh;
    }
}
/** Waits until the update has left `label` running and healthy; throws DeployFailure otherwise. */
async function waitForUpdate(clients, settings, update, ctx) {
    const source = `environment ${settings.environment}`;
    // Events are stamped by EB's clock; look a little before our own start to allow for skew.
    const events = new EventReader(clients, settings, new Date(update.startedAt.getTime() - 5_000));
    const errors = [];
    let tick = 0;
    let sawProgress = false;
    let readySince;
    const readEvents = async () => {
        for (const event of await events.read()) {
            const ours = update.requestId !== undefined && event.RequestId === update.requestId;
            if (event.RequestId && update.requestId && !ours)
                continue; // another run's update
            if (ours)
                sawProgress = true;
            const providerEvent = { level: levelOf(event.Severity), source, message: event.Message ?? '', time: event.EventDate?.toISOString() };
            ctx.log.event(providerEvent);
            if (ours && providerEvent.level === 'error')
                errors.push(providerEvent);
        }
    };
    return (0,wait/* pollUntil */.g)(ctx, `${settings.environment} to run ${update.label}`, async () => {
        tick++;
        let environment;
        try {
            environment = await describeEnvironment(clients, settings);
            if (tick % 2 === 1 || environment.Status === 'Ready')
                await readEvents();
        }
        catch (error) {
            if (!isThrottling(error))
                throw error;
            ctx.log.debug(`Elastic Beanstalk throttled a Describe call; polling more slowly`);
            await ctx.deadline.sleep(ctx.pollIntervalMs * 2);
            return { done: false, status: 'throttled by Elastic Beanstalk, backing off' };
        }
        if (environment.Status !== 'Ready')
            sawProgress = true;
        if (environment.Status === 'Terminating' || environment.Status === 'Terminated') {
            throw new deploy_errors/* DeployFailure */.Qt(`environment ${settings.environment} is ${environment.Status}`, errors);
        }
        // Right after UpdateEnvironment, EB may still describe the environment as it was: Ready with the
        // old label. Only a sign of this update (a status change, one of its events, a newer DateUpdated) settles it.
        const changed = update.expectChange === false || sawProgress || (environment.DateUpdated !== undefined && environment.DateUpdated > update.startedAt);
        const settled = environment.Status === 'Ready' && changed;
        if (!settled)
            return { done: false, status: summarise(environment) };
        if (errors.length > 0) {
            const causes = [...errors, ...(await healthCauses(clients, settings))];
            throw new deploy_errors/* DeployFailure */.Qt(`Elastic Beanstalk reported the update to ${update.label} failed: ${errors.at(-1).message} (now ${summarise(environment)})`, causes);
        }
        if (environment.VersionLabel !== update.label) {
            throw new deploy_errors/* DeployFailure */.Qt(`the update ended with ${environment.VersionLabel ?? 'nothing'} running, not ${update.label} (${summarise(environment)})`, await healthCauses(clients, settings));
        }
        if (settings.acceptedHealth.includes(environment.Health))
            return { done: true, value: environment };
        readySince ??= Date.now();
        if (Date.now() - readySince > settings.healthGraceMs) {
            const causes = await healthCauses(clients, settings);
            causes.forEach((cause) => ctx.log.event(cause));
            throw new deploy_errors/* DeployFailure */.Qt(`${update.label} runs but the environment's health stayed ${environment.Health}${environment.HealthStatus ? ` (${environment.HealthStatus})` : ''} ` +
                `for ${(0,deploy_errors/* formatSeconds */.Xo)(settings.healthGraceMs / 1000)}; accepted: ${settings.acceptedHealth.join(', ')} (target-options accepted-health, health-grace)`, causes);
        }
        return { done: false, status: `${summarise(environment)}; waiting for health ${settings.acceptedHealth.join(' or ')}` };
    }, { backoff: 1.25, maxIntervalMs: ctx.pollIntervalMs * 6 });
}
/** Waits for an environment busy with another operation (another run, a config change) to be Ready. */
async function waitUntilReady(clients, settings, ctx, why) {
    return (0,wait/* pollUntil */.g)(ctx, `${settings.environment} to be Ready ${why}`, async () => {
        try {
            const environment = await describeEnvironment(clients, settings);
            if (environment.Status === 'Ready')
                return { done: true, value: environment };
            if (environment.Status === 'Terminating' || environment.Status === 'Terminated')
                throw new errors/* UserError */.yo(`environment ${settings.environment} is ${environment.Status}`);
            return { done: false, status: summarise(environment) };
        }
        catch (error) {
            if (!isThrottling(error))
                throw error;
            await ctx.deadline.sleep(ctx.pollIntervalMs * 2);
            return { done: false, status: 'throttled by Elastic Beanstalk, backing off' };
        }
    }, { backoff: 1.25, maxIntervalMs: ctx.pollIntervalMs * 6 });
}

;// CONCATENATED MODULE: ./src/deploy/targets/elastic-beanstalk/option-settings.ts
const COMMAND = 'aws:elasticbeanstalk:command';
const SPLIT = 'aws:elasticbeanstalk:trafficsplitting';
const APPLICATION_ENVIRONMENT = 'aws:elasticbeanstalk:application:environment';
function policyFor(strategy) {
    if (strategy === 'rolling')
        return 'Rolling';
    if (strategy === 'canary')
        return 'TrafficSplitting';
    return 'AllAtOnce';
}
function deploymentOptions(policy, settings, canaryPercent, env) {
    const options = [{ Namespace: COMMAND, OptionName: 'DeploymentPolicy', Value: policy }];
    if (policy === 'Rolling') {
        options.push({ Namespace: COMMAND, OptionName: 'BatchSizeType', Value: settings.batch.type }, { Namespace: COMMAND, OptionName: 'BatchSize', Value: String(settings.batch.size) });
    }
    if (policy === 'TrafficSplitting') {
        options.push({ Namespace: SPLIT, OptionName: 'NewVersionPercent', Value: String(Math.min(100, Math.max(1, Math.round(canaryPercent)))) }, { Namespace: SPLIT, OptionName: 'EvaluationTime', Value: String(settings.evaluationMinutes) });
    }
    for (const [name, value] of Object.entries(env))
        options.push({ Namespace: APPLICATION_ENVIRONMENT, OptionName: name, Value: value });
    return options;
}

// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
;// CONCATENATED MODULE: ./src/deploy/targets/elastic-beanstalk/settings.ts
/**
 * What the elastic-beanstalk target reads from the step's inputs: `application`, `name` (the
 * environment), `region`, and its `target-options`:
 *
 * | option            | default                         | meaning                                                   |
 * | ----------------- | ------------------------------- | --------------------------------------------------------- |
 * | `bucket`          | EB's own storage bucket         | S3 bucket the bundle is uploaded to                       |
 * | `key-prefix`      | `<application>/`                | S3 key prefix of uploaded bundles                         |
 * | `accepted-health` | `Green`                         | health colours that count as healthy (`Green, Yellow`)    |
 * | `health-grace`    | `5m`                            | how long health may take to settle once EB says Ready     |
 * | `batch-size`      | `30%`                           | rolling: instances per batch, `30%` or a count like `2`   |
 * | `evaluation-time` | `5`                             | canary: minutes EB evaluates the new fleet (3-600)        |
 * | `rollback-policy` | `AllAtOnce`                     | how a rollback redeploys the previous version (`Rolling`) |
 * | `description`     | commit and run                  | application version description (200 characters at most) |
 */


const HEALTH_COLOURS = ['Green', 'Yellow', 'Red', 'Grey'];
const KNOWN_OPTIONS = ['bucket', 'key-prefix', 'accepted-health', 'health-grace', 'batch-size', 'evaluation-time', 'rollback-policy', 'description'];
function settings_option(name) {
    return `target-options ${name}`;
}
function readElasticBeanstalkSettings(settings, env = process.env) {
    const options = settings.options;
    for (const key of Object.keys(options)) {
        if (!KNOWN_OPTIONS.includes(key))
            throw new errors/* ConfigurationError */.j1('target-options', `has "${key}", which elastic-beanstalk does not know; it reads ${KNOWN_OPTIONS.join(', ')}`);
    }
    if (!settings.application)
        throw new errors/* ConfigurationError */.j1('application', 'is required for target elastic-beanstalk: the Elastic Beanstalk application name');
    if (!settings.name)
        throw new errors/* ConfigurationError */.j1('name', 'is required for target elastic-beanstalk: the environment to deploy to');
    const region = settings.region || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
    if (!region)
        throw new errors/* ConfigurationError */.j1('region', 'is required for target elastic-beanstalk (or AWS_REGION, as aws-actions/configure-aws-credentials sets it)');
    const accepted = (0,inputs/* parseList */.E1)(options['accepted-health'] ?? 'Green').map((colour) => (0,inputs/* parseChoice */.HU)(colour, settings_option('accepted-health'), HEALTH_COLOURS));
    const batchText = (options['batch-size'] ?? '30%').trim();
    const percent = batchText.endsWith('%');
    const batchSize = (0,inputs/* parseNumber */.$J)(percent ? batchText.slice(0, -1) : batchText, settings_option('batch-size'), { integer: true, min: 1, max: percent ? 100 : 10000 });
    const description = options['description'];
    if (description !== undefined && description.length > 200)
        throw new errors/* ConfigurationError */.j1(settings_option('description'), `is ${description.length} characters; Elastic Beanstalk allows 200`);
    return {
        application: settings.application,
        environment: settings.name,
        region,
        bucket: options['bucket'],
        keyPrefix: options['key-prefix'] ?? `${settings.application}/`,
        acceptedHealth: accepted,
        healthGraceMs: (0,inputs/* parseDuration */.E9)(options['health-grace'] ?? '5m', settings_option('health-grace')) * 1000,
        batch: { type: percent ? 'Percentage' : 'Fixed', size: batchSize },
        evaluationMinutes: (0,inputs/* parseNumber */.$J)(options['evaluation-time'] ?? '5', settings_option('evaluation-time'), { integer: true, min: 3, max: 600 }),
        rollbackPolicy: (0,inputs/* parseChoice */.HU)(options['rollback-policy'] ?? 'AllAtOnce', settings_option('rollback-policy'), ['AllAtOnce', 'Rolling']),
        description,
    };
}
/** EB takes labels up to 100 characters; they also become part of an S3 key here. */
function checkVersionLabel(label) {
    if (label.length === 0 || label.length > 100)
        throw new errors/* ConfigurationError */.j1('version', `must be 1 to 100 characters for Elastic Beanstalk; "${label}" has ${label.length}`);
    if (!/^[A-Za-z0-9][A-Za-z0-9._+=@-]*$/.test(label)) {
        throw new errors/* ConfigurationError */.j1('version', `"${label}" is not a usable Elastic Beanstalk version label: use letters, digits and . _ - + = @`);
    }
}

;// CONCATENATED MODULE: ./src/deploy/targets/elastic-beanstalk.ts
/**
 * The elastic-beanstalk target: deploys a source bundle (or a container image, as a Docker
 * bundle) to an existing environment with the AWS SDK, no CLI.
 *
 * - all-at-once and rolling are EB's AllAtOnce and Rolling policies; canary is EB's
 *   TrafficSplitting: `traffic` percent of requests go to a new fleet for `evaluation-time`
 *   minutes, then EB moves all traffic if its health held, or moves it back. The step waits for
 *   that verdict. Shadow is not something EB can do.
 * - Before updating, a busy environment (another run, a configuration change) is waited for
 *   instead of failing with "invalid state … Must be Ready".
 * - Rollback aborts an update still in flight (AbortEnvironmentUpdate), else redeploys the
 *   version that ran before, since EB itself leaves a failed all-at-once or rolling deploy as it is.
 * - Credentials come from the SDK's default chain (aws-actions/configure-aws-credentials with
 *   OIDC); endpoints from the SDK's standard AWS_ENDPOINT_URL_ELASTIC_BEANSTALK / _S3 variables.
 */










/** EB's own limit for a source bundle. */
const MAX_BUNDLE_BYTES = 500 * 1024 * 1024;
class ElasticBeanstalkTarget {
    name = 'elastic-beanstalk';
    strategies = ['all-at-once', 'rolling', 'canary'];
    settings;
    serviceUrl;
    workspace;
    clients;
    attempt;
    constructor(settings) {
        this.settings = readElasticBeanstalkSettings(settings);
        this.serviceUrl = settings.url;
        this.workspace = settings.workspace;
        // A few SDK retries (with its throttling backoff) per call; the polling loops add their own,
        // slower backoff on top, so a throttled wait slows down instead of failing.
        const common = { region: this.settings.region, maxAttempts: 4, retryMode: 'standard' };
        this.clients = { eb: new dist_cjs/* ElasticBeanstalkClient */.E8k(common), s3: new client_s3_dist_cjs.S3Client(common) };
    }
    service(environment) {
        if (this.serviceUrl)
            return { url: this.serviceUrl };
        return environment.CNAME ? { url: `http://${environment.CNAME}` } : undefined;
    }
    async preflight(ctx, recorded) {
        const environment = await describeEnvironment(this.clients, this.settings);
        const running = environment.VersionLabel;
        ctx.log.info(`Environment ${this.settings.environment}: ${summarise(environment)}`);
        let previous;
        if (this.attempt?.updated && running === this.attempt.label)
            previous = this.attempt.previous;
        else if (recorded?.stable?.version === running)
            previous = recorded?.previous;
        else if (recorded?.candidate?.version === running)
            previous = recorded?.stable?.version;
        const state = {
            stable: running ? { version: running } : undefined,
            traffic: 0,
            previous,
            service: this.service(environment),
            // `healthy: false` says the running label is not the whole truth: after a failed deploy EB keeps
            // the old label while its instances may run the broken bundle, and a redeploy is needed.
            details: { environmentId: environment.EnvironmentId, status: environment.Status, health: environment.Health, healthy: this.settings.acceptedHealth.includes(environment.Health) },
        };
        // A traffic-splitting canary still being evaluated (started by an earlier step) is the candidate.
        const canary = recorded?.candidate;
        if (environment.Status === 'Updating' && environment.AbortableOperationInProgress && canary && canary.version !== running) {
            state.candidate = { version: canary.version, strategy: 'canary' };
            state.traffic = recorded?.traffic ?? 0;
        }
        return state;
    }
    bundleFor(request) {
        if (request.bundle)
            return (0,source_bundle/* loadSourceBundle */.kR)(request.bundle, MAX_BUNDLE_BYTES);
        if (request.image)
            return dockerBundle(request.image, request.containerPort);
        throw new errors/* ConfigurationError */.j1('bundle', `is required for target elastic-beanstalk (a zip or a folder; or give \`image\` for a Docker environment). Workspace: ${this.workspace}`);
    }
    description(request) {
        if (this.settings.description)
            return this.settings.description;
        const parts = Object.entries(request.annotations).map(([key, value]) => `${key}=${value}`);
        return (parts.length ? parts.join(' ') : `Deployed by ml-actions`).replace(/\s+/g, ' ').slice(0, 200);
    }
    updateRequest(label, policy, canaryPercent, env) {
        return new dist_cjs/* UpdateEnvironmentCommand */.i98({
            ApplicationName: this.settings.application,
            EnvironmentName: this.settings.environment,
            VersionLabel: label,
            OptionSettings: deploymentOptions(policy, this.settings, canaryPercent, env),
        });
    }
    async plan(request, state, ctx) {
        checkVersionLabel(request.version);
        const bundle = this.bundleFor(request);
        const first = !state.stable;
        const policy = first ? 'AllAtOnce' : policyFor(request.strategy);
        const bucket = this.settings.bucket ?? '(Elastic Beanstalk storage bucket)';
        const key = bundleKey(this.settings, request.version, bundle);
        const size = `${(bundle.bytes.length / 1024 / 1024).toFixed(1)} MB`;
        ctx.plan.record({ call: 'DescribeApplicationVersions', resource: `${this.settings.application} ${request.version}`, purpose: 'reuse the version if it exists with this bundle' });
        ctx.plan.record({ call: bundle.bytes.length > 8 * 1024 * 1024 ? 'S3 multipart upload' : 'S3 PutObject', resource: `s3://${bucket}/${key}`, purpose: `upload the ${size} bundle (skipped if already there)` });
        ctx.plan.record({
            call: 'CreateApplicationVersion',
            resource: `${this.settings.application} ${request.version}`,
            purpose: 'register and validate the bundle (Process=true)',
            body: { ApplicationName: this.settings.application, VersionLabel: request.version, Description: this.description(request), SourceBundle: { S3Bucket: bucket, S3Key: key }, Process: true },
        });
        const update = this.updateRequest(request.version, policy, request.traffic, request.env).input;
        ctx.plan.record({ call: 'UpdateEnvironment', resource: `environment ${this.settings.environment}`, purpose: `${policy} deploy of ${request.version} in place of ${state.stable?.version ?? 'nothing'}`, body: update });
    }
    async deploy(request, state, ctx) {
        checkVersionLabel(request.version);
        const bundle = this.bundleFor(request);
        let environment = await describeEnvironment(this.clients, this.settings);
        if (environment.Status !== 'Ready') {
            ctx.log.warning(`Environment ${this.settings.environment} is busy (${environment.Status}); waiting for it to be Ready. ` +
                'Give deploy jobs to one environment a `concurrency:` group so runs queue instead.');
            environment = await waitUntilReady(this.clients, this.settings, ctx, 'before the update');
        }
        const previous = environment.VersionLabel;
        const first = previous === undefined;
        const strategy = first && request.strategy === 'canary' ? 'all-at-once' : request.strategy;
        if (first && request.strategy === 'canary')
            ctx.log.info('Nothing runs in the environment yet: deploying all at once, not as a canary');
        const policy = policyFor(strategy);
        this.attempt = { label: request.version, previous, updated: false };
        await ensureApplicationVersion(this.clients, this.settings, request.version, bundle, this.description(request), ctx);
        const accepted = this.settings.acceptedHealth.includes(environment.Health);
        if (previous === request.version && accepted) {
            ctx.log.info(`${request.version} already runs in ${this.settings.environment} and is healthy; nothing to update`);
            return { version: request.version, strategy, traffic: 100, service: this.service(environment), details: { alreadyRunning: true } };
        }
        const startedAt = new Date();
        let response;
        try {
            response = await this.clients.eb.send(this.updateRequest(request.version, policy, request.traffic, request.env));
        }
        catch (error) {
            if (!(awsErrorCode(error) === 'InvalidParameterValue' && /invalid state/i.test(error.message))) {
                throw explainAwsError(error, `update environment ${this.settings.environment}`);
            }
            // Someone started an operation between our look and our update: wait for it once more.
            ctx.log.warning(`Environment ${this.settings.environment} became busy just now; waiting for it to be Ready again`);
            await waitUntilReady(this.clients, this.settings, ctx, 'before the update');
            response = await awsCall(`update environment ${this.settings.environment}`, () => this.clients.eb.send(this.updateRequest(request.version, policy, request.traffic, request.env)));
        }
        this.attempt.updated = true;
        const requestId = response.$metadata.requestId;
        const share = policy === 'TrafficSplitting' ? `${request.traffic}% for ${this.settings.evaluationMinutes} minutes, then all traffic if healthy` : policy;
        ctx.log.info(`Elastic Beanstalk accepted the update to ${request.version} (${share}; request ${requestId ?? 'unknown'})`);
        return {
            version: request.version,
            strategy,
            traffic: policy === 'TrafficSplitting' ? request.traffic : 100,
            service: this.service(response),
            details: { requestId, startedAt: startedAt.toISOString(), environmentId: environment.EnvironmentId, policy },
        };
    }
    async waitHealthy(release, ctx) {
        const details = release.details ?? {};
        const startedAt = typeof details['startedAt'] === 'string' ? new Date(details['startedAt']) : new Date();
        const requestId = typeof details['requestId'] === 'string' ? details['requestId'] : undefined;
        if (details['policy'] === 'TrafficSplitting' && release.traffic < 100) {
            ctx.log.info(`Elastic Beanstalk evaluates ${release.version} on ${release.traffic}% of requests for ${this.settings.evaluationMinutes} minutes; waiting for its verdict`);
        }
        // A release that changed nothing (already running, EB already moved traffic back) only needs a look.
        const expectChange = typeof details['startedAt'] === 'string';
        await waitForUpdate(this.clients, this.settings, { label: release.version, requestId, startedAt: expectChange ? startedAt : new Date(), expectChange }, ctx);
    }
    async shiftTraffic(release, percent, ctx) {
        // EB runs the canary itself: once waitHealthy returned, its evaluation passed and all traffic moved.
        if (percent !== 100 && percent !== release.traffic) {
            ctx.log.info(`Elastic Beanstalk traffic splitting has one evaluation step; it already sends all traffic to ${release.version} (asked for ${percent}%)`);
        }
        return { ...release, traffic: 100 };
    }
    async promote(state, ctx) {
        const candidate = state.candidate;
        if (!candidate)
            throw new errors/* UserError */.yo(`Nothing to promote on ${this.settings.environment}: ${state.stable?.version ?? 'nothing'} already takes all traffic`);
        ctx.log.info(`Elastic Beanstalk promotes ${candidate.version} itself when its evaluation passes; waiting for that`);
        await waitForUpdate(this.clients, this.settings, { label: candidate.version, startedAt: new Date(), expectChange: false }, ctx);
        const environment = await describeEnvironment(this.clients, this.settings);
        return { version: candidate.version, strategy: 'canary', traffic: 100, service: this.service(environment) };
    }
    async rollback(state, ctx) {
        let environment = await describeEnvironment(this.clients, this.settings);
        const attempt = this.attempt;
        if (attempt && !attempt.updated) {
            ctx.log.info(`The update to ${attempt.label} was never started; ${environment.VersionLabel ?? 'nothing'} still runs`);
            return { version: environment.VersionLabel ?? attempt.previous ?? attempt.label, strategy: 'all-at-once', traffic: 100, service: this.service(environment), details: { unchanged: true } };
        }
        const restore = attempt ? attempt.previous : state.candidate ? state.stable?.version : state.previous;
        if (!restore) {
            throw new errors/* UserError */.yo(`Nothing to roll back to on ${this.settings.environment}: no earlier version is known${attempt ? ' (this was the first deploy)' : ' (the GitHub Deployment of the running version records none)'}`);
        }
        const startedAt = new Date();
        if (environment.Status !== 'Ready' && environment.AbortableOperationInProgress) {
            const aborted = await awsCall(`abort the update of ${this.settings.environment}`, () => this.clients.eb.send(new dist_cjs/* AbortEnvironmentUpdateCommand */.ET7({ EnvironmentName: this.settings.environment })));
            ctx.log.info(`Aborted the update in flight; Elastic Beanstalk moves traffic back to ${restore}`);
            return { version: restore, strategy: 'all-at-once', traffic: 100, service: this.service(environment), details: { requestId: aborted.$metadata.requestId, startedAt: startedAt.toISOString(), aborted: true } };
        }
        if (environment.Status !== 'Ready')
            environment = await waitUntilReady(this.clients, this.settings, ctx, 'before the rollback');
        if (environment.VersionLabel === restore && this.settings.acceptedHealth.includes(environment.Health)) {
            ctx.log.info(`${restore} already runs and is healthy (Elastic Beanstalk moved traffic back itself); nothing to redeploy`);
            return { version: restore, strategy: 'all-at-once', traffic: 100, service: this.service(environment), details: {} };
        }
        const policy = this.settings.rollbackPolicy;
        const response = await awsCall(`redeploy ${restore} to ${this.settings.environment}`, () => this.clients.eb.send(this.updateRequest(restore, policy, 100, {})));
        ctx.log.info(`Redeploying ${restore} (${policy}) in place of ${environment.VersionLabel ?? 'nothing'}`);
        return { version: restore, strategy: 'all-at-once', traffic: 100, service: this.service(environment), details: { requestId: response.$metadata.requestId, startedAt: startedAt.toISOString(), policy } };
    }
    async close() {
        this.clients.eb.destroy();
        this.clients.s3.destroy();
    }
}
function createElasticBeanstalkTarget(settings) {
    return new ElasticBeanstalkTarget(settings);
}


/***/ }),

/***/ 37406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WW: () => (/* binding */ bundleFromFiles),
/* harmony export */   kR: () => (/* binding */ loadSourceBundle),
/* harmony export */   zi: () => (/* binding */ readBundleFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51306);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58382);
/**
 * The source bundle a cloud target uploads: a zip file as given, or a folder zipped here. Folders
 * are zipped deterministically (sorted entries, fixed timestamps), so the same files always give
 * the same bytes and the same digest, and a re-run recognises what it already uploaded.
 */





// 1980-01-01, the earliest time a zip entry can hold: no build-time value leaks into the digest.
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const SKIPPED = new Set(['.git', 'node_modules', '__pycache__', '.venv']);
function listFiles(root, dir = root) {
    const files = [];
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (SKIPPED.has(entry.name))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry.name);
        if (entry.isDirectory())
            files.push(...listFiles(root, path));
        else if (entry.isFile())
            files.push(path);
    }
    return files;
}
function zipFolder(folder) {
    const files = listFiles(folder);
    if (files.length === 0)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('bundle', `names the folder ${folder}, which has no files to deploy`);
    const tree = {};
    for (const file of files) {
        const mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).mode;
        // Keep the executable bit (start scripts), nothing else of the local file system.
        tree[(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(folder, file).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/')] = [(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file), { mtime: FIXED_TIME, os: 3, attrs: ((mode & 0o111 ? 0o755 : 0o644) | 0o100000) << 16 }];
    }
    return { bytes: (0,fflate__WEBPACK_IMPORTED_MODULE_4__/* .zipSync */ .L)(tree, { level: 6, mtime: FIXED_TIME }), fileCount: files.length };
}
function countZipEntries(bytes, path) {
    let count = 0;
    try {
        (0,fflate__WEBPACK_IMPORTED_MODULE_4__/* .unzipSync */ .AO)(bytes, {
            filter: (file) => {
                if (!file.name.endsWith('/'))
                    count++;
                return false; // counted; no need to inflate
            },
        });
    }
    catch (error) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('bundle', `names ${path}, which is not a readable zip file (${error.message})`);
    }
    return count;
}
/** Reads or builds the bundle named by the `bundle` input (an absolute path). */
function loadSourceBundle(path, maxBytes) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path);
    }
    catch {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('bundle', `names ${path}, which does not exist`);
    }
    let bytes;
    let fileCount;
    if (stat.isDirectory()) {
        ({ bytes, fileCount } = zipFolder(path));
    }
    else {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path);
        if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte))
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('bundle', `names ${path}, which is not a zip file: give a .zip or a folder`);
        fileCount = countZipEntries(bytes, path);
    }
    if (bytes.length > maxBytes) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('bundle', `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit for this target is ${Math.floor(maxBytes / 1024 / 1024)} MB`);
    }
    return { source: path, bytes, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'), fileCount };
}
/** A bundle made of generated files (a Docker descriptor), zipped the same deterministic way. */
function bundleFromFiles(source, files) {
    const tree = {};
    for (const [name, text] of Object.entries(files))
        tree[name] = [new TextEncoder().encode(text), { mtime: FIXED_TIME }];
    const bytes = (0,fflate__WEBPACK_IMPORTED_MODULE_4__/* .zipSync */ .L)(tree, { level: 6, mtime: FIXED_TIME });
    return { source, bytes, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'), fileCount: Object.keys(files).length };
}
/** One file from the bundle's root (app.yaml), if it has it. */
function readBundleFile(bundle, name) {
    const files = (0,fflate__WEBPACK_IMPORTED_MODULE_4__/* .unzipSync */ .AO)(bundle.bytes, { filter: (file) => file.name === name });
    const bytes = files[name];
    return bytes ? new TextDecoder().decode(bytes) : undefined;
}


/***/ })

};
