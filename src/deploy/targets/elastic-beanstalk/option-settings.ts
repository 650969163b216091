/**
 * The option settings sent with UpdateEnvironment. They take precedence over .ebextensions and
 * over what the console or the EB CLI set, so each deploy states its own policy instead of
 * inheriting the last one (an environment left on TrafficSplitting would otherwise make the next
 * rollback wait for an evaluation period).
 */
import type { ConfigurationOptionSetting } from '@aws-sdk/client-elastic-beanstalk';
import type { Strategy } from '../../target.ts';
import type { ElasticBeanstalkSettings } from './settings.ts';

export type DeploymentPolicy = 'AllAtOnce' | 'Rolling' | 'TrafficSplitting';

const COMMAND = 'aws:elasticbeanstalk:command';
const SPLIT = 'aws:elasticbeanstalk:trafficsplitting';
const APPLICATION_ENVIRONMENT = 'aws:elasticbeanstalk:application:environment';

export function policyFor(strategy: Strategy): DeploymentPolicy {
  if (strategy === 'rolling') return 'Rolling';
  if (strategy === 'canary') return 'TrafficSplitting';
  return 'AllAtOnce';
}

export function deploymentOptions(
  policy: DeploymentPolicy,
  settings: ElasticBeanstalkSettings,
  canaryPercent: number,
  env: Record<string, string>,
): ConfigurationOptionSetting[] {
  const options: ConfigurationOptionSetting[] = [{ Namespace: COMMAND, OptionName: 'DeploymentPolicy', Value: policy }];
  if (policy === 'Rolling') {
    options.push({ Namespace: COMMAND, OptionName: 'BatchSizeType', Value: settings.batch.type }, { Namespace: COMMAND, OptionName: 'BatchSize', Value: String(settings.batch.size) });
  }
  if (policy === 'TrafficSplitting') {
    options.push(
      { Namespace: SPLIT, OptionName: 'NewVersionPercent', Value: String(Math.min(100, Math.max(1, Math.round(canaryPercent)))) },
      { Namespace: SPLIT, OptionName: 'EvaluationTime', Value: String(settings.evaluationMinutes) },
    );
  }
  for (const [name, value] of Object.entries(env)) options.push({ Namespace: APPLICATION_ENVIRONMENT, OptionName: name, Value: value });
  return options;
}
