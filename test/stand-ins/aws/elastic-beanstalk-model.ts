/**
 * What an Elastic Beanstalk application looks like from its API: application versions that get
 * processed, environments that launch, update and settle, health colours, events tied to the
 * request that caused them, and deployment policies with their own timelines (all at once,
 * rolling batches, traffic splitting with an evaluation period, aborts). Time runs for real but
 * compressed: one step and one "minute" are a few milliseconds, set per stand-in.
 *
 * How a version behaves once deployed is chosen by the test: healthy, crashing at deploy time
 * (EB reports "Failed to deploy application."), deploying fine but never getting healthy (EB only
 * reports the health colour), or a bundle EB cannot process.
 */
import { randomUUID } from 'node:crypto';
import { AwsError } from './sigv4.ts';

export type VersionBehaviour = 'healthy' | 'crash' | 'unhealthy' | 'invalid-bundle';
type Severity = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'FATAL';
const SEVERITIES: Severity[] = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];

export interface ApplicationVersion {
  ApplicationName: string;
  VersionLabel: string;
  Description?: string;
  SourceBundle: { S3Bucket: string; S3Key: string };
  Status: 'Processed' | 'Unprocessed' | 'Failed' | 'Processing' | 'Building';
  DateCreated: Date;
  DateUpdated: Date;
}

export interface EbEvent {
  EventDate: Date;
  Message: string;
  ApplicationName: string;
  EnvironmentName?: string;
  VersionLabel?: string;
  RequestId?: string;
  Severity: Severity;
}

interface InFlight {
  requestId: string;
  label: string;
  previous: string | undefined;
}

export interface Environment {
  EnvironmentName: string;
  EnvironmentId: string;
  ApplicationName: string;
  VersionLabel?: string;
  Status: 'Launching' | 'Updating' | 'Ready' | 'Terminating' | 'Terminated' | 'Aborting';
  Health: 'Green' | 'Yellow' | 'Red' | 'Grey';
  HealthStatus: 'Ok' | 'Warning' | 'Degraded' | 'Severe' | 'Pending' | 'Info' | 'Unknown';
  AbortableOperationInProgress: boolean;
  CNAME: string;
  DateCreated: Date;
  DateUpdated: Date;
  loadBalancerType: 'application' | 'classic';
  instances: number;
  /** Which versions take the environment's traffic, with their share. */
  serving: { label: string; weight: number }[];
  causes: string[];
  inFlight?: InFlight;
  /** Every UpdateEnvironment accepted, with its option settings (for assertions). */
  updates: { VersionLabel?: string; OptionSettings: OptionSetting[] }[];
}

export interface OptionSetting {
  Namespace?: string;
  OptionName?: string;
  Value?: string;
  ResourceName?: string;
}

interface Step {
  at: number;
  environment?: string;
  apply: (at: Date) => void;
}

export interface ModelTiming {
  /** One step of an operation (launching an instance, one batch), in ms. */
  stepMs: number;
  /** What EB calls a minute (EvaluationTime), in ms. */
  minuteMs: number;
}

const POLICIES = ['AllAtOnce', 'Rolling', 'RollingWithAdditionalBatch', 'Immutable', 'TrafficSplitting'];

export class ElasticBeanstalkModel {
  readonly applications = new Map<string, Map<string, ApplicationVersion>>();
  readonly environments = new Map<string, Environment>();
  readonly events: EbEvent[] = [];
  /** How each version label behaves once deployed (default healthy). */
  readonly behaviours = new Map<string, VersionBehaviour>();
  readonly storageBucket: string;
  private timeline: Step[] = [];
  private readonly timing: ModelTiming;
  private readonly objectExists: (bucket: string, key: string) => boolean;

  constructor(options: { timing: ModelTiming; storageBucket: string; objectExists: (bucket: string, key: string) => boolean }) {
    this.timing = options.timing;
    this.storageBucket = options.storageBucket;
    this.objectExists = options.objectExists;
  }

  // ---- test set-up -------------------------------------------------------------------------------

  /** An application with a version already running in an environment (the state before a deploy). */
  createEnvironment(options: {
    application: string;
    environment: string;
    runningVersion?: string;
    cname: string;
    loadBalancerType?: 'application' | 'classic';
    instances?: number;
    /** Launching for this long first. */
    launchingMs?: number;
  }): Environment {
    const versions = this.versionsOf(options.application, true);
    const now = new Date();
    if (options.runningVersion && !versions.has(options.runningVersion)) {
      versions.set(options.runningVersion, {
        ApplicationName: options.application,
        VersionLabel: options.runningVersion,
        SourceBundle: { S3Bucket: this.storageBucket, S3Key: `${options.application}/${options.runningVersion}.zip` },
        Status: 'Processed',
        DateCreated: now,
        DateUpdated: now,
      });
    }
    const environment: Environment = {
      EnvironmentName: options.environment,
      EnvironmentId: `e-${randomUUID().slice(0, 10)}`,
      ApplicationName: options.application,
      VersionLabel: options.runningVersion,
      Status: 'Ready',
      Health: 'Green',
      HealthStatus: 'Ok',
      AbortableOperationInProgress: false,
      CNAME: options.cname,
      DateCreated: now,
      DateUpdated: now,
      loadBalancerType: options.loadBalancerType ?? 'application',
      instances: options.instances ?? 4,
      serving: options.runningVersion ? [{ label: options.runningVersion, weight: 1 }] : [],
      causes: [],
      updates: [],
    };
    this.environments.set(options.environment, environment);
    if (options.launchingMs) {
      environment.Status = 'Launching';
      environment.Health = 'Grey';
      environment.HealthStatus = 'Pending';
      this.event(environment, now, 'INFO', 'createEnvironment is starting.');
      this.schedule(environment.EnvironmentName, [
        [options.launchingMs, (at) => {
          environment.Status = 'Ready';
          this.settleHealth(environment);
          this.event(environment, at, 'INFO', 'Successfully launched environment: ' + environment.EnvironmentName);
        }],
      ]);
    }
    return environment;
  }

  /** Someone else's update, still running for `durationMs` (a concurrent workflow run). */
  startForeignUpdate(environmentName: string, durationMs: number): void {
    const environment = this.requireEnvironment({ EnvironmentName: environmentName });
    environment.Status = 'Updating';
    environment.Health = 'Grey';
    const requestId = randomUUID();
    this.event(environment, new Date(), 'INFO', 'Environment update is starting.', requestId);
    this.schedule(environmentName, [
      [durationMs, (at) => {
        environment.Status = 'Ready';
        this.settleHealth(environment);
        this.event(environment, at, 'INFO', 'Environment update completed successfully.', requestId);
      }],
    ]);
  }

  // ---- clock -------------------------------------------------------------------------------------

  /** Applies every scheduled step whose time has come, in order. */
  advance(now = Date.now()): void {
    for (;;) {
      const due = this.timeline.filter((step) => step.at <= now).sort((a, b) => a.at - b.at)[0];
      if (!due) return;
      this.timeline = this.timeline.filter((step) => step !== due);
      due.apply(new Date(due.at));
    }
  }

  private schedule(environment: string | undefined, steps: [number, (at: Date) => void][]): void {
    let at = Date.now();
    for (const [delay, apply] of steps) {
      at += delay;
      this.timeline.push({ at, environment, apply });
    }
  }

  private event(environment: Environment, at: Date, severity: Severity, message: string, requestId?: string, versionLabel?: string): void {
    this.events.push({
      EventDate: at,
      Message: message,
      ApplicationName: environment.ApplicationName,
      EnvironmentName: environment.EnvironmentName,
      VersionLabel: versionLabel,
      RequestId: requestId,
      Severity: severity,
    });
  }

  private behaviourOf(label: string): VersionBehaviour {
    return this.behaviours.get(label) ?? 'healthy';
  }

  /** Health follows the share of traffic that lands on versions that cannot serve. */
  private settleHealth(environment: Environment): void {
    const broken = environment.serving.filter((s) => this.behaviourOf(s.label) !== 'healthy').reduce((sum, s) => sum + s.weight, 0);
    if (broken === 0) {
      environment.Health = 'Green';
      environment.HealthStatus = 'Ok';
      environment.causes = [];
    } else {
      const percent = (broken * 100).toFixed(1);
      environment.Health = broken >= 0.5 ? 'Red' : 'Yellow';
      environment.HealthStatus = broken >= 0.5 ? 'Severe' : 'Warning';
      environment.causes = [`${percent} % of the requests are failing with HTTP 5xx.`];
    }
  }

  // ---- lookups -----------------------------------------------------------------------------------

  private versionsOf(application: string, create = false): Map<string, ApplicationVersion> {
    let versions = this.applications.get(application);
    if (!versions) {
      if (!create) throw new AwsError('InvalidParameterValue', `No Application named '${application}' found.`);
      versions = new Map();
      this.applications.set(application, versions);
    }
    return versions;
  }

  private requireEnvironment(input: Record<string, unknown>): Environment {
    const name = input['EnvironmentName'] as string | undefined;
    const id = input['EnvironmentId'] as string | undefined;
    if (!name && !id) throw new AwsError('MissingParameter', 'Either EnvironmentName or EnvironmentId must be given.');
    const environment = [...this.environments.values()].find((e) => (name ? e.EnvironmentName === name : e.EnvironmentId === id));
    if (!environment || environment.Status === 'Terminated') {
      throw new AwsError('InvalidParameterValue', `No Environment found for ${name ? `EnvironmentName = '${name}'` : `EnvironmentId = '${id}'`}.`);
    }
    return environment;
  }

  describeEnvironment(environment: Environment): Record<string, unknown> {
    return {
      EnvironmentName: environment.EnvironmentName,
      EnvironmentId: environment.EnvironmentId,
      ApplicationName: environment.ApplicationName,
      VersionLabel: environment.VersionLabel,
      SolutionStackName: '64bit Amazon Linux 2023 v4.3.0 running Python 3.11',
      EndpointURL: environment.CNAME,
      CNAME: environment.CNAME,
      DateCreated: environment.DateCreated,
      DateUpdated: environment.DateUpdated,
      Status: environment.Status,
      AbortableOperationInProgress: environment.AbortableOperationInProgress,
      Health: environment.Health,
      HealthStatus: environment.HealthStatus,
      Tier: { Name: 'WebServer', Type: 'Standard', Version: '1.0' },
      EnvironmentArn: `arn:aws:elasticbeanstalk:us-east-1:123456789012:environment/${environment.ApplicationName}/${environment.EnvironmentName}`,
    };
  }

  // ---- operations --------------------------------------------------------------------------------

  createStorageLocation(): Record<string, unknown> {
    return { S3Bucket: this.storageBucket };
  }

  describeApplicationVersions(input: Record<string, unknown>): Record<string, unknown> {
    const application = input['ApplicationName'] as string | undefined;
    const labels = input['VersionLabels'] as string[] | undefined;
    const all = application ? [...(this.applications.get(application)?.values() ?? [])] : [...this.applications.values()].flatMap((v) => [...v.values()]);
    return { ApplicationVersions: all.filter((v) => !labels || labels.includes(v.VersionLabel)) };
  }

  createApplicationVersion(input: Record<string, unknown>): Record<string, unknown> {
    const application = input['ApplicationName'] as string;
    const label = input['VersionLabel'] as string;
    const versions = this.versionsOf(application, input['AutoCreateApplication'] === true);
    if (label.length > 100) throw new AwsError('InvalidParameterValue', 'Version label must be at most 100 characters');
    const description = input['Description'] as string | undefined;
    if (description !== undefined && description.length > 200) throw new AwsError('InvalidParameterValue', 'Value at \'description\' failed to satisfy constraint: Member must have length less than or equal to 200');
    if (versions.has(label)) throw new AwsError('InvalidParameterValue', `Application Version ${label} already exists.`);
    const bundle = input['SourceBundle'] as { S3Bucket?: string; S3Key?: string } | undefined;
    if (!bundle?.S3Bucket || !bundle.S3Key) throw new AwsError('InvalidParameterCombination', 'A source bundle (S3Bucket and S3Key) is required for this platform.');
    if (!this.objectExists(bundle.S3Bucket, bundle.S3Key)) {
      throw new AwsError('InvalidParameterCombination', `Unable to download from S3 location (Bucket: ${bundle.S3Bucket} Key: ${bundle.S3Key}). Reason: Not Found`);
    }
    const now = new Date();
    const version: ApplicationVersion = {
      ApplicationName: application,
      VersionLabel: label,
      Description: description,
      SourceBundle: { S3Bucket: bundle.S3Bucket, S3Key: bundle.S3Key },
      Status: input['Process'] === true ? 'Processing' : 'Unprocessed',
      DateCreated: now,
      DateUpdated: now,
    };
    versions.set(label, version);
    if (input['Process'] === true) {
      this.schedule(undefined, [
        [this.timing.stepMs, (at) => {
          version.DateUpdated = at;
          if (this.behaviourOf(label) === 'invalid-bundle') {
            version.Status = 'Failed';
            this.events.push({
              EventDate: at,
              ApplicationName: application,
              VersionLabel: label,
              Severity: 'ERROR',
              Message: `Failed to process application version ${label}: .ebextensions/01-model.config - Invalid option specification (Namespace: 'aws:elasticbeanstalk:application:environment', OptionName: 'MODEL_PATH'): Value is not a string.`,
            });
          } else {
            version.Status = 'Processed';
          }
        }],
      ]);
    }
    return { ApplicationVersion: version };
  }

  describeEnvironments(input: Record<string, unknown>): Record<string, unknown> {
    const names = input['EnvironmentNames'] as string[] | undefined;
    const ids = input['EnvironmentIds'] as string[] | undefined;
    const application = input['ApplicationName'] as string | undefined;
    const found = [...this.environments.values()].filter(
      (e) =>
        (!application || e.ApplicationName === application) &&
        (!names || names.includes(e.EnvironmentName)) &&
        (!ids || ids.includes(e.EnvironmentId)) &&
        (e.Status !== 'Terminated' || input['IncludeDeleted'] === true),
    );
    return { Environments: found.map((e) => this.describeEnvironment(e)) };
  }

  describeEnvironmentHealth(input: Record<string, unknown>): Record<string, unknown> {
    const environment = this.requireEnvironment(input);
    return {
      EnvironmentName: environment.EnvironmentName,
      HealthStatus: environment.HealthStatus,
      Status: environment.Status === 'Ready' ? 'Ready' : environment.Status === 'Launching' ? 'Launching' : 'Updating',
      Color: environment.Health,
      Causes: environment.causes,
      RefreshedAt: new Date(),
    };
  }

  describeEvents(input: Record<string, unknown>): Record<string, unknown> {
    const minimum = SEVERITIES.indexOf((input['Severity'] as Severity | undefined) ?? 'TRACE');
    if (minimum < 0) throw new AwsError('InvalidParameterValue', `Severity must be one of ${SEVERITIES.join(', ')}`);
    const start = input['StartTime'] as Date | undefined;
    const end = input['EndTime'] as Date | undefined;
    const maxRecords = (input['MaxRecords'] as number | undefined) ?? 1000;
    if (maxRecords < 1 || maxRecords > 1000) throw new AwsError('InvalidParameterValue', 'MaxRecords must be between 1 and 1000');
    const matching = this.events
      .filter(
        (event) =>
          (!input['ApplicationName'] || event.ApplicationName === input['ApplicationName']) &&
          (!input['EnvironmentName'] || event.EnvironmentName === input['EnvironmentName']) &&
          (!input['VersionLabel'] || event.VersionLabel === input['VersionLabel']) &&
          (!input['RequestId'] || event.RequestId === input['RequestId']) &&
          SEVERITIES.indexOf(event.Severity) >= minimum &&
          (!start || event.EventDate >= start) &&
          (!end || event.EventDate < end),
      )
      .sort((a, b) => b.EventDate.getTime() - a.EventDate.getTime()); // newest first, as EB answers
    const offset = input['NextToken'] ? Number(input['NextToken']) : 0;
    const page = matching.slice(offset, offset + maxRecords);
    const next = offset + maxRecords < matching.length ? String(offset + maxRecords) : undefined;
    return { Events: page, NextToken: next };
  }

  updateEnvironment(input: Record<string, unknown>, requestId: string): Record<string, unknown> {
    const environment = this.requireEnvironment(input);
    if (environment.Status !== 'Ready') {
      throw new AwsError('InvalidParameterValue', `Environment named ${environment.EnvironmentName} is in an invalid state for this operation. Must be Ready.`);
    }
    const label = input['VersionLabel'] as string | undefined;
    const settings = (input['OptionSettings'] as OptionSetting[] | undefined) ?? [];
    const option = (namespace: string, name: string) => settings.find((s) => s.Namespace === namespace && s.OptionName === name)?.Value;
    const policy = option('aws:elasticbeanstalk:command', 'DeploymentPolicy') ?? 'AllAtOnce';
    validateSettings(settings, environment);
    if (label === undefined) {
      environment.updates.push({ OptionSettings: settings });
      return this.describeEnvironment(environment);
    }
    const version = this.versionsOf(environment.ApplicationName).get(label);
    if (!version) throw new AwsError('InvalidParameterValue', `No Application Version named '${label}' found.`);
    if (version.Status === 'Processing') throw new AwsError('InvalidParameterValue', `Application version ${label} is still being processed.`);
    if (version.Status === 'Failed') throw new AwsError('InvalidParameterValue', `Application version ${label} is unusable and cannot be used with an environment.`);
    if (!POLICIES.includes(policy)) throw new AwsError('InvalidParameterValue', `Invalid option value: '${policy}' (Namespace: 'aws:elasticbeanstalk:command', OptionName: 'DeploymentPolicy')`);

    environment.updates.push({ VersionLabel: label, OptionSettings: settings });
    const inFlight: InFlight = { requestId, label, previous: environment.VersionLabel };
    environment.inFlight = inFlight;
    environment.Status = 'Updating';
    environment.Health = 'Grey';
    environment.HealthStatus = 'Pending';
    environment.AbortableOperationInProgress = true;
    environment.DateUpdated = new Date();
    this.event(environment, new Date(), 'INFO', 'Environment update is starting.', requestId);
    if (policy === 'TrafficSplitting') {
      const percent = Number(option('aws:elasticbeanstalk:trafficsplitting', 'NewVersionPercent') ?? '10');
      const minutes = Number(option('aws:elasticbeanstalk:trafficsplitting', 'EvaluationTime') ?? '5');
      this.trafficSplitting(environment, inFlight, percent / 100, minutes);
    } else if (policy === 'Rolling' || policy === 'RollingWithAdditionalBatch') {
      const type = option('aws:elasticbeanstalk:command', 'BatchSizeType') ?? 'Percentage';
      const size = Number(option('aws:elasticbeanstalk:command', 'BatchSize') ?? (type === 'Fixed' ? '1' : '30'));
      const perBatch = Math.max(1, type === 'Fixed' ? size : Math.ceil((environment.instances * size) / 100));
      this.rolling(environment, inFlight, perBatch);
    } else {
      this.allAtOnce(environment, inFlight);
    }
    return this.describeEnvironment(environment);
  }

  private finish(environment: Environment, at: Date, runningLabel: string | undefined): void {
    environment.Status = 'Ready';
    environment.VersionLabel = runningLabel;
    environment.AbortableOperationInProgress = false;
    environment.inFlight = undefined;
    environment.DateUpdated = at;
    this.settleHealth(environment);
  }

  private failDeploy(environment: Environment, update: InFlight, at: Date, instances: string): void {
    this.event(environment, at, 'ERROR', `Unsuccessful command execution on instance id(s) '${instances}'. Aborting the operation.`, update.requestId);
    this.event(environment, at, 'ERROR', 'Failed to deploy application.', update.requestId);
    this.finish(environment, at, update.previous);
    environment.causes.push(`Incorrect application version found on ${instances.split(',').length} instance(s). Expected version "${update.previous}".`);
  }

  private allAtOnce(environment: Environment, update: InFlight): void {
    const { stepMs } = this.timing;
    const crash = this.behaviourOf(update.label) === 'crash';
    this.schedule(environment.EnvironmentName, [
      [stepMs, (at) => {
        this.event(environment, at, 'INFO', 'Deploying new version to instance(s).', update.requestId);
        environment.serving = [{ label: update.label, weight: 1 }];
      }],
      [stepMs, (at) => {
        if (crash) return this.failDeploy(environment, update, at, instanceIds(environment.instances).join(','));
        this.event(environment, at, 'INFO', 'New application version was deployed to running EC2 instances.', update.requestId);
        this.finish(environment, at, update.label);
        this.event(environment, at, 'INFO', 'Environment update completed successfully.', update.requestId);
        if (environment.Health !== 'Green') this.healthWarning(environment, at);
      }],
    ]);
  }

  private rolling(environment: Environment, update: InFlight, perBatch: number): void {
    const { stepMs } = this.timing;
    const crash = this.behaviourOf(update.label) === 'crash';
    const ids = instanceIds(environment.instances);
    const batches: string[][] = [];
    for (let i = 0; i < ids.length; i += perBatch) batches.push(ids.slice(i, i + perBatch));
    const old = update.previous;
    const steps: [number, (at: Date) => void][] = [];
    batches.forEach((batch, index) => {
      steps.push([stepMs, (at) => {
        this.event(environment, at, 'INFO', `Batch ${index + 1}: Starting application deployment on instance(s) [${batch.join(', ')}].`, update.requestId);
        const done = batches.slice(0, index + 1).flat().length / ids.length;
        environment.serving = [{ label: update.label, weight: done }, ...(old && done < 1 ? [{ label: old, weight: 1 - done }] : [])];
      }]);
      steps.push([stepMs, (at) => {
        if (crash) {
          this.failDeploy(environment, update, at, batch.join(','));
          this.timeline = this.timeline.filter((step) => step.environment !== environment.EnvironmentName);
          return;
        }
        this.event(environment, at, 'INFO', `Batch ${index + 1}: Completed application deployment.`, update.requestId);
      }]);
    });
    steps.push([stepMs, (at) => {
      this.finish(environment, at, update.label);
      this.event(environment, at, 'INFO', 'Environment update completed successfully.', update.requestId);
      if (environment.Health !== 'Green') this.healthWarning(environment, at);
    }]);
    this.schedule(environment.EnvironmentName, steps);
  }

  private trafficSplitting(environment: Environment, update: InFlight, share: number, minutes: number): void {
    const { stepMs, minuteMs } = this.timing;
    const old = update.previous;
    const healthy = this.behaviourOf(update.label) === 'healthy';
    const canary = (at: Date) => {
      this.event(environment, at, 'INFO', `Sending ${Math.round(share * 100)}% of incoming client traffic to the new application version for ${minutes} minutes of evaluation.`, update.requestId);
      environment.serving = [{ label: update.label, weight: share }, ...(old ? [{ label: old, weight: 1 - share }] : [])];
    };
    if (!healthy) {
      this.schedule(environment.EnvironmentName, [
        [stepMs, canary],
        [minuteMs, (at) => {
          this.event(environment, at, 'ERROR', 'New instances did not pass health checks during the traffic-splitting evaluation period. Shifting all traffic back to the previous version.', update.requestId);
          environment.serving = old ? [{ label: old, weight: 1 }] : [];
        }],
        [stepMs, (at) => {
          this.event(environment, at, 'ERROR', 'Failed to deploy application.', update.requestId);
          this.finish(environment, at, old);
        }],
      ]);
      return;
    }
    this.schedule(environment.EnvironmentName, [
      [stepMs, canary],
      [minutes * minuteMs, (at) => {
        this.event(environment, at, 'INFO', 'Traffic-splitting evaluation succeeded. Shifting all traffic to the new application version.', update.requestId);
        environment.serving = [{ label: update.label, weight: 1 }];
      }],
      [stepMs, (at) => {
        this.finish(environment, at, update.label);
        this.event(environment, at, 'INFO', 'Environment update completed successfully.', update.requestId);
      }],
    ]);
  }

  private healthWarning(environment: Environment, at: Date): void {
    this.event(environment, at, 'WARN', `Environment health has transitioned from Ok to ${environment.HealthStatus}. ${environment.causes.join(' ')}`);
  }

  abortEnvironmentUpdate(input: Record<string, unknown>, requestId: string): Record<string, unknown> {
    const environment = this.requireEnvironment(input);
    const update = environment.inFlight;
    if (!environment.AbortableOperationInProgress || !update) {
      throw new AwsError('InvalidParameterValue', `Environment named ${environment.EnvironmentName} has no abortable operation in progress.`);
    }
    this.timeline = this.timeline.filter((step) => step.environment !== environment.EnvironmentName);
    environment.Status = 'Aborting';
    environment.AbortableOperationInProgress = false;
    this.event(environment, new Date(), 'INFO', 'Aborting the environment update.', requestId);
    this.schedule(environment.EnvironmentName, [
      [this.timing.stepMs, (at) => {
        environment.serving = update.previous ? [{ label: update.previous, weight: 1 }] : [];
        this.finish(environment, at, update.previous);
        this.event(environment, at, 'INFO', `Environment update was aborted. Version ${update.previous ?? '(none)'} is running.`, requestId);
      }],
    ]);
    return {};
  }
}

function instanceIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `i-0${(0xa1 + i).toString(16)}${'0'.repeat(12)}`);
}

/** The checks EB makes on the deployment options this toolkit sends. */
function validateSettings(settings: OptionSetting[], environment: Environment): void {
  const invalid = (setting: OptionSetting, why: string) =>
    new AwsError('ConfigurationValidationException', `Configuration validation exception: Invalid option value: '${setting.Value}' (Namespace: '${setting.Namespace}', OptionName: '${setting.OptionName}'): ${why}`);
  for (const setting of settings) {
    if (!setting.Namespace || !setting.OptionName) throw new AwsError('InvalidParameterValue', 'Each option setting needs Namespace and OptionName');
    const key = `${setting.Namespace}/${setting.OptionName}`;
    const value = setting.Value ?? '';
    const whole = (min: number, max: number) => {
      if (!/^\d+$/.test(value)) throw invalid(setting, 'Value is not an integer.');
      if (Number(value) < min) throw invalid(setting, `Value is less than minimum allowed value: ${min}`);
      if (Number(value) > max) throw invalid(setting, `Value is greater than maximum allowed value: ${max}`);
    };
    switch (key) {
      case 'aws:elasticbeanstalk:command/DeploymentPolicy':
        if (!POLICIES.includes(value)) throw invalid(setting, `Value is not one of ${POLICIES.join(', ')}`);
        if (value === 'TrafficSplitting' && environment.loadBalancerType !== 'application') {
          throw new AwsError('InvalidParameterValue', `Environment ${environment.EnvironmentName} does not use an Application Load Balancer: the TrafficSplitting deployment policy requires one.`);
        }
        break;
      case 'aws:elasticbeanstalk:command/BatchSizeType':
        if (value !== 'Percentage' && value !== 'Fixed') throw invalid(setting, 'Value is not one of Percentage, Fixed');
        break;
      case 'aws:elasticbeanstalk:command/BatchSize':
        whole(1, 10000);
        break;
      case 'aws:elasticbeanstalk:command/Timeout':
        whole(1, 3600);
        break;
      case 'aws:elasticbeanstalk:trafficsplitting/NewVersionPercent':
        whole(1, 100);
        break;
      case 'aws:elasticbeanstalk:trafficsplitting/EvaluationTime':
        whole(3, 600);
        break;
      case 'aws:elasticbeanstalk:command/IgnoreHealthCheck':
        if (value !== 'true' && value !== 'false') throw invalid(setting, 'Value is not a boolean.');
        break;
      default:
        if (!setting.Namespace.startsWith('aws:')) throw new AwsError('InvalidParameterValue', `Unknown option namespace ${setting.Namespace}`);
    }
  }
}
