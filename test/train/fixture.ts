/**
 * A small training project in a git checkout, for running the train action the way a workflow would:
 * a training script (any language would do; Node is what every test machine has) that reads its
 * params, writes a model folder and metrics, and leaves a mark outside the workspace each time it
 * really runs, so a test can tell a skipped run from a real one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';

export const TRAIN_SCRIPT = `// Trains nothing; writes what a trainer writes.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
const params = readFileSync(process.env.ML_PARAMS, 'utf8');
const lr = Number(/lr: ([\\d.]+)/.exec(params)[1]);
mkdirSync('model/checkpoints', { recursive: true });
writeFileSync('model/weights.bin', Buffer.from([1, 2, 3, Math.round(lr * 100)]));
writeFileSync('model/checkpoints/epoch-1.txt', 'epoch 1\\n');
writeFileSync(process.env.ML_METRICS, JSON.stringify({ auc: 0.9 + lr / 10, loss: { final: 0.25 }, note: 'text is not a metric' }));
writeFileSync('seen-env.json', JSON.stringify({
  seed: process.env.ML_SEED, hashSeed: process.env.PYTHONHASHSEED, runId: process.env.ML_RUN_ID,
  runtimeToken: process.env.ACTIONS_RUNTIME_TOKEN ?? null, input: process.env.INPUT_RUN ?? null,
}));
appendFileSync(process.argv[2], 'trained\\n');
console.log('epoch 1: loss 0.25');
`;

export interface Project {
  workspace: string;
  /** Lines the training script appended: one per real run. */
  runs(): number;
  /** Where the script leaves its mark (argument to the script). */
  marks: string;
  git(...args: string[]): string;
  write(path: string, content: string | Uint8Array): void;
  /** Removes what a run leaves, as a fresh checkout on a new runner would not have it. */
  clean(): void;
}

export function createProject(): Project {
  const root = mkdtempSync(join(tmpdir(), 'train-project-'));
  const workspace = join(root, 'workspace');
  const marks = join(root, 'marks.log');
  mkdirSync(workspace);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8' });
  const write = (path: string, content: string | Uint8Array) => {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), content);
  };
  write('train.mjs', TRAIN_SCRIPT);
  write('params.yaml', 'train:\n  lr: 0.1\n  epochs: 3\nmodel:\n  layers: [64, 32]\n  name: tiny\n');
  write('data/train.csv', 'x,label\n1,"multi\nline"\n2,b\n\n3,c\n');
  write('data/extra.jsonl', '{"x": 4}\n\n{"x": 5}\n');
  write('data/part.parquet', new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'x', data: [1, 2, 3, 4, 5, 6, 7], type: 'INT32' }] })));
  write('.gitignore', 'seen-env.json\n');
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'ml@example.com');
  git('config', 'user.name', 'ML');
  git('add', '.');
  git('commit', '-q', '-m', 'project');
  return {
    workspace,
    marks,
    runs: () => (existsSync(marks) ? readFileSync(marks, 'utf8').split('\n').filter(Boolean).length : 0),
    git,
    write,
    clean() {
      for (const path of ['model', 'metrics.json', 'run-record.json', 'seen-env.json']) rmSync(join(workspace, path), { recursive: true, force: true });
    },
  };
}

/** Whether a process is running (a zombie waiting to be reaped is not). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}
