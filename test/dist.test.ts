/** Actions run from the committed bundle, so a fresh build must reproduce dist/ byte for byte. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../scripts/generated-docs.ts';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

test('dist/ is what a fresh build of src/ produces (run npm run build and commit dist/)', { timeout: 300_000 }, () => {
  const fresh = mkdtempSync(join(tmpdir(), 'ml-actions-dist-'));
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.ts'), '--out', fresh], { cwd: ROOT, stdio: 'pipe' });
    const expected = listFiles(fresh).sort();
    assert.deepEqual(listFiles(join(ROOT, 'dist')).sort(), expected, 'dist/ has other files than a fresh build');
    const stale = expected.filter((file) => !readFileSync(join(fresh, file)).equals(readFileSync(join(ROOT, 'dist', file))));
    assert.deepEqual(stale, [], `stale files in dist/: ${stale.join(', ')}`);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});
