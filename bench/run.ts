/**
 * `npm run bench`: runs every capability's benchmark, `bench/<name>.bench.ts`, one after the other.
 * Each module exports `run(): Promise<void>` and prints its own figures, as ratios against a baseline
 * measured in the same run. `npm run bench -- validate-data` runs only the ones whose name matches.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const only = process.argv.slice(2);
const modules = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();
if (modules.length === 0) {
  console.error(`No benchmark matches ${only.join(', ')}`);
  process.exit(1);
}
for (const file of modules) {
  console.log(`\n# ${file.replace(/\.bench\.ts$/, '')}`);
  const started = performance.now();
  const module = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as { run: () => Promise<void> };
  await module.run();
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
