/**
 * One training run, start to finish: gather the lineage (params, data, code, seed, environment),
 * consult the run cache, run the command (or restore its outputs), read metrics and digest the model,
 * write the run record, save to the cache and upload the artifact.
 *
 * Progress is written into a `TrainProgress` as it is made, so that when a step fails the summary can
 * still show what ran and how it ended.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { artifactServiceProblem, uploadArtifact, type UploadedArtifact } from '../shared/artifacts.ts';
import { cacheServiceProblem, restoreCache, saveCache } from '../shared/cache.ts';
import type { RunContext } from '../shared/context.ts';
import { ConfigurationError, UserError } from '../shared/errors.ts';
import { listFiles, resolveInWorkspace } from '../shared/files.ts';
import { group } from '../shared/log.ts';
import { readMetricsFile } from '../shared/metrics.ts';
import { runCacheKey, missReason, type RunCacheKey } from './cache-key.ts';
import { codeState, type CodeState } from './code.ts';
import { runCommand, type CommandResult } from './command.ts';
import { combinedDigest, digestDataFile, digestFile, type DataDigest, type FileDigest } from './digest.ts';
import { describeEnvironment } from './environment.ts';
import { readParamsFile, type ParamValue } from '../shared/params.ts';
import { readRunRecord, toolVersion, writeRunRecord, type CacheInfo, type RunRecord, type RunStatus } from './record.ts';

export interface TrainOptions {
  run: string;
  workingDirectory: string;
  params?: string;
  metrics: string;
  model: string[];
  data: string[];
  seed: number | 'random';
  cache: boolean;
  /** Extra text mixed into the cache key. */
  cacheKey?: string;
  /** Git pathspecs of the code that counts for the cache; the whole repository when empty. */
  code: string[];
  artifactName: string;
  upload: boolean;
  retentionDays?: number;
  timeoutSeconds?: number;
  /** Seconds between SIGTERM and SIGKILL when stopping the command. */
  graceSeconds?: number;
  record: string;
}

export interface TrainProgress {
  record?: RunRecord;
  recordPath?: string;
  cacheKey?: string;
  /** Last lines of the command's output. */
  tail?: string[];
  artifact?: UploadedArtifact;
  /** The command did not succeed: why, in one line. */
  failure?: string;
}

/** Paths a run reads and writes, absolute, and as messages show them (relative to the workspace). */
interface Layout {
  workspace: string;
  workingDirectory: string;
  params?: string;
  metrics: string;
  model: string[];
  record: string;
}

const DATA_DIGEST_CONCURRENCY = 4;

/** `/`-separated path of `path` relative to `from` ('.' for the folder itself). */
function relativePath(from: string, path: string): string {
  return relative(from, path).split(sep).join('/') || '.';
}

function layout(options: TrainOptions, workspace: string): Layout {
  const workingDirectory = resolveInWorkspace(options.workingDirectory, workspace);
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new ConfigurationError('working-directory', `names ${options.workingDirectory}, which is not a folder in the workspace`);
  }
  const inside = (path: string) => resolve(workingDirectory, path);
  const model = options.model.map(inside);
  for (const [index, path] of model.entries()) {
    if (path === workingDirectory || path === workspace) throw new ConfigurationError('model', `"${options.model[index]}" is the whole working directory; name the model file or folder`);
  }
  return {
    workspace,
    workingDirectory,
    params: options.params ? inside(options.params) : undefined,
    metrics: inside(options.metrics),
    model,
    record: inside(options.record),
  };
}

/** Expands the data globs; a pattern that matches nothing is an error, not an empty list. */
async function findDataFiles(patterns: string[], workingDirectory: string, workspace: string): Promise<string[]> {
  const negated = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => `!${resolve(workingDirectory, pattern.slice(1))}`);
  const files = new Set<string>();
  for (const pattern of patterns.filter((candidate) => !candidate.startsWith('!'))) {
    const globber = await glob.create([resolve(workingDirectory, pattern), ...negated].join('\n'), { matchDirectories: false });
    const matched = await globber.glob();
    if (matched.length === 0) throw new ConfigurationError('data', `pattern "${pattern}" matched no files in ${relativePath(workspace, workingDirectory)}`);
    for (const file of matched) files.add(file);
  }
  return [...files].sort();
}

async function digestData(files: string[], workingDirectory: string): Promise<DataDigest[]> {
  const results: DataDigest[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      const path = relativePath(workingDirectory, file);
      try {
        results[index] = await digestDataFile(file, path);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        // Counting rows is a courtesy; the digest is what matters.
        core.warning(`${error.message}; its row count is left out`);
        results[index] = { ...(await digestFile(file, path)), format: null, rows: null };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(DATA_DIGEST_CONCURRENCY, files.length) }, worker));
  return results;
}

async function digestModel(paths: string[], workingDirectory: string, shown: (path: string) => string): Promise<RunRecord['model']> {
  if (paths.length === 0) return null;
  const files: FileDigest[] = [];
  for (const path of paths) {
    const found = listFiles(path);
    if (!found) throw new UserError(`The training command did not write ${shown(path)} (input "model")`, { file: shown(path) });
    if (found.length === 0) core.warning(`The model folder ${shown(path)} is empty`);
    for (const file of found) files.push(await digestFile(file, relativePath(workingDirectory, file)));
  }
  return {
    paths: paths.map((path) => relativePath(workingDirectory, path)),
    digest: combinedDigest(files),
    bytes: files.reduce((total, file) => total + file.bytes, 0),
    files,
  };
}

function readMetrics(path: string, shownAs: string): Record<string, number | null> {
  if (!existsSync(path)) throw new UserError(`The training command did not write its metrics file ${shownAs} (input "metrics")`, { file: shownAs });
  const metrics = Object.fromEntries(Object.entries(readMetricsFile(path, shownAs).values).map(([name, metric]) => [name, metric.value]));
  if (Object.keys(metrics).length === 0) core.warning(`${shownAs} holds no numbers: the run has no metrics to report`);
  return metrics;
}

/**
 * What the output files were before the command ran (inode, size, modification time in ns), to tell a
 * file the command wrote from one that was already there: a committed metrics.json, a model folder
 * left by an earlier step.
 */
function outputSignatures(paths: Layout): Map<string, string> {
  const signatures = new Map<string, string>();
  for (const file of [paths.metrics, ...paths.model.flatMap((path) => listFiles(path) ?? [])]) {
    const stats = statSync(file, { bigint: true, throwIfNoEntry: false });
    if (stats) signatures.set(file, `${stats.ino}:${stats.size}:${stats.mtimeNs}`);
  }
  return signatures;
}

function checkRewritten(before: Map<string, string>, after: Map<string, string>, paths: Layout, shown: (path: string) => string): void {
  const unchanged = (file: string) => before.has(file) && before.get(file) === after.get(file);
  if (unchanged(paths.metrics)) {
    throw new UserError(`The training command did not write its metrics file ${shown(paths.metrics)} (input "metrics"): the file there is the one from before it ran`, { file: shown(paths.metrics) });
  }
  for (const path of paths.model) {
    const files = listFiles(path) ?? [];
    if (files.length > 0 && files.every(unchanged)) core.warning(`The training command did not change any file in ${shown(path)}: the model recorded is the one from before it ran`);
  }
}

/** The variables a `run:` step would get, plus the run's own; never the runner's service tokens. */
function commandEnvironment(env: NodeJS.ProcessEnv, extra: Record<string, string>): NodeJS.ProcessEnv {
  const child: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    // The runner gives these to actions only: a run step sees neither inputs nor the service tokens.
    if (name.startsWith('INPUT_') || /^ACTIONS_(RUNTIME_TOKEN|RUNTIME_URL|RESULTS_URL|CACHE_URL|CACHE_SERVICE_V2)$/.test(name)) continue;
    child[name] = value;
  }
  return { ...child, ...extra };
}

function commandStatus(result: CommandResult): RunStatus {
  if (result.cancelled) return 'cancelled';
  if (result.timedOut) return 'timed-out';
  return result.exitCode === 0 ? 'succeeded' : 'failed';
}

function describeFailure(result: CommandResult, options: TrainOptions): string {
  if (result.cancelled) return 'The run was cancelled; the training command and everything it started were stopped';
  if (result.timedOut) {
    return `The training command did not finish within the ${options.timeoutSeconds} s timeout; it and every process it started were stopped (SIGTERM, then SIGKILL after ${options.graceSeconds ?? 10} s)`;
  }
  if (result.signal) return `The training command was ended by ${result.signal}`;
  return `The training command failed with exit code ${result.exitCode}`;
}

/** Checks a cache hit before trusting it: the restored files must be the ones the cached run recorded. */
function checkRestored(previous: RunRecord | undefined, model: RunRecord['model']): string | undefined {
  if (!previous) return 'the restored run record is missing or unreadable';
  if ((previous.model?.digest ?? null) !== (model?.digest ?? null)) {
    return 'the restored model files differ from the cached run record (files already in the model folder that the cached run did not write?)';
  }
  return undefined;
}

export async function train(options: TrainOptions, context: RunContext, progress: TrainProgress, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const workspace = resolve(context.workspace);
  const paths = layout(options, workspace);
  const shown = (path: string) => relativePath(workspace, path);
  const runId = randomUUID();
  progress.recordPath = paths.record;

  const lineage = await group('Lineage: params, data, code, environment', async () => {
    const params: Record<string, ParamValue> = paths.params ? readParamsFile(paths.params, shown(paths.params)) : {};
    const dataFiles = options.data.length > 0 ? await findDataFiles(options.data, paths.workingDirectory, workspace) : [];
    const data = await digestData(dataFiles, paths.workingDirectory);
    const exclude = [...paths.model, paths.metrics, paths.record, ...dataFiles, ...(paths.params ? [paths.params] : [])];
    const [code, environment] = await Promise.all([codeState(paths.workingDirectory, { pathspecs: options.code, exclude }), describeEnvironment(env)]);
    core.info(`${Object.keys(params).length} param(s), ${data.length} data file(s), ${code ? `${code.files} tracked code file(s)` : 'no git checkout'}`);
    return { params, data, code, environment };
  });
  const seed = options.seed === 'random' ? randomInt(0, 2 ** 31 - 1) : options.seed;

  const cache: CacheInfo = { enabled: false, key: null, hit: false, miss_reason: null, restored_from: null, saved: null };
  let key: RunCacheKey | undefined;
  if (options.cache) {
    const problem = cacheServiceProblem();
    if (problem) core.warning(`The run cache is off for this run: ${problem}`);
    else if (options.seed === 'random') core.warning('The run cache is off for this run: with seed: random no two runs are alike, so none could be reused');
    else if (!lineage.code) core.warning('The run cache is off for this run: the working directory is not in a git checkout, so there is no telling which code would train the model (add actions/checkout)');
    else {
      key = cacheKeyFor(options, paths, seed, lineage);
      Object.assign(cache, { enabled: true, key: key.key });
      progress.cacheKey = key.key;
    }
  }
  const cachePaths = [...paths.model, paths.metrics, paths.record];

  const startedAt = new Date();
  const started = performance.now();
  let previous: RunRecord | undefined;
  let result: CommandResult | undefined;
  let model: RunRecord['model'] = null;
  if (key) {
    const restored = await group(`Run cache: looking up ${key.key}`, () => restoreCache(cachePaths, key.key));
    if (restored.hit) {
      previous = readRunRecord(paths.record);
      model = await digestModel(paths.model, paths.workingDirectory, shown);
      const distrust = existsSync(paths.metrics) ? checkRestored(previous, model) : 'the restored metrics file is missing';
      if (distrust) {
        core.warning(`Not using the cached run: ${distrust}. Training instead.`);
        cache.miss_reason = distrust;
        previous = undefined;
      } else {
        cache.hit = true;
        cache.restored_from = { run_id: previous!.run_id, started_at: previous!.started_at, duration_seconds: previous!.duration_seconds, git_sha: previous!.git.sha };
        core.info(`Cache hit: the outputs of run ${previous!.run_id} were restored; the training command is skipped`);
      }
    } else {
      const nearest = await restoreCache(cachePaths, key.key, { restoreKeys: key.prefixes, lookupOnly: true });
      cache.miss_reason = missReason(key.key, nearest.matchedKey);
      core.info(`Cache miss: ${cache.miss_reason}`);
    }
  }

  const before = cache.hit ? undefined : outputSignatures(paths);
  if (!cache.hit) {
    core.info(`Running: ${options.run}`);
    result = await runCommand({
      command: options.run,
      cwd: paths.workingDirectory,
      env: commandEnvironment(env, {
        ML_SEED: String(seed),
        PYTHONHASHSEED: String(seed),
        ML_RUN_ID: runId,
        ML_METRICS: paths.metrics,
        ...(paths.params ? { ML_PARAMS: paths.params } : {}),
        ...(paths.model.length > 0 ? { ML_MODEL: paths.model[0]! } : {}),
      }),
      timeoutSeconds: options.timeoutSeconds,
      graceSeconds: options.graceSeconds,
    });
    progress.tail = result.tail;
    if (result.strayProcesses) core.warning('The training command left processes running after it exited; they were stopped');
  }
  const durationSeconds = result ? result.durationSeconds : (performance.now() - started) / 1000;
  const status: RunStatus = result ? commandStatus(result) : 'cached';

  const record: RunRecord = {
    format: 'ml-actions/run-record@1',
    run_id: runId,
    status,
    command: options.run,
    working_directory: shown(paths.workingDirectory),
    started_at: (result?.startedAt ?? startedAt).toISOString(),
    finished_at: new Date().toISOString(),
    duration_seconds: Number(durationSeconds.toFixed(3)),
    exit_code: result?.exitCode ?? null,
    signal: result?.signal ?? null,
    seed,
    git: gitSection(lineage.code, context),
    github: {
      repository: context.repository ? `${context.repository.owner}/${context.repository.repo}` : null,
      run_id: context.runId || null,
      run_attempt: context.runId ? context.runAttempt : null,
      run_url: context.runUrl ?? null,
      workflow: context.workflow || null,
      job: context.job || null,
      event: context.eventName || null,
      actor: context.actor || null,
    },
    params_file: paths.params ? relativePath(paths.workingDirectory, paths.params) : null,
    params: lineage.params,
    metrics_file: relativePath(paths.workingDirectory, paths.metrics),
    metrics: {},
    data: lineage.data,
    model: null,
    cache,
    environment: lineage.environment,
    tool: { name: 'ml-actions/train', version: toolVersion() },
  };
  progress.record = record;

  if (status !== 'succeeded' && status !== 'cached') {
    writeRunRecord(paths.record, record);
    progress.failure = describeFailure(result!, options);
    return;
  }

  if (before) checkRewritten(before, outputSignatures(paths), paths, shown);
  record.metrics = readMetrics(paths.metrics, shown(paths.metrics));
  record.model = status === 'cached' ? model : await digestModel(paths.model, paths.workingDirectory, shown);
  writeRunRecord(paths.record, record);

  if (key && !cache.hit) {
    const saved = await group('Run cache: saving the outputs', () => saveCache(cachePaths, key.key));
    cache.saved = saved.saved;
    writeRunRecord(paths.record, record);
  }

  if (options.upload) {
    const problem = artifactServiceProblem(env);
    if (problem) {
      core.warning(`The model artifact is not uploaded: ${problem}`);
    } else {
      const files = [...paths.model, paths.metrics, paths.record];
      progress.artifact = await group(`Uploading artifact ${options.artifactName}`, () =>
        uploadArtifact({ name: options.artifactName, root: commonRoot([paths.workingDirectory, ...files]), paths: files, retentionDays: options.retentionDays }),
      );
    }
  }
}

function cacheKeyFor(options: TrainOptions, paths: Layout, seed: number, lineage: { params: Record<string, ParamValue>; data: DataDigest[]; code?: CodeState; environment: RunRecord['environment'] }): RunCacheKey {
  const fromWorkspace = (path: string) => relativePath(paths.workspace, path);
  return runCacheKey({
    environment: { platform: lineage.environment.platform, arch: lineage.environment.arch, runtimes: lineage.environment.runtimes },
    command: {
      run: options.run,
      workingDirectory: fromWorkspace(paths.workingDirectory),
      seed,
      model: paths.model.map(fromWorkspace),
      metrics: fromWorkspace(paths.metrics),
      extra: options.cacheKey ?? '',
    },
    params: lineage.params,
    data: lineage.data.map((file) => [file.path, file.sha256]),
    code: lineage.code?.digest ?? null,
  });
}

function gitSection(code: CodeState | undefined, context: RunContext): RunRecord['git'] {
  return {
    sha: code?.sha ?? (/^[0-9a-f]{40,64}$/.test(context.sha) ? context.sha : null),
    ref: context.ref || null,
    dirty: code ? code.changed.length > 0 : null,
    changed_files: code?.changed ?? [],
    code_digest: code?.digest ?? null,
    code_files: code?.files ?? null,
  };
}

/** The deepest folder that holds all the paths. */
export function commonRoot(paths: string[]): string {
  const split = paths.map((path) => resolve(path).split(sep));
  const first = split[0]!;
  let length = first.length;
  for (const parts of split.slice(1)) {
    let index = 0;
    while (index < length && index < parts.length && parts[index] === first[index]) index++;
    length = index;
  }
  const root = first.slice(0, length).join(sep);
  return root === '' || !isAbsolute(root) ? sep : root;
}
