/**
 * Workflow artifacts (v4, through @actions/artifact): upload a set of files under a root as one named
 * artifact, find and download one by name or ID, from this run or another run of the repository.
 * Failures a user can fix (a name used twice in a run, the storage quota, GitHub Enterprise Server,
 * a step not running on a runner) become `UserError`s that say what to do.
 */
import { relative, resolve, sep } from 'node:path';
import { DefaultArtifactClient, type Artifact } from '@actions/artifact';
import { UserError, errorMessage } from './errors.ts';
import { byteOrder, listFiles } from './files.ts';

/** Another workflow run whose artifacts to read, through the REST API (needs `actions: read`). */
export interface OtherRun {
  owner: string;
  repo: string;
  runId: number;
  token: string;
}

export interface ArtifactUpload {
  name: string;
  /** Folder the paths inside the artifact are relative to. */
  root: string;
  /** Files and folders (taken whole) under `root`. */
  paths: string[];
  /** 1–90 days; the repository's default when absent. */
  retentionDays?: number;
  /** zlib level 0–9 (0 for data that is already compressed). */
  compressionLevel?: number;
}

export interface UploadedArtifact {
  id: number;
  name: string;
  /** Bytes of the zip as stored. */
  size: number;
  /** `sha256:<hex>` of the zip. */
  digest?: string;
  /** Files it holds. */
  files: number;
  /** The artifact's page, when the run is on GitHub. */
  url?: string;
}

export interface FoundArtifact {
  id: number;
  name: string;
  size: number;
  digest?: string;
  createdAt?: Date;
}

export interface DownloadedArtifact extends FoundArtifact {
  /** Folder the artifact's files were extracted into. */
  path: string;
}

// Characters the artifact service refuses (NTFS limits), as @actions/artifact checks them.
const INVALID_PATH_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n'];
const INVALID_NAME_CHARACTERS = [...INVALID_PATH_CHARACTERS, '\\', '/'];

/** GitHub Enterprise Server, as @actions/artifact and @actions/cache tell it from github.com. */
export function isEnterpriseServer(serverUrl = process.env['GITHUB_SERVER_URL'] || 'https://github.com'): boolean {
  const host = new URL(serverUrl).hostname.trimEnd().toUpperCase();
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}

/** Why artifacts cannot be used in this step, or undefined when they can. */
export function artifactServiceProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) {
    return 'the artifact service is not available (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set): this step is not running on a GitHub Actions runner';
  }
  if (isEnterpriseServer(env['GITHUB_SERVER_URL'])) return 'artifacts v4 are not supported on GitHub Enterprise Server';
  return undefined;
}

export function checkArtifactName(name: string, input?: string): void {
  const where = input ? `Input "${input}": the artifact name` : 'The artifact name';
  if (name.trim() === '') throw new UserError(`${where} is empty`);
  const bad = INVALID_NAME_CHARACTERS.find((character) => name.includes(character));
  if (bad) throw new UserError(`${where} "${name}" contains ${JSON.stringify(bad)}; artifact names cannot contain ${INVALID_NAME_CHARACTERS.map((c) => JSON.stringify(c)).join(' ')}`);
}

/** Every file under the given paths (folders taken whole), sorted, each checked to be inside `root`. */
export function expandPaths(root: string, paths: string[]): string[] {
  const absoluteRoot = resolve(root);
  const found = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(absoluteRoot, path);
    if (absolute !== absoluteRoot && !absolute.startsWith(absoluteRoot + sep)) {
      throw new UserError(`${path} is outside ${absoluteRoot}, the folder the artifact is made from`);
    }
    const files = listFiles(absolute);
    if (!files) throw new UserError(`${path}: no such file or folder to upload`, { file: absolute });
    for (const file of files) found.add(file);
  }
  const files = [...found].sort(byteOrder);
  for (const file of files) {
    const inside = relative(absoluteRoot, file);
    const bad = INVALID_PATH_CHARACTERS.find((character) => inside.includes(character));
    if (bad) throw new UserError(`${inside}: artifact file paths cannot contain ${JSON.stringify(bad)}`, { file });
  }
  return files;
}

function artifactPageUrl(id: number, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}/artifacts/${id}` : undefined;
}

function requireService(doing: string): void {
  const problem = artifactServiceProblem();
  if (problem) throw new UserError(`Cannot ${doing}: ${problem}`);
}

/** Turns the artifact client's failures into messages that say what to do. */
function explain(error: unknown, doing: string): Error {
  const message = errorMessage(error);
  const name = (error as Error | undefined)?.name;
  if (/already exists on the workflow run/.test(message)) {
    return new UserError(`Cannot ${doing}: an artifact with that name already exists in this workflow run. Names must be unique within a run: in a matrix, put the matrix values in the name`, undefined, { cause: error });
  }
  if (name === 'UsageError') return new UserError(`Cannot ${doing}: the account's artifact storage quota is used up; delete old artifacts or lower retention-days`, undefined, { cause: error });
  if (name === 'GHESNotSupportedError') return new UserError(`Cannot ${doing}: artifacts v4 are not supported on GitHub Enterprise Server`, undefined, { cause: error });
  if (name === 'ArtifactNotFoundError') return new UserError(`Cannot ${doing}: no such artifact (it may have expired)`, undefined, { cause: error });
  return new Error(`Cannot ${doing}: ${message}`, { cause: error });
}

export async function uploadArtifact(upload: ArtifactUpload): Promise<UploadedArtifact> {
  checkArtifactName(upload.name);
  const doing = `upload artifact "${upload.name}"`;
  requireService(doing);
  const files = expandPaths(upload.root, upload.paths);
  if (files.length === 0) throw new UserError(`Cannot ${doing}: there are no files to upload`);
  let result;
  try {
    result = await new DefaultArtifactClient().uploadArtifact(upload.name, files, resolve(upload.root), {
      retentionDays: upload.retentionDays,
      compressionLevel: upload.compressionLevel,
    });
  } catch (error) {
    throw explain(error, doing);
  }
  if (result.id === undefined) throw new Error(`Cannot ${doing}: the artifact service returned no artifact ID`);
  return {
    id: result.id,
    name: upload.name,
    size: result.size ?? 0,
    digest: result.digest ? `sha256:${result.digest}` : undefined,
    files: files.length,
    url: artifactPageUrl(result.id),
  };
}

function findOptions(run: OtherRun | undefined) {
  return run ? { findBy: { token: run.token, workflowRunId: run.runId, repositoryOwner: run.owner, repositoryName: run.repo } } : undefined;
}

function describe(run: OtherRun | undefined): string {
  return run ? `run ${run.runId} of ${run.owner}/${run.repo}` : 'this workflow run';
}

function found(artifact: Artifact): FoundArtifact {
  return { id: artifact.id, name: artifact.name, size: artifact.size, digest: artifact.digest, createdAt: artifact.createdAt };
}

/** The newest artifact with this name in this run (or another), or undefined when there is none. */
export async function findArtifact(name: string, run?: OtherRun): Promise<FoundArtifact | undefined> {
  const doing = `look up artifact "${name}" in ${describe(run)}`;
  requireService(doing);
  try {
    return found((await new DefaultArtifactClient().getArtifact(name, findOptions(run))).artifact);
  } catch (error) {
    if ((error as Error | undefined)?.name === 'ArtifactNotFoundError') return undefined;
    throw explain(error, doing);
  }
}

export async function listArtifacts(run?: OtherRun): Promise<FoundArtifact[]> {
  const doing = `list the artifacts of ${describe(run)}`;
  requireService(doing);
  try {
    return (await new DefaultArtifactClient().listArtifacts({ latest: true, ...findOptions(run) })).artifacts.map(found);
  } catch (error) {
    throw explain(error, doing);
  }
}

/**
 * Downloads an artifact, by name (the newest of that name) or by ID, into `destination`, and checks
 * the bytes against the digest the service recorded at upload.
 */
export async function downloadArtifact(source: { name: string } | { id: number }, destination: string, run?: OtherRun): Promise<DownloadedArtifact> {
  const label = 'name' in source ? `"${source.name}"` : `#${source.id}`;
  const doing = `download artifact ${label} from ${describe(run)}`;
  requireService(doing);
  const client = new DefaultArtifactClient();
  let artifact: FoundArtifact | undefined;
  try {
    if ('name' in source) {
      artifact = await findArtifact(source.name, run);
    } else {
      const { artifacts } = await client.listArtifacts(findOptions(run));
      const match = artifacts.find((candidate) => candidate.id === source.id);
      artifact = match && found(match);
    }
  } catch (error) {
    throw error instanceof UserError ? error : explain(error, doing);
  }
  if (!artifact) throw new UserError(`Cannot ${doing}: there is no such artifact (it may have expired, or been uploaded by another run)`);
  let result;
  try {
    result = await client.downloadArtifact(artifact.id, { path: destination, expectedHash: artifact.digest, ...findOptions(run) });
  } catch (error) {
    throw explain(error, doing);
  }
  if (result.digestMismatch) throw new Error(`Cannot ${doing}: the downloaded content does not match the digest recorded at upload (${artifact.digest})`);
  return { ...artifact, path: result.downloadPath ?? destination };
}
