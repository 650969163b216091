/**
 * The machine a run trained on: OS, CPU, memory, the hosted runner image, and the language runtimes
 * on PATH. A runtime is only asked for its version when its executable is on PATH, and all are asked
 * at once with a short time limit, so this costs a few tens of milliseconds.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { arch, cpus, platform, release, totalmem, type as osType } from 'node:os';
import { delimiter, join } from 'node:path';

export interface Environment {
  os: string;
  os_release: string;
  platform: string;
  arch: string;
  cpus: number;
  cpu_model: string | null;
  memory_bytes: number;
  /** The GitHub-hosted runner image, when on one (ImageOS / ImageVersion). */
  runner_image: string | null;
  /** Versions of the runtimes found on PATH, by name: node, python3, R. */
  runtimes: Record<string, string>;
}

interface Probe {
  name: string;
  executable: string;
  args: string[];
  /** Pulls the version out of what the program printed. */
  version: RegExp;
}

const PROBES: Probe[] = [
  { name: 'node', executable: 'node', args: ['--version'], version: /v?(\d+\.\d+\.\d+\S*)/ },
  { name: 'python3', executable: 'python3', args: ['--version'], version: /Python (\d+\.\d+\.\d+\S*)/ },
  { name: 'R', executable: 'Rscript', args: ['--version'], version: /version (\d+\.\d+\.\d+)/ },
];

const PROBE_TIMEOUT_MS = 5000;

/** The first executable of this name on PATH, without running anything. */
export function findExecutable(name: string, path = process.env['PATH'] ?? ''): string | undefined {
  const extensions = platform() === 'win32' ? (process.env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const folder of path.split(delimiter)) {
    if (!folder) continue;
    for (const extension of extensions) {
      const candidate = join(folder, name + extension);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

function probe(entry: Probe): Promise<[string, string] | undefined> {
  const executable = findExecutable(entry.executable);
  if (!executable) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    execFile(executable, entry.args, { timeout: PROBE_TIMEOUT_MS, encoding: 'utf8' }, (_error, stdout, stderr) => {
      // Some print their version on stderr (Rscript, Python 2).
      const match = entry.version.exec(`${stdout}\n${stderr}`);
      resolve(match ? [entry.name, match[1]!] : undefined);
    });
  });
}

export async function describeEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<Environment> {
  const found = await Promise.all(PROBES.map(probe));
  const processors = cpus();
  return {
    os: osType(),
    os_release: release(),
    platform: platform(),
    arch: arch(),
    cpus: processors.length,
    cpu_model: processors[0]?.model.trim() || null,
    memory_bytes: totalmem(),
    runner_image: env['ImageOS'] ? `${env['ImageOS']}${env['ImageVersion'] ? ` ${env['ImageVersion']}` : ''}` : null,
    runtimes: Object.fromEntries(found.filter((entry): entry is [string, string] => entry !== undefined)),
  };
}
