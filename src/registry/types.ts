/**
 * What every model registry offers the gate: the champion's recorded metrics, registering a new
 * version with its files, model card and metadata, and moving aliases with a record of each move.
 */
import type { ModelFiles } from './model-files.ts';

export type RegistryType = 'github' | 'mlflow' | 'local';

export const VERSION_METADATA_FORMAT = 'ml-actions/model-version@1';

/** The metadata JSON stored with every version (release asset, MLflow tags, local file). */
export interface VersionMetadata {
  format: typeof VERSION_METADATA_FORMAT;
  name: string;
  version: string;
  registered_at: string;
  registered_by?: string;
  model: {
    digest: string;
    bytes: number;
    files: Array<{ path: string; bytes: number; sha256: string }>;
    /** Where the files are: the asset name, the MLflow source URI, or the folder. */
    location?: string;
  };
  /** Flat metric name → value (and interval), as the gate read them. */
  metrics: Record<string, { value: number | null; ci?: [number, number] | null }>;
  no_skill?: Record<string, number | null>;
  evaluation?: { rows?: number; confidence?: number; resamples?: number; seed?: number; metrics_digest?: string };
  params?: Record<string, unknown>;
  data?: Array<{ path: string; digest: string; bytes: number }>;
  lineage: {
    repository?: string;
    commit?: string;
    ref?: string;
    run_url?: string;
    workflow?: string;
    actor?: string;
    event?: string;
    pull_request?: number;
  };
  gate: {
    passed: boolean;
    headline: string;
    policy: { path: string; digest: string };
    champion?: { alias: string; version: string };
    rules: Array<{ id: string; result: string; line: string }>;
    override?: { label: string; by?: string; at?: string };
  };
}

export interface ChampionRecord {
  alias: string;
  version: string;
  metrics: Record<string, number | null>;
  commit?: string;
  registeredAt?: string;
}

export interface Registration {
  name: string;
  files: ModelFiles;
  /** Metadata without the version, which the registry assigns. */
  metadata: Omit<VersionMetadata, 'version'>;
  /** The model card for the version the registry assigns. */
  card(version: string, metadata: VersionMetadata): string;
  /** A model already stored elsewhere (MLflow `runs:/…`, `s3://…`): registered by reference. */
  sourceUri?: string;
  runId?: string;
}

export interface RegisteredVersion {
  version: string;
  url: string;
}

/** Point `alias` at `version`; with `previousAlias`, the version it held before keeps that alias. */
export interface AliasRequest {
  alias: string;
  version: string;
  previousAlias?: string;
}

export interface AliasMove {
  alias: string;
  version: string;
  /** The version the alias pointed at before (null: the alias is new). */
  from: string | null;
}

/** Who moved aliases, when and why: recorded with every move. */
export interface MoveContext {
  at: string;
  by: string;
  reason: string;
  run_url?: string;
  commit?: string;
}

/** One alias move in the append-only history. */
export interface AliasEvent extends MoveContext {
  alias: string;
  version: string;
  from: string | null;
}

export interface ModelRegistry {
  readonly type: RegistryType;
  /** The version the alias points at with its recorded metrics, or undefined when it points nowhere yet. */
  champion(name: string, alias: string): Promise<ChampionRecord | undefined>;
  register(registration: Registration): Promise<RegisteredVersion>;
  /** Points each alias at its version, all or none where the registry allows, recording each move. */
  moveAliases(name: string, moves: readonly AliasRequest[], context: MoveContext): Promise<AliasMove[]>;
  /** Every recorded alias move, oldest first. */
  history(name: string): Promise<AliasEvent[]>;
}

/** The alias that keeps the version an alias held before, for one-step rollback. */
export function previousAliasOf(alias: string): string {
  return alias === 'champion' ? 'previous' : `${alias}-previous`;
}

/** Moves `alias` to `version`; the version it held before keeps the previous alias. */
export function promotionOf(alias: string, version: string): AliasRequest {
  return { alias, version, previousAlias: previousAliasOf(alias) };
}

const RESERVED_ALIAS = /^(latest|v\d+)$/i;

/** Alias names every registry accepts (MLflow reserves `latest` and `v<N>`). */
export function aliasProblem(alias: string): string | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(alias)) return 'may hold only letters, digits, ".", "_" and "-", starting with a letter or digit';
  if (RESERVED_ALIAS.test(alias)) return 'is reserved (MLflow keeps `latest` and `v<N>` for itself)';
  return undefined;
}

/** Which version an alias pointed at, at a moment: the question "what was in production last Tuesday". */
export function aliasAt(history: readonly AliasEvent[], alias: string, when: Date): string | undefined {
  let version: string | undefined;
  const ordered = [...history].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  for (const event of ordered) {
    if (event.alias !== alias) continue;
    if (new Date(event.at).getTime() > when.getTime()) break;
    version = event.version;
  }
  return version;
}

export function tagOf(name: string, version: string): string {
  return `model/${name}/v${version}`;
}

/** Metric values of a version's metadata, for champion comparisons. */
export function metricValues(metadata: Pick<VersionMetadata, 'metrics'>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(metadata.metrics ?? {}).map(([name, metric]) => [name, typeof metric?.value === 'number' ? metric.value : null]));
}
