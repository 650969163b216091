/** `ml-actions <command> --<input> <value> ...` into a command and input values. */
import { UserError } from '../shared/errors.ts';

export interface CliArguments {
  command?: string;
  inputs: Record<string, string>;
  help: boolean;
  version: boolean;
  debug: boolean;
}

const FLAGS = new Set(['help', 'version', 'debug']);

export function parseCliArguments(argv: readonly string[]): CliArguments {
  const parsed: CliArguments = { inputs: {}, help: false, version: false, debug: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h') {
      parsed.help = true;
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      // After a command, --version is that command's input (deploy has one); before it, the CLI's flag.
      const isFlag = FLAGS.has(name) && eq === -1 && !(name === 'version' && parsed.command !== undefined);
      if (isFlag) {
        parsed[name as 'help' | 'version' | 'debug'] = true;
        continue;
      }
      let value: string;
      if (eq !== -1) {
        value = arg.slice(eq + 1);
      } else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) throw new UserError(`--${name} needs a value (--${name} <value> or --${name}=<value>)`);
        value = next;
        i++;
      }
      // A repeated input builds a multi-line value, as lists are written in a workflow.
      parsed.inputs[name] = name in parsed.inputs ? `${parsed.inputs[name]}\n${value}` : value;
    } else if (parsed.command === undefined) {
      parsed.command = arg;
    } else {
      throw new UserError(`unexpected argument "${arg}": inputs are given as --<input> <value>`);
    }
  }
  return parsed;
}

/** The closest known name, for "did you mean" hints. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
