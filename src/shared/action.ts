/**
 * What every action is made of: a declared set of inputs and outputs, and a `run` that gets them
 * parsed. `runAction` is the single path in and out: parse inputs, run, and on failure report
 * `<action>: <message>` once, after whatever outputs were already written.
 */
import * as core from '@actions/core';
import { ActionFailed, UserError, errorMessage, formatLocation } from './errors.ts';
import { environmentInputs, parseInputs, type InputSource, type InputSpecs, type ParsedInputs } from './inputs.ts';
import { annotate } from './log.ts';
import { loadActionMetadata, resolvedDefaults } from './metadata.ts';
import { readRunContext, type RunContext } from './context.ts';

export type OutputValue = string | number | boolean | object | null | undefined;

export interface ActionContext<S extends InputSpecs, O extends string> {
  action: string;
  inputs: ParsedInputs<S>;
  run: RunContext;
  /** Writes an output now, so it is there even if the step fails later. Objects become JSON. */
  setOutput(name: O, value: OutputValue): void;
}

export interface ActionDefinition<S extends InputSpecs = InputSpecs, O extends string = string> {
  name: string;
  inputs: S;
  outputs: readonly O[];
  run(context: ActionContext<S, O>): Promise<void>;
}

export function defineAction<const S extends InputSpecs, const O extends string>(definition: ActionDefinition<S, O>): ActionDefinition<S, O> {
  return definition;
}

export function formatOutput(value: OutputValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export interface RunOptions {
  /** Where raw input values come from (default: the runner's INPUT_* variables). */
  source?: InputSource;
}

/** Runs one action to completion and reports its failure, if any. Sets process.exitCode; never throws. */
export async function executeAction(definition: ActionDefinition<any, any>, options: RunOptions = {}): Promise<boolean> {
  const name = definition.name;
  try {
    const metadata = loadActionMetadata(name);
    const inputs = parseInputs(definition.inputs, options.source ?? environmentInputs, resolvedDefaults(metadata));
    for (const [inputName, spec] of Object.entries(definition.inputs as InputSpecs)) {
      const value = inputs[inputName];
      if (spec.secret && typeof value === 'string' && value !== '') core.setSecret(value);
    }
    const declaredOutputs = new Set<string>(definition.outputs);
    await definition.run({
      action: name,
      inputs,
      run: readRunContext(),
      setOutput(outputName: string, value: OutputValue) {
        if (!declaredOutputs.has(outputName)) throw new Error(`${name} sets output "${outputName}" that action.yml does not declare`);
        core.setOutput(outputName, formatOutput(value));
      },
    });
    return true;
  } catch (error) {
    reportFailure(name, error);
    return false;
  }
}

function isDebug(): boolean {
  return core.isDebug() || process.env['ACTIONS_STEP_DEBUG'] === 'true';
}

export function reportFailure(action: string, error: unknown): void {
  process.exitCode = 1;
  const message = `${action}: ${errorMessage(error)}`;
  if (error instanceof UserError && error.location) {
    annotate({ level: 'error', message, title: `${action} failed`, location: error.location });
    core.info(`Error at ${formatLocation(error.location)}`);
  } else {
    core.error(message);
  }
  // A user's mistake or a verdict needs no stack; a bug does, but only when debugging is on.
  if (!(error instanceof UserError) && !(error instanceof ActionFailed) && error instanceof Error && error.stack) {
    if (isDebug()) core.info(error.stack);
    else core.debug(error.stack);
  }
}
