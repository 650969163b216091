/**
 * Validates one file in a process of its own and prints the checks' counts with the process's peak
 * resident memory, for the memory test (unique-memory.test.ts). Arguments: contract file, data file,
 * bytes of keys a uniqueness check may hold in memory.
 */
import { readContractFile } from '../../src/validate-data/contract.ts';
import { validateObject } from '../../src/validate-data/validate.ts';

const [contractPath, dataPath, memoryBytes] = process.argv.slice(2) as [string, string, string];
const contract = readContractFile(contractPath);
const options = { samples: 3, missingTokens: [], extraColumns: 'warn', missingColumns: 'fail', uniqueMemoryBytes: Number(memoryBytes), now: Date.now() } as const;
const report = await validateObject(contract, { object: contract.objects[0]!, path: dataPath, shownAs: dataPath }, options, {});
console.log(JSON.stringify({ rows: report.rows, checks: report.checks.map((check) => ({ check: check.check, column: check.column, count: check.count, samples: check.samples })), peakRssMb: process.resourceUsage().maxRSS / 1024 }));
