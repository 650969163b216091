/**
 * app.yaml → the Admin API's Version resource, the translation gcloud does before it calls
 * `apps.services.versions.create`. The keys a model server needs are translated (runtime, env,
 * entrypoint, instance class, service account, environment variables, scaling, handlers,
 * inbound services, flexible resources and health checks, VPC connector); any other key is an
 * error at its line, never silently dropped.
 */
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { UserError } from '../../../shared/errors.ts';

export type VersionBody = Record<string, unknown>;

interface Reader {
  file: string;
  doc: Document;
  lines: LineCounter;
}

function fail(reader: Reader, path: (string | number)[], message: string): UserError {
  const node = reader.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const key = path.length ? (reader.doc.getIn(path.slice(0, -1), true) as { items?: { key: { value?: unknown; range?: [number] } }[] } | undefined) : undefined;
  const keyNode = key?.items?.find((item) => item.key?.value === path.at(-1))?.key;
  const offset = keyNode?.range?.[0] ?? node?.range?.[0];
  const position = offset === undefined ? undefined : reader.lines.linePos(offset);
  return new UserError(`${reader.file}${position ? `:${position.line}` : ''}: ${path.join('.')}: ${message}`, { file: reader.file, line: position?.line, column: position?.col });
}

function seconds(reader: Reader, path: (string | number)[], value: unknown): string {
  if (typeof value === 'number' && value >= 0) return `${value}s`;
  const match = typeof value === 'string' ? /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(value.trim()) : null;
  if (!match) throw fail(reader, path, `must be a duration such as 30s or 100ms, got ${JSON.stringify(value)}`);
  const factor = { ms: 0.001, s: 1, m: 60 }[match[2] as 'ms' | 's' | 'm'];
  return `${Number((Number(match[1]) * factor).toFixed(9))}s`;
}

function number(reader: Reader, path: (string | number)[], value: unknown, integer = false): number {
  if (typeof value !== 'number' || (integer && !Number.isInteger(value))) throw fail(reader, path, `must be ${integer ? 'a whole number' : 'a number'}, got ${JSON.stringify(value)}`);
  return value;
}

function strings(reader: Reader, path: (string | number)[], value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail(reader, path, 'must be a mapping of NAME: value');
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]));
}

/** Copies known keys of a mapping through `rules`; an unknown key is an error at its line. */
function translate(reader: Reader, path: (string | number)[], value: unknown, rules: Record<string, (item: unknown, out: Record<string, unknown>, at: (string | number)[]) => void>): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail(reader, path, 'must be a mapping');
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const rule = rules[key];
    if (!rule) throw fail(reader, [...path, key], `is not an app.yaml setting this action can deploy (it knows ${Object.keys(rules).join(', ')})`);
    rule(item, out, [...path, key]);
  }
  return out;
}

const SECURITY: Record<string, string> = { always: 'SECURE_ALWAYS', optional: 'SECURE_OPTIONAL', never: 'SECURE_NEVER' };
const LOGIN: Record<string, string> = { optional: 'LOGIN_OPTIONAL', admin: 'LOGIN_ADMIN', required: 'LOGIN_REQUIRED' };

function handler(reader: Reader, path: (string | number)[], value: unknown): Record<string, unknown> {
  const raw = value as Record<string, unknown>;
  const out = translate(reader, path, value, {
    url: (v, o) => (o['urlRegex'] = String(v)),
    script: (v, o) => (o['script'] = { scriptPath: String(v) }),
    static_dir: () => undefined,
    static_files: () => undefined,
    upload: () => undefined,
    secure: (v, o, at) => (o['securityLevel'] = SECURITY[String(v)] ?? (() => { throw fail(reader, at, 'must be always, optional or never'); })()),
    login: (v, o, at) => (o['login'] = LOGIN[String(v)] ?? (() => { throw fail(reader, at, 'must be optional, admin or required'); })()),
    redirect_http_response_code: (v, o) => (o['redirectHttpResponseCode'] = `REDIRECT_HTTP_RESPONSE_CODE_${v}`),
  });
  if (typeof raw['static_dir'] === 'string') {
    // As gcloud does: url/(.*) served from static_dir/\1.
    out['urlRegex'] = `${String(raw['url']).replace(/\/$/, '')}/(.*)`;
    out['staticFiles'] = { path: `${raw['static_dir'].replace(/\/$/, '')}/\\1`, uploadPathRegex: `${raw['static_dir'].replace(/\/$/, '')}/.*` };
  } else if (typeof raw['static_files'] === 'string') {
    out['staticFiles'] = { path: raw['static_files'], uploadPathRegex: String(raw['upload'] ?? raw['static_files']) };
  }
  if (!out['urlRegex']) throw fail(reader, path, 'a handler needs url');
  if (!out['script'] && !out['staticFiles']) throw fail(reader, path, 'a handler needs script, static_dir or static_files');
  return out;
}

function healthCheck(reader: Reader, path: (string | number)[], value: unknown, liveness: boolean): Record<string, unknown> {
  const rules: Record<string, (item: unknown, out: Record<string, unknown>, at: (string | number)[]) => void> = {
    path: (v, o) => (o['path'] = String(v)),
    host: (v, o) => (o['host'] = String(v)),
    check_interval_sec: (v, o, at) => (o['checkInterval'] = seconds(reader, at, v)),
    timeout_sec: (v, o, at) => (o['timeout'] = seconds(reader, at, v)),
    failure_threshold: (v, o, at) => (o['failureThreshold'] = number(reader, at, v, true)),
    success_threshold: (v, o, at) => (o['successThreshold'] = number(reader, at, v, true)),
  };
  if (liveness) rules['initial_delay_sec'] = (v, o, at) => (o['initialDelay'] = seconds(reader, at, v));
  else rules['app_start_timeout_sec'] = (v, o, at) => (o['appStartTimeout'] = seconds(reader, at, v));
  return translate(reader, path, value, rules);
}

function automaticScaling(reader: Reader, path: (string | number)[], value: unknown, flex: boolean): Record<string, unknown> {
  if (flex) {
    return translate(reader, path, value, {
      min_num_instances: (v, o, at) => (o['minTotalInstances'] = number(reader, at, v, true)),
      max_num_instances: (v, o, at) => (o['maxTotalInstances'] = number(reader, at, v, true)),
      cool_down_period_sec: (v, o, at) => (o['coolDownPeriod'] = seconds(reader, at, v)),
      cpu_utilization: (v, o, at) =>
        (o['cpuUtilization'] = translate(reader, at, v, {
          target_utilization: (t, c, tat) => (c['targetUtilization'] = number(reader, tat, t)),
          aggregation_window_length_sec: (t, c, tat) => (c['aggregationWindowLength'] = seconds(reader, tat, t)),
        })),
    });
  }
  const scheduler: Record<string, unknown> = {};
  const out = translate(reader, path, value, {
    min_instances: (v, _, at) => (scheduler['minInstances'] = number(reader, at, v, true)),
    max_instances: (v, _, at) => (scheduler['maxInstances'] = number(reader, at, v, true)),
    target_cpu_utilization: (v, _, at) => (scheduler['targetCpuUtilization'] = number(reader, at, v)),
    target_throughput_utilization: (v, _, at) => (scheduler['targetThroughputUtilization'] = number(reader, at, v)),
    min_idle_instances: (v, o, at) => (o['minIdleInstances'] = number(reader, at, v, true)),
    max_idle_instances: (v, o, at) => (o['maxIdleInstances'] = number(reader, at, v, true)),
    max_concurrent_requests: (v, o, at) => (o['maxConcurrentRequests'] = number(reader, at, v, true)),
    min_pending_latency: (v, o, at) => (o['minPendingLatency'] = seconds(reader, at, v)),
    max_pending_latency: (v, o, at) => (o['maxPendingLatency'] = seconds(reader, at, v)),
  });
  if (Object.keys(scheduler).length) out['standardSchedulerSettings'] = scheduler;
  return out;
}

export interface AppYaml {
  version: VersionBody;
  /** The `service:` it names, if any (it must match the `name` input). */
  service?: string;
  flex: boolean;
}

/** Parses app.yaml text (from `file`, for messages) into the Version resource. */
export function translateAppYaml(text: string, file: string): AppYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const position = lines.linePos(error.pos[0]);
    throw new UserError(`${file}:${position.line}: not valid YAML: ${error.message.split('\n')[0]}`, { file, line: position.line, column: position.col });
  }
  const reader: Reader = { file, doc, lines };
  if (!isMap(doc.contents)) throw new UserError(`${file}: app.yaml must be a mapping (runtime: …)`, { file });
  const raw = doc.toJS() as Record<string, unknown>;
  const flex = raw['env'] === 'flex' || raw['env'] === 'flexible';
  let service: string | undefined;
  const version = translate(reader, [], raw, {
    runtime: (v, o) => (o['runtime'] = String(v)),
    env: (v, o, at) => {
      if (!['standard', 'flex', 'flexible'].includes(String(v))) throw fail(reader, at, 'must be standard or flex');
      o['env'] = v === 'flexible' ? 'flex' : String(v);
    },
    service: (v) => (service = String(v)),
    entrypoint: (v, o) => (o['entrypoint'] = { shell: String(v) }),
    instance_class: (v, o) => (o['instanceClass'] = String(v)),
    service_account: (v, o) => (o['serviceAccount'] = String(v)),
    env_variables: (v, o, at) => (o['envVariables'] = strings(reader, at, v)),
    build_env_variables: (v, o, at) => (o['buildEnvVariables'] = strings(reader, at, v)),
    inbound_services: (v, o, at) => {
      if (!Array.isArray(v)) throw fail(reader, at, 'must be a list such as [warmup]');
      o['inboundServices'] = v.map((item) => `INBOUND_SERVICE_${String(item).toUpperCase()}`);
    },
    automatic_scaling: (v, o, at) => (o['automaticScaling'] = automaticScaling(reader, at, v, flex)),
    manual_scaling: (v, o, at) => (o['manualScaling'] = translate(reader, at, v, { instances: (n, m, nat) => (m['instances'] = number(reader, nat, n, true)) })),
    basic_scaling: (v, o, at) =>
      (o['basicScaling'] = translate(reader, at, v, {
        max_instances: (n, m, nat) => (m['maxInstances'] = number(reader, nat, n, true)),
        idle_timeout: (n, m, nat) => (m['idleTimeout'] = seconds(reader, nat, n)),
      })),
    handlers: (v, o, at) => {
      if (!Array.isArray(v)) throw fail(reader, at, 'must be a list of handlers');
      o['handlers'] = v.map((item, index) => handler(reader, [...at, index], item));
    },
    resources: (v, o, at) =>
      (o['resources'] = translate(reader, at, v, {
        cpu: (n, r, nat) => (r['cpu'] = number(reader, nat, n)),
        memory_gb: (n, r, nat) => (r['memoryGb'] = number(reader, nat, n)),
        disk_size_gb: (n, r, nat) => (r['diskGb'] = number(reader, nat, n)),
      })),
    readiness_check: (v, o, at) => (o['readinessCheck'] = healthCheck(reader, at, v, false)),
    liveness_check: (v, o, at) => (o['livenessCheck'] = healthCheck(reader, at, v, true)),
    vpc_access_connector: (v, o, at) =>
      (o['vpcAccessConnector'] = translate(reader, at, v, {
        name: (n, c) => (c['name'] = String(n)),
        egress_setting: (n, c, nat) => {
          const setting = { 'all-traffic': 'ALL_TRAFFIC', 'private-ranges-only': 'PRIVATE_IP_RANGES' }[String(n)];
          if (!setting) throw fail(reader, nat, 'must be all-traffic or private-ranges-only');
          c['egressSetting'] = setting;
        },
      })),
    app_engine_apis: (v, o) => (o['appEngineApis'] = v === true),
  });
  if (typeof version['runtime'] !== 'string') throw new UserError(`${file}: app.yaml needs runtime (e.g. runtime: python312)`, { file, line: 1 });
  if (!flex && !version['handlers']) version['handlers'] = [{ urlRegex: '/.*', script: { scriptPath: 'auto' } }];
  return { version, service, flex };
}
