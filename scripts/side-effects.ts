/**
 * Which modules of a bundled package do something when imported, told to ncc (webpack) through the
 * package's `sideEffects` field so that it leaves out the modules nothing uses.
 *
 * @kubernetes/client-node needs this: its root and the modules behind KubeConfig and
 * KubernetesObjectApi import its whole generated API (gen/index.js: every model, API class and
 * typed wrapper), and each generated model sets static fields at its top level, which webpack must
 * take for side effects. Without the field all 16 MB of it lands in the Kubernetes chunk, of which
 * only the models (for ObjectSerializer) and a few helpers are reached. The package publishes no
 * such field and ncc takes no webpack rules, so the build writes it into the installed package.json;
 * Node ignores the field, so running the library unbundled is unchanged.
 *
 * test/side-effects.test.ts reads every module of each package listed here and fails when one does
 * more at its top level than declare, unless it is listed.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Package name → its modules (relative to the package root) that must still run when imported. */
export const SIDE_EFFECTS: Readonly<Record<string, readonly string[]>> = {
  // polyfill.js sets globalThis.File where Node lacks it; index.js is listed because only its
  // evaluation imports polyfill.js, and a module taken as side-effect free is never evaluated.
  '@kubernetes/client-node': ['./dist/index.js', './dist/polyfill.js'],
};

export function packageJsonPath(root: string, name: string): string {
  return join(root, 'node_modules', name, 'package.json');
}

/** Writes each package's `sideEffects` field; a no-op when it is already there, so concurrent builds agree. */
export function declareSideEffects(root: string): void {
  for (const [name, modules] of Object.entries(SIDE_EFFECTS)) {
    const file = packageJsonPath(root, name);
    const text = readFileSync(file, 'utf8');
    const manifest = JSON.parse(text) as { sideEffects?: unknown };
    if (JSON.stringify(manifest.sideEffects) === JSON.stringify(modules)) continue;
    manifest.sideEffects = modules;
    // Renamed into place so a test importing the package meanwhile never reads half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(manifest, null, 4)}\n`);
    renameSync(temporary, file);
  }
}
