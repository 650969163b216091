/**
 * Builds the one shared bundle (dist/index.js plus on-demand chunks) with ncc, and a two-line stub per
 * action that action.yml's `runs.main` points at. `--out DIR` builds elsewhere (the dist check uses it).
 * Before bundling, packages that import far more than they run are marked (scripts/side-effects.ts).
 *
 *   node scripts/build.ts [--out DIR]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { declareSideEffects } from './side-effects.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: join(root, 'dist') } } });
const out = resolve(values.out!);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
declareSideEffects(root);
execFileSync(
  process.execPath,
  [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'src/index.ts', '-o', out, '--target', 'es2023', '--license', 'licenses.txt', '--quiet'],
  { cwd: root, stdio: 'inherit' },
);

const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
for (const action of actions) {
  writeFileSync(join(out, `${action}.js`), `import { runAction } from './index.js';\nawait runAction(${JSON.stringify(action)});\n`);
}
writeFileSync(join(out, 'run.js'), `import { runCommand } from './index.js';\nawait runCommand();\n`);
writeFileSync(join(out, 'cli.js'), `import { runCli } from './index.js';\nprocess.exitCode = await runCli(process.argv.slice(2));\n`);
