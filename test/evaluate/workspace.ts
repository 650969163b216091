/** A workspace folder for one action run, holding the given fixture files and any extra files. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionResult } from '../harness/run-action.ts';
import { FIXTURES } from './expectations.ts';
import type { MetricsDocument } from '../../src/shared/metrics.ts';

export function workspaceWith(fixtures: string[], files: Record<string, string | Uint8Array> = {}): string {
  const workspace = mkdtempSync(join(tmpdir(), 'evaluate-'));
  for (const fixture of fixtures) cpSync(join(FIXTURES, fixture), join(workspace, fixture));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(workspace, name), content);
  return workspace;
}

export interface Evaluated {
  result: ActionResult;
  document: MetricsDocument;
}

/** Runs the bundled action; on success returns the metrics file it wrote. */
export async function evaluate(workspace: string, inputs: Record<string, string | number | boolean>): Promise<Evaluated> {
  const result = await runAction({ action: 'evaluate', workspace, inputs });
  if (result.exitCode !== 0) throw new Error(`evaluate failed (${result.exitCode}): ${result.annotations.map((a) => a.message).join('\n')}\n${result.stderr}`);
  const document = JSON.parse(readFileSync(join(workspace, String(inputs['metrics-out'] ?? 'metrics.json')), 'utf8')) as MetricsDocument;
  return { result, document };
}

/** Runs the bundled action expecting it to fail; returns the one error annotation. */
export async function evaluateFailing(workspace: string, inputs: Record<string, string | number | boolean>): Promise<{ result: ActionResult; message: string; file?: string; line?: number }> {
  const result = await runAction({ action: 'evaluate', workspace, inputs });
  if (result.exitCode !== 1) throw new Error(`evaluate was expected to fail but exited ${result.exitCode}:\n${result.stdout}`);
  const errors = result.annotations.filter((annotation) => annotation.level === 'error');
  if (errors.length !== 1) throw new Error(`expected one error annotation, got ${JSON.stringify(errors)}`);
  return { result, message: errors[0]!.message, file: errors[0]!.file, line: errors[0]!.line };
}
