/**
 * Static checks of a workflow that uses ml-actions: every action it names exists, every `with:` key is
 * a declared input (required ones present), every `steps.<id>.outputs.<name>` it reads is declared,
 * `permissions:` are set and no wider than its steps need, and no event data is pasted into a script.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readActionMetadata, type ActionMetadata } from '../../src/shared/metadata.ts';
import { ACTION_PERMISSIONS } from '../../src/shared/permissions.ts';

export interface WorkflowProblem {
  job?: string;
  step?: string;
  message: string;
}

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
  outputs?: Record<string, string>;
  needs?: string | string[];
  uses?: string;
}

// `uses: <owner>/ml-actions/actions/<name>@<ref>`, `./actions/<name>`, or the umbrella `<owner>/ml-actions@<ref>`.
const ACTION_REFERENCE = /^(?:[\w.-]+\/ml-actions\/actions\/([\w-]+)@[\w./-]+|\.\/actions\/([\w-]+))$/;
const UMBRELLA_REFERENCE = /^(?:[\w.-]+\/ml-actions@[\w./-]+|\.\/?)$/;
// Expressions whose value an outsider can choose (PR titles, branch names, comment bodies, step outputs
// derived from PR files); in a `run:` script they are code. Pass them through `env:` instead.
const UNTRUSTED_IN_SCRIPT = /\$\{\{[^}]*\b(github\.event\.|github\.head_ref|steps\.[\w-]+\.outputs\.|needs\.[\w-]+\.outputs\.|inputs\.)/;

export function checkWorkflow(text: string, root: string): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  let workflow: { on?: unknown; permissions?: unknown; jobs?: Record<string, Job> };
  try {
    workflow = parse(text);
  } catch (error) {
    return [{ message: `does not parse: ${(error as Error).message}` }];
  }
  if (!workflow || typeof workflow !== 'object' || !workflow.jobs) return [{ message: 'has no jobs' }];
  if (workflow.on === undefined && (workflow as Record<string, unknown>)['true'] === undefined) problems.push({ message: 'has no `on:` trigger' });
  const topPermissions = workflow.permissions;
  if (topPermissions === undefined) problems.push({ message: 'has no top-level `permissions:` (the default token is too wide)' });
  if (typeof topPermissions === 'string') problems.push({ message: `top-level permissions "${topPermissions}" is too wide; list each one` });

  for (const [jobName, job] of Object.entries(workflow.jobs)) {
    if (job.uses) continue; // a reusable workflow call; checked in its own file
    const steps = job.steps ?? [];
    const actionsById = new Map<string, ActionMetadata>();
    const needed: Record<string, 'read' | 'write'> = {};
    for (const [index, step] of steps.entries()) {
      const stepName = step.id ?? step.name ?? `#${index + 1}`;
      const action = resolveAction(step.uses, step.with, root);
      if (action.error) problems.push({ job: jobName, step: stepName, message: action.error });
      if (action.metadata && action.name) {
        if (step.id) actionsById.set(step.id, action.metadata);
        const given = Object.keys(step.with ?? {});
        for (const key of given) {
          if (!(key in action.metadata.inputs) && !(action.umbrella && key === 'command')) {
            problems.push({ job: jobName, step: stepName, message: `${action.name} has no input "${key}"` });
          }
        }
        for (const [input, spec] of Object.entries(action.metadata.inputs)) {
          if (spec.required && spec.default === undefined && !given.includes(input)) {
            problems.push({ job: jobName, step: stepName, message: `${action.name} needs input "${input}"` });
          }
        }
        for (const [permission, level] of Object.entries(ACTION_PERMISSIONS[action.name] ?? {})) {
          if (level === 'write' || needed[permission] === undefined) needed[permission] = level;
        }
      }
      if (typeof step.run === 'string' && UNTRUSTED_IN_SCRIPT.test(step.run)) {
        problems.push({ job: jobName, step: stepName, message: 'pastes an expression into a `run:` script (script injection); pass it through `env:`' });
      }
    }
    // Every steps.<id>.outputs.<name> the job reads must be a declared output of that step's action.
    const jobText = JSON.stringify(job);
    for (const [, id, output] of jobText.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const metadata = actionsById.get(id!);
      if (!metadata) {
        if (!steps.some((step) => step.id === id)) problems.push({ job: jobName, message: `reads steps.${id}.outputs.${output}, but no step has id "${id}"` });
        continue;
      }
      if (!(output! in metadata.outputs)) problems.push({ job: jobName, message: `reads steps.${id}.outputs.${output}, which "${metadata.name}" does not declare` });
    }
    const permissions = job.permissions ?? topPermissions;
    if (typeof job.permissions === 'string') problems.push({ job: jobName, message: `permissions "${job.permissions}" is too wide; list each one` });
    if (permissions && typeof permissions === 'object') {
      for (const [permission, level] of Object.entries(permissions as Record<string, string>)) {
        if (level === 'write' && needed[permission] !== 'write' && !(permission === 'id-token')) {
          problems.push({ job: jobName, message: `grants ${permission}: write, which none of its ml-actions steps needs` });
        }
      }
    }
  }
  return problems;
}

function resolveAction(uses: string | undefined, withInputs: Record<string, unknown> | undefined, root: string): { name?: string; metadata?: ActionMetadata; umbrella?: boolean; error?: string } {
  if (!uses) return {};
  const match = ACTION_REFERENCE.exec(uses);
  if (match) {
    const name = match[1] ?? match[2]!;
    const path = join(root, 'actions', name, 'action.yml');
    if (!existsSync(path)) return { error: `uses ${uses}, but there is no action "${name}"` };
    return { name, metadata: readActionMetadata(path) };
  }
  if (UMBRELLA_REFERENCE.test(uses)) {
    const command = String(withInputs?.['command'] ?? '');
    const path = join(root, 'actions', command, 'action.yml');
    if (!command || !existsSync(path)) return { error: `uses the umbrella action with command "${command}", which is not an action` };
    return { name: command, metadata: readActionMetadata(path), umbrella: true };
  }
  if (/ml-actions/.test(uses)) return { error: `uses ${uses}, which is not an ml-actions action reference` };
  return {};
}
