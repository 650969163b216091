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
import { ConfigurationError } from '../../../shared/errors.ts';
import { parseChoice, parseDuration, parseList, parseNumber } from '../../../shared/inputs.ts';
import type { TargetSettings } from '../../target.ts';

export const HEALTH_COLOURS = ['Green', 'Yellow', 'Red', 'Grey'] as const;
export type HealthColour = (typeof HEALTH_COLOURS)[number];

export interface ElasticBeanstalkSettings {
  application: string;
  environment: string;
  region: string;
  bucket?: string;
  keyPrefix: string;
  acceptedHealth: HealthColour[];
  healthGraceMs: number;
  batch: { type: 'Percentage' | 'Fixed'; size: number };
  evaluationMinutes: number;
  rollbackPolicy: 'AllAtOnce' | 'Rolling';
  description?: string;
}

const KNOWN_OPTIONS = ['bucket', 'key-prefix', 'accepted-health', 'health-grace', 'batch-size', 'evaluation-time', 'rollback-policy', 'description'];

function option(name: string): string {
  return `target-options ${name}`;
}

export function readElasticBeanstalkSettings(settings: TargetSettings, env: NodeJS.ProcessEnv = process.env): ElasticBeanstalkSettings {
  const options = settings.options;
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.includes(key)) throw new ConfigurationError('target-options', `has "${key}", which elastic-beanstalk does not know; it reads ${KNOWN_OPTIONS.join(', ')}`);
  }
  if (!settings.application) throw new ConfigurationError('application', 'is required for target elastic-beanstalk: the Elastic Beanstalk application name');
  if (!settings.name) throw new ConfigurationError('name', 'is required for target elastic-beanstalk: the environment to deploy to');
  const region = settings.region || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
  if (!region) throw new ConfigurationError('region', 'is required for target elastic-beanstalk (or AWS_REGION, as aws-actions/configure-aws-credentials sets it)');

  const accepted = parseList(options['accepted-health'] ?? 'Green').map((colour) => parseChoice(colour, option('accepted-health'), HEALTH_COLOURS));
  const batchText = (options['batch-size'] ?? '30%').trim();
  const percent = batchText.endsWith('%');
  const batchSize = parseNumber(percent ? batchText.slice(0, -1) : batchText, option('batch-size'), { integer: true, min: 1, max: percent ? 100 : 10000 });
  const description = options['description'];
  if (description !== undefined && description.length > 200) throw new ConfigurationError(option('description'), `is ${description.length} characters; Elastic Beanstalk allows 200`);
  return {
    application: settings.application,
    environment: settings.name,
    region,
    bucket: options['bucket'],
    keyPrefix: options['key-prefix'] ?? `${settings.application}/`,
    acceptedHealth: accepted,
    healthGraceMs: parseDuration(options['health-grace'] ?? '5m', option('health-grace')) * 1000,
    batch: { type: percent ? 'Percentage' : 'Fixed', size: batchSize },
    evaluationMinutes: parseNumber(options['evaluation-time'] ?? '5', option('evaluation-time'), { integer: true, min: 3, max: 600 }),
    rollbackPolicy: parseChoice(options['rollback-policy'] ?? 'AllAtOnce', option('rollback-policy'), ['AllAtOnce', 'Rolling'] as const),
    description,
  };
}

/** EB takes labels up to 100 characters; they also become part of an S3 key here. */
export function checkVersionLabel(label: string): void {
  if (label.length === 0 || label.length > 100) throw new ConfigurationError('version', `must be 1 to 100 characters for Elastic Beanstalk; "${label}" has ${label.length}`);
  if (!/^[A-Za-z0-9][A-Za-z0-9._+=@-]*$/.test(label)) {
    throw new ConfigurationError('version', `"${label}" is not a usable Elastic Beanstalk version label: use letters, digits and . _ - + = @`);
  }
}
