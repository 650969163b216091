/** Regenerates the README API tables and the umbrella action.yml from actions/*\/action.yml. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, actionMetadata, actionNames, currentReadme, readmePath, renderUmbrellaAction, withApiTables } from './generated-docs.ts';

for (const name of actionNames()) {
  writeFileSync(readmePath(name), withApiTables(currentReadme(name), actionMetadata(name)));
}
writeFileSync(join(ROOT, 'action.yml'), renderUmbrellaAction());
