/**
 * Runs the project's training command the way a `run:` step would (bash with `-e -o pipefail`, or sh
 * where there is no bash), streaming its output live and keeping the last lines for the summary.
 *
 * The command gets a process group of its own, so a time limit, a cancelled run, or background
 * processes left behind stop the whole tree, grandchildren included: SIGTERM first, so a trainer can
 * save a checkpoint, then SIGKILL after a grace period.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { Writable } from 'node:stream';
import { UserError } from '../shared/errors.ts';
import { findExecutable } from './environment.ts';

export interface CommandOptions {
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Stop the command after this many seconds. */
  timeoutSeconds?: number;
  /** Seconds between SIGTERM and SIGKILL (default 10). */
  graceSeconds?: number;
  /** Lines of output kept for the summary (default 30). */
  tailLines?: number;
  stdout?: Writable;
  stderr?: Writable;
}

export interface CommandResult {
  startedAt: Date;
  durationSeconds: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** The runner asked this step to stop (the run was cancelled). */
  cancelled: boolean;
  /** Processes the command left running after it exited, which were then stopped. */
  strayProcesses: boolean;
  /** The last lines of output (stdout and stderr as they came), without terminal colours. */
  tail: string[];
}

const IS_WINDOWS = process.platform === 'win32';

/** The shell a `run:` step would use here, with the command as its script. */
export function shellInvocation(command: string): { file: string; args: string[] } {
  if (IS_WINDOWS) return { file: process.env['ComSpec'] ?? 'cmd.exe', args: ['/d', '/s', '/c', command] };
  const bash = findExecutable('bash');
  if (bash) return { file: bash, args: ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command] };
  return { file: '/bin/sh', args: ['-e', '-c', command] };
}

// CSI sequences (colours, cursor moves) and OSC sequences (titles, links).
const TERMINAL_CODES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)/g;

/** The last lines of a stream of text; a carriage return (progress bars) keeps what follows it. */
export class LineTail {
  readonly #limit: number;
  readonly #lines: string[] = [];
  #partial = '';
  constructor(limit: number) {
    this.#limit = limit;
  }
  push(text: string): void {
    const parts = (this.#partial + text).split('\n');
    this.#partial = parts.pop()!;
    for (const line of parts) this.#keep(line);
  }
  #keep(line: string): void {
    const clean = line.replace(TERMINAL_CODES, '').split('\r').filter((part) => part !== '').pop() ?? '';
    this.#lines.push(clean.length > 500 ? `${clean.slice(0, 499)}…` : clean);
    if (this.#lines.length > this.#limit) this.#lines.shift();
  }
  lines(): string[] {
    if (this.#partial !== '') {
      this.#keep(this.#partial);
      this.#partial = '';
    }
    return [...this.#lines];
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (IS_WINDOWS) spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
    else process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

/**
 * Whether any process of the command's group still runs. On Linux the process table is read so that
 * zombies (exited, waiting for a parent that may never reap them, as in containers whose PID 1 does
 * not) do not count; elsewhere a signal 0 to the group tells.
 */
function groupAlive(child: ChildProcess): boolean {
  if (child.pid === undefined || IS_WINDOWS) return false;
  if (process.platform === 'linux') {
    try {
      return readdirSync('/proc').some((entry) => /^\d+$/.test(entry) && isLiveMember(`/proc/${entry}/stat`, child.pid!));
    } catch {
      // No readable /proc: fall through.
    }
  }
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isLiveMember(statPath: string, group: number): boolean {
  try {
    // `pid (comm) state ppid pgrp …`; comm may hold spaces and parentheses, so read from the last ')'.
    const stat = readFileSync(statPath, 'utf8');
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(pgrp) === group && state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runCommand(options: CommandOptions): Promise<CommandResult> {
  const { file, args } = shellInvocation(options.command);
  const graceMs = (options.graceSeconds ?? 10) * 1000;
  const tail = new LineTail(options.tailLines ?? 30);
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const startedAt = new Date();
  const started = performance.now();

  const child = spawn(file, args, { cwd: options.cwd, env: options.env, detached: !IS_WINDOWS, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  let timedOut = false;
  let cancelled = false;
  let killTimer: NodeJS.Timeout | undefined;
  const stop = () => {
    signalGroup(child, 'SIGTERM');
    killTimer ??= setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  };
  const onCancel = () => {
    cancelled = true;
    stop();
  };
  process.on('SIGINT', onCancel).on('SIGTERM', onCancel);
  const timeoutTimer =
    options.timeoutSeconds !== undefined
      ? setTimeout(() => {
          timedOut = true;
          stop();
        }, options.timeoutSeconds * 1000)
      : undefined;

  for (const [stream, sink] of [[child.stdout!, stdout], [child.stderr!, stderr]] as const) {
    const decoder = new StringDecoder('utf8');
    stream.on('data', (chunk: Buffer) => {
      sink.write(chunk);
      tail.push(decoder.write(chunk));
    });
  }
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));

  try {
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once('error', (error: NodeJS.ErrnoException) => {
        reject(new UserError(`Cannot start the training command (${file}): ${error.message}`, undefined, { cause: error }));
      });
      child.once('exit', (code, sig) => resolve([code, sig]));
    });
    const durationSeconds = (performance.now() - started) / 1000;
    // Whatever the command started in the background would otherwise hold its output pipes open.
    const lingering = groupAlive(child);
    const strayProcesses = lingering && !timedOut && !cancelled;
    if (lingering) {
      stop();
      const deadline = Date.now() + graceMs + 2000;
      while (groupAlive(child) && Date.now() < deadline) await sleep(50);
    }
    await Promise.race([closed, sleep(2000)]);
    return { startedAt, durationSeconds, exitCode, signal, timedOut, cancelled, strayProcesses, tail: tail.lines() };
  } finally {
    clearTimeout(timeoutTimer);
    clearTimeout(killTimer);
    process.off('SIGINT', onCancel).off('SIGTERM', onCancel);
    child.stdout?.destroy();
    child.stderr?.destroy();
  }
}
