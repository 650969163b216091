/**
 * Runs an action's committed bundle exactly as the GitHub runner does: a child `node` process on the
 * file named by `runs.main`, every declared input as INPUT_<NAME> with action.yml's default applied,
 * the runner's file commands and GITHUB_* variables, and an event payload on disk.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readActionMetadata } from '../../src/shared/metadata.ts';
import { inputVariableName } from '../../src/shared/inputs.ts';
import { annotationsOf, parseFileCommands, parseWorkflowCommands, type ParsedAnnotation, type WorkflowCommand } from '../../src/shared/workflow-commands.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface RunActionOptions {
  /** Folder name under actions/, or '.' for the umbrella action at the root. */
  action: string;
  inputs?: Record<string, string | number | boolean>;
  eventName?: string;
  event?: Record<string, unknown>;
  /** The checkout the action sees as GITHUB_WORKSPACE (default: a new empty folder). */
  workspace?: string;
  /** GITHUB_API_URL / GITHUB_SERVER_URL, e.g. a stand-in's. */
  apiUrl?: string;
  serverUrl?: string;
  /** Value of `${{ github.token }}` in defaults. */
  token?: string;
  repository?: string;
  sha?: string;
  ref?: string;
  /** Extra variables (credentials for stand-ins, RUNNER_DEBUG …); undefined removes one. */
  env?: Record<string, string | undefined>;
  /** Kill the action after this long (a hung action fails the test rather than the suite). */
  timeoutMs?: number;
}

export interface ActionResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  summary: string;
  env: Record<string, string>;
  state: Record<string, string>;
  path: string[];
  annotations: ParsedAnnotation[];
  commands: WorkflowCommand[];
  stdout: string;
  stderr: string;
  /** The temp folder that held the runner files and the default workspace. */
  runnerDir: string;
  workspace: string;
}

/** Evaluates the only expressions the toolkit's defaults use. Anything else is a test-setup mistake. */
function evaluateDefault(value: string, options: RunActionOptions): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'github.token') return options.token ?? 'test-token';
    if (expression === 'github.workspace') return options.workspace ?? '';
    throw new Error(`harness cannot evaluate \${{ ${expression} }} in a default`);
  });
}

export function actionYamlPath(action: string): string {
  return action === '.' ? join(REPO_ROOT, 'action.yml') : join(REPO_ROOT, 'actions', action, 'action.yml');
}

export async function runAction(options: RunActionOptions): Promise<ActionResult> {
  const metadataPath = actionYamlPath(options.action);
  const metadata = readActionMetadata(metadataPath);
  const entry = resolve(dirname(metadataPath), metadata.runs.main);

  const runnerDir = mkdtempSync(join(tmpdir(), 'ml-actions-runner-'));
  const workspace = options.workspace ?? join(runnerDir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const temp = join(runnerDir, 'temp');
  mkdirSync(temp);
  const files = {
    GITHUB_OUTPUT: join(runnerDir, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerDir, 'summary'),
    GITHUB_ENV: join(runnerDir, 'env'),
    GITHUB_STATE: join(runnerDir, 'state'),
    GITHUB_PATH: join(runnerDir, 'path'),
    GITHUB_EVENT_PATH: join(runnerDir, 'event.json'),
  };
  for (const [name, path] of Object.entries(files)) if (name !== 'GITHUB_EVENT_PATH') writeFileSync(path, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));

  const given = options.inputs ?? {};
  for (const name of Object.keys(given)) {
    if (!(name in metadata.inputs)) throw new Error(`${options.action} has no input "${name}" (declared: ${Object.keys(metadata.inputs).join(', ')})`);
  }
  const inputVariables: Record<string, string> = {};
  for (const [name, spec] of Object.entries(metadata.inputs)) {
    const value = name in given ? String(given[name]) : spec.default !== undefined ? evaluateDefault(String(spec.default), options) : '';
    inputVariables[inputVariableName(name)] = value;
  }

  // Only what the runner gives a step: PATH and HOME from the machine, never this process's INPUT_*.
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? runnerDir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: options.repository ?? 'acme/iris',
    GITHUB_REPOSITORY_OWNER: (options.repository ?? 'acme/iris').split('/')[0]!,
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: '1000',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'test',
    GITHUB_WORKFLOW: 'test',
    GITHUB_ACTION: '__run',
    GITHUB_ACTOR: 'octocat',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: options.serverUrl ?? options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${options.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...files,
    ...inputVariables,
  };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }

  const child = spawn(process.execPath, [entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, sig) => done([code, sig]));
  });
  clearTimeout(timer);

  const commands = parseWorkflowCommands(stdout);
  return {
    exitCode,
    signal,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    env: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
    state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
    path: readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean),
    annotations: annotationsOf(commands),
    commands,
    stdout,
    stderr,
    runnerDir,
    workspace,
  };
}
