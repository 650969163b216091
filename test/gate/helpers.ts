// Shared pieces of the gate tests: evidence builders and the decision schema check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { compileSchema } from '../../src/shared/yaml-schema.ts';
import { metricsFromData, type MetricsDocument } from '../../src/shared/metrics.ts';
import type { ChampionEvidence, Evidence } from '../../src/gate/evidence.ts';
import { REPO_ROOT } from '../harness/run-action.ts';

export function metricsDocument(partial: Partial<MetricsDocument> & { metrics: MetricsDocument['metrics'] }): MetricsDocument {
  return { format: 'ml-actions/metrics@1', ...partial };
}

export function evidenceOf(document: MetricsDocument, options: Partial<Evidence> & { champion?: ChampionEvidence } = {}): Evidence {
  return { metrics: metricsFromData(document), metricsFile: 'metrics.json', championAlias: 'champion', ...options };
}

export function champion(version: string, metrics: Record<string, number | null>): ChampionEvidence {
  return { alias: 'champion', version, metrics };
}

const decisionSchema = compileSchema(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'gate-decision.schema.json'), 'utf8')));

export function assertValidDecision(decision: unknown): void {
  const valid = decisionSchema(decision);
  assert.ok(valid, `decision does not match schemas/gate-decision.schema.json: ${JSON.stringify(decisionSchema.errors, null, 2)}`);
}

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readModelFiles } from '../../src/registry/model-files.ts';
import { renderModelCard } from '../../src/registry/model-card.ts';
import type { Registration, VersionMetadata } from '../../src/registry/types.ts';

/** A model folder on disk with a nested file, and a registration for it with the given metrics. */
export async function registrationOf(name: string, metrics: Record<string, number>, content = 'weights'): Promise<Registration> {
  const folder = mkdtempSync(join(tmpdir(), 'model-'));
  mkdirSync(join(folder, 'model', 'sub'), { recursive: true });
  writeFileSync(join(folder, 'model', 'model.pkl'), content);
  writeFileSync(join(folder, 'model', 'sub', 'vocab.txt'), 'a\nb\n');
  const files = await readModelFiles(join(folder, 'model'));
  const metadata: Omit<VersionMetadata, 'version'> = {
    format: 'ml-actions/model-version@1',
    name,
    registered_at: '2026-11-20T10:00:00.000Z',
    model: { digest: files.digest, bytes: files.bytes, files: files.files.map(({ path, bytes, sha256 }) => ({ path, bytes, sha256 })) },
    metrics: Object.fromEntries(Object.entries(metrics).map(([metric, value]) => [metric, { value, ci: [value - 0.01, value + 0.01] as [number, number] }])),
    lineage: { commit: 'c'.repeat(40), repository: 'acme/iris' },
    gate: { passed: true, headline: `Promote ${name}: 1 passed`, policy: { path: 'ml/policy.yaml', digest: 'sha256:00' }, rules: [{ id: 'metrics.accuracy.min', result: 'pass', line: 'accuracy 0.95 ≥ min 0.9 ✓' }] },
  };
  return { name, files, metadata, card: (_version, full) => renderModelCard(full) };
}
