import { readFileSync } from 'node:fs';
import { parseContract } from '../src/validate-data/contract.ts';
import { validateObject } from '../src/validate-data/validate.ts';
const src = readFileSync(new URL('./validate-data.bench.ts', import.meta.url), 'utf8');
const CONTRACT = src.slice(src.indexOf('const CONTRACT = `') + 18, src.indexOf('`;', src.indexOf('const CONTRACT = `'))).replace('${SPECIES.join(\', \')}', 'Adelie, Gentoo, Chinstrap');
const contract = parseContract(CONTRACT, 'bench.odcs.yaml');
const options = { samples: 5, missingTokens: [], extraColumns: 'warn', missingColumns: 'fail', now: Date.now() } as const;
for (const path of (process.env.FILES ?? '/tmp/pq/p.parquet').split(',')) {
  const cpu = process.cpuUsage(); const w0 = performance.now();
  await validateObject(contract, { object: contract.objects[0]!, path, shownAs: path }, options as any, {});
  const u = process.cpuUsage(cpu);
  console.log(path, 'cpu', Math.round((u.user + u.system) / 1000), 'wall', Math.round(performance.now() - w0));
}
