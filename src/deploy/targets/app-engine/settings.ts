/**
 * What the app-engine target reads from the step's inputs: `project`, `name` (the service,
 * default `default`), and its `target-options`:
 *
 * | option          | default                          | meaning                                                        |
 * | --------------- | -------------------------------- | -------------------------------------------------------------- |
 * | `bucket`        | `staging.<project>.appspot.com`  | Cloud Storage bucket the bundle is staged in                   |
 * | `app-yaml`      | `app.yaml` in the bundle          | the app.yaml describing the version (runtime, scaling, …)      |
 * | `shard-by`      | `RANDOM`                         | how a traffic split picks versions: RANDOM, IP or COOKIE       |
 * | `health-grace`  | `2m`                             | how long a new version may take to answer its health path      |
 * | `keep-versions` | `0` (no cleanup)                 | keep the newest N versions without traffic, delete older ones  |
 * | `stop-previous` | `false`                          | stop the version that served before once the new one has all   |
 * |                 |                                  | traffic (flexible, manual or basic scaling: they cost while up) |
 */
import { ConfigurationError } from '../../../shared/errors.ts';
import { parseBoolean, parseChoice, parseDuration, parseNumber } from '../../../shared/inputs.ts';
import type { TargetSettings } from '../../target.ts';

export type ShardBy = 'RANDOM' | 'IP' | 'COOKIE';

export interface AppEngineSettings {
  project: string;
  service: string;
  bucket: string;
  appYaml?: string;
  shardBy: ShardBy;
  healthGraceMs: number;
  keepVersions: number;
  stopPrevious: boolean;
}

const KNOWN_OPTIONS = ['bucket', 'app-yaml', 'shard-by', 'health-grace', 'keep-versions', 'stop-previous'];
const SERVICE_ID = /^[a-z\d]([a-z\d-]{0,61}[a-z\d])?$/;
// Version ids: lowercase letters, digits and hyphens, 63 at most; `default`, `latest` and `ah-…` are App Engine's.
const VERSION_ID = /^[a-z\d]([a-z\d-]{0,61}[a-z\d])?$/;

export function readAppEngineSettings(settings: TargetSettings): AppEngineSettings {
  const options = settings.options;
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.includes(key)) throw new ConfigurationError('target-options', `has "${key}", which app-engine does not know; it reads ${KNOWN_OPTIONS.join(', ')}`);
  }
  const project = settings.project;
  if (!project) throw new ConfigurationError('project', 'is required for target app-engine: the Google Cloud project whose App Engine application is deployed to');
  if (!/^[a-z][a-z\d-]{4,28}[a-z\d]$|^[a-z\d.-]+:[a-z][a-z\d-]{4,28}[a-z\d]$/.test(project)) throw new ConfigurationError('project', `"${project}" is not a Google Cloud project id`);
  const service = settings.name ?? 'default';
  if (!SERVICE_ID.test(service)) throw new ConfigurationError('name', `"${service}" is not an App Engine service name: lowercase letters, digits and hyphens, 63 at most`);
  return {
    project,
    service,
    bucket: options['bucket'] ?? `staging.${project}.appspot.com`,
    appYaml: options['app-yaml'],
    shardBy: parseChoice((options['shard-by'] ?? 'RANDOM').toUpperCase(), 'target-options shard-by', ['RANDOM', 'IP', 'COOKIE'] as const),
    healthGraceMs: parseDuration(options['health-grace'] ?? '2m', 'target-options health-grace') * 1000,
    keepVersions: parseNumber(options['keep-versions'] ?? '0', 'target-options keep-versions', { integer: true, min: 0, max: 200 }),
    stopPrevious: parseBoolean(options['stop-previous'] ?? 'false', 'target-options stop-previous'),
  };
}

export function checkVersionId(version: string): void {
  if (!VERSION_ID.test(version) || version.startsWith('ah-') || version === 'default' || version === 'latest') {
    throw new ConfigurationError(
      'version',
      `"${version}" is not a valid App Engine version id: lowercase letters, digits and hyphens, at most 63 characters, not starting with "ah-", not "default" or "latest"`,
    );
  }
}
