/**
 * `npx ml-actions <command> --<input> <value> ...`: runs an action outside GitHub Actions with the
 * same bundle the runner starts, then shows its log, summary and outputs in the terminal. Without
 * GITHUB_TOKEN and GITHUB_REPOSITORY nothing is posted to GitHub; actions print instead.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ACTION_NAMES } from '../actions.ts';
import { UserError, errorMessage } from '../shared/errors.ts';
import { inputVariableName } from '../shared/inputs.ts';
import { actionMetadataPath, readActionMetadata, type ActionMetadata } from '../shared/metadata.ts';
import { parseFileCommands } from '../shared/workflow-commands.ts';
import { closest, parseCliArguments } from './arguments.ts';
import { renderLine, type TerminalStyle } from './terminal.ts';

const USAGE = `Usage: ml-actions <command> [--<input> <value> ...]

Runs an ml-actions action here, with the same code as in GitHub Actions.
Commands: ${ACTION_NAMES.join(', ')}
Help for one command: ml-actions <command> --help

Set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) to talk to GitHub; without them, comments,
checks and deployments are printed instead of posted.`;

export function commandHelp(command: string, metadata: ActionMetadata): string {
  const lines = [`Usage: ml-actions ${command} [--<input> <value> ...]`, '', metadata.description, '', 'Inputs:'];
  for (const [name, spec] of Object.entries(metadata.inputs)) {
    const notes = [spec.required ? 'required' : undefined, spec.default !== undefined && spec.default !== '' ? `default: ${spec.default}` : undefined].filter(Boolean);
    lines.push(`  --${name}${notes.length ? ` (${notes.join('; ')})` : ''}`, `      ${spec.description.replace(/\s*\n\s*/g, ' ').trim()}`);
  }
  lines.push('', 'Outputs:');
  for (const [name, spec] of Object.entries(metadata.outputs)) lines.push(`  ${name}: ${spec.description.replace(/\s*\n\s*/g, ' ').trim()}`);
  return lines.join('\n');
}

export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    return await cli(argv);
  } catch (error) {
    process.stderr.write(`ml-actions: ${errorMessage(error)}\n`);
    return 2;
  }
}

async function cli(argv: readonly string[]): Promise<number> {
  const args = parseCliArguments(argv);
  if (args.version) {
    const packageJson = JSON.parse(readFileSync(resolve(dirname(actionMetadataPath(ACTION_NAMES[0]!)), '../../package.json'), 'utf8'));
    process.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  if (!args.command) {
    process.stdout.write(`${USAGE}\n`);
    return args.help ? 0 : 2;
  }
  if (!ACTION_NAMES.includes(args.command)) {
    const hint = closest(args.command, ACTION_NAMES);
    throw new UserError(`unknown command "${args.command}"${hint ? ` (did you mean ${hint}?)` : ''}; the commands are ${ACTION_NAMES.join(', ')}`);
  }
  const metadataPath = actionMetadataPath(args.command);
  const metadata = readActionMetadata(metadataPath);
  if (args.help) {
    process.stdout.write(`${commandHelp(args.command, metadata)}\n`);
    return 0;
  }
  const declared = Object.keys(metadata.inputs);
  for (const name of Object.keys(args.inputs)) {
    if (!declared.includes(name)) {
      const hint = closest(name, declared);
      throw new UserError(`${args.command} has no input --${name}${hint ? ` (did you mean --${hint}?)` : ''}; see ml-actions ${args.command} --help`);
    }
  }
  return runActionProcess(resolve(dirname(metadataPath), metadata.runs.main), args.inputs, {
    color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
    debug: args.debug,
  });
}

async function runActionProcess(entry: string, inputs: Record<string, string>, style: TerminalStyle): Promise<number> {
  const runnerDir = mkdtempSync(join(tmpdir(), 'ml-actions-cli-'));
  const files = { GITHUB_OUTPUT: join(runnerDir, 'output'), GITHUB_STEP_SUMMARY: join(runnerDir, 'summary'), GITHUB_ENV: join(runnerDir, 'env'), GITHUB_STATE: join(runnerDir, 'state'), GITHUB_PATH: join(runnerDir, 'path') };
  for (const path of Object.values(files)) writeFileSync(path, '');
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('INPUT_')) env[name] = value;
  // Files an action leaves in RUNNER_TEMP (a rendered report, say) outlive the command: its outputs name them.
  const temp = mkdtempSync(join(tmpdir(), 'ml-actions-temp-'));
  Object.assign(env, files, { GITHUB_WORKSPACE: process.env['GITHUB_WORKSPACE'] ?? process.cwd(), RUNNER_TEMP: temp });
  if (style.debug) env['RUNNER_DEBUG'] = '1';
  for (const [name, value] of Object.entries(inputs)) env[inputVariableName(name)] = value;

  try {
    const child = spawn(process.execPath, [entry], { env, stdio: ['inherit', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout!, crlfDelay: Infinity });
    lines.on('line', (line) => {
      const shown = renderLine(line, style);
      if (shown !== undefined) process.stdout.write(`${shown}\n`);
    });
    const exitCode = await new Promise<number>((done, fail) => {
      child.on('error', fail);
      child.on('close', (code) => done(code ?? 1));
    });
    const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8').trim();
    if (summary) process.stdout.write(`\n── Summary ──\n${summary}\n`);
    const outputs = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
    if (Object.keys(outputs).length) {
      process.stdout.write('\n── Outputs ──\n');
      for (const [name, value] of Object.entries(outputs)) {
        process.stdout.write(value.includes('\n') ? `${name}:\n${value.replace(/^/gm, '  ')}\n` : `${name}: ${value}\n`);
      }
    }
    return exitCode;
  } finally {
    rmSync(runnerDir, { recursive: true, force: true });
  }
}
